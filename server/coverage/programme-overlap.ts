import { countryTerritoryId } from '../engagement/engagement.input.js';
import { unitOf } from '../engagement/engagement.service.js';
import type { EngagementGrouping } from '../engagement/engagement.type.js';
import type { Programme } from '../programmes/programme.type.js';
import type { Territory } from '../territories/territory.type.js';
import type { Coverage } from './coverage.service.js';
import type { MunicipalityCoverage, ProgrammeOverlapRow } from './coverage.type.js';

/**
 * Per rayon or oblast: how many programmes reach each of its municipalities, and the programmes located above
 * any one municipality that concern the unit: at the unit itself, at a unit containing it (its oblast, the
 * country), or at a rayon inside it. Those reach no municipality by location, so they are listed apart.
 */
export function programmeOverlap(coverage: Coverage, groupBy: EngagementGrouping): ProgrammeOverlapRow[] {
  const groups = new Map<string, { territory: Territory; rows: MunicipalityCoverage[] }>();
  for (const row of coverage.municipalities) {
    const territory = unitOf(row, groupBy);
    const group = groups.get(territory.id) ?? { territory, rows: [] };
    group.rows.push(row);
    groups.set(territory.id, group);
  }
  const inOrder = (ids: Set<string>): Programme[] => coverage.programmes.filter((programme) => ids.has(programme.id));

  return [...groups.values()]
    .sort((a, b) => a.territory.soate.localeCompare(b.territory.soate))
    .map(({ territory, rows }) => {
      const counts = rows.map((row) => row.programmes.length);
      const reaching = new Set(rows.flatMap((row) => row.programmes.map((reach) => reach.programme.id)));
      const around = new Set([territory.id, countryTerritoryId, ...rows.flatMap((row) => [row.oblast?.id, row.rayon?.id]).filter((id): id is string => Boolean(id))]);
      const area = new Set(
        coverage.areaLocations.filter((place) => around.has(place.territoryId) || place.withinIds.includes(territory.id)).map((place) => place.programmeId),
      );
      return {
        territory,
        total: rows.length,
        reachedByNone: counts.filter((count) => count === 0).length,
        reachedByOne: counts.filter((count) => count === 1).length,
        reachedByTwo: counts.filter((count) => count === 2).length,
        reachedByThreeOrMore: counts.filter((count) => count >= 3).length,
        programmeCount: reaching.size,
        programmes: inOrder(reaching),
        areaProgrammes: inOrder(area),
      };
    });
}
