/** Boundary features of the map: checked, rewound for d3 when needed, keyed by p-code. */
import { geoArea } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export interface AdminProperties {
  ADM2_PCODE: string;
  ADM2_EN: string;
  ADM2_RU?: string;
  ADM1_PCODE: string;
  ADM1_EN: string;
  ADM1_RU?: string;
}

export type AdminFeature = Feature<Polygon | MultiPolygon, AdminProperties>;

function reverseRings(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const reverse = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: reverse(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(reverse) };
}

/**
 * The polygon features with an ADM2 p-code. d3-geo wants clockwise outer rings (the opposite of RFC 7946);
 * a feature whose spherical area exceeds a hemisphere is wound the other way, so it is reversed.
 */
export function adminFeatures(collection: FeatureCollection): AdminFeature[] {
  const result: AdminFeature[] = [];
  for (const feature of collection.features) {
    const geometry = feature.geometry;
    const properties = feature.properties as Partial<AdminProperties> | null;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    if (!properties?.ADM2_PCODE || !properties.ADM1_PCODE) continue;
    let checked: AdminFeature = { type: 'Feature', properties: properties as AdminProperties, geometry };
    if (geoArea(checked) > 2 * Math.PI) checked = { ...checked, geometry: reverseRings(geometry) };
    result.push(checked);
  }
  return result;
}

/** Features grouped by oblast (ADM1 p-code), for oblast labels and outlines. */
export function featuresByOblast(features: readonly AdminFeature[]): Map<string, AdminFeature[]> {
  const groups = new Map<string, AdminFeature[]>();
  for (const feature of features) {
    const list = groups.get(feature.properties.ADM1_PCODE) ?? [];
    list.push(feature);
    groups.set(feature.properties.ADM1_PCODE, list);
  }
  return groups;
}
