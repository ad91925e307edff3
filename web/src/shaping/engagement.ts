/** Engagement results → map shares by p-code, the not-engaged list grouped by oblast and rayon, and its CSV. */
import type { MunicipalityRow, NameRef, SummaryRow } from '../api/queries.js';
import { csvText, fileNamePart } from './csv.js';

export interface UnitShare {
  territoryId: string;
  pcode: string;
  name: NameRef;
  oblastId: string | null;
  total: number;
  engaged: number;
  notEngaged: number;
  share: number;
}

/** Summary rows by OCHA p-code, the key of the boundary layer (cities of oblast significance are units of their own). */
export function sharesByPcode(rows: readonly SummaryRow[]): Map<string, UnitShare> {
  const result = new Map<string, UnitShare>();
  for (const row of rows) {
    const pcode = row.territory.ochaPcode;
    if (!pcode) continue;
    result.set(pcode, {
      territoryId: row.territory.id,
      pcode,
      name: row.territory,
      oblastId: row.territory.parent?.id ?? null,
      total: row.total,
      engaged: row.engaged,
      notEngaged: row.notEngaged,
      share: row.total > 0 ? row.engaged / row.total : 0,
    });
  }
  return result;
}

export interface MunicipalityItem {
  id: string;
  name: NameRef;
  kind: string;
  territoryId: string;
  soate: string;
}

export interface UnitGroup {
  /** The rayon, or the city itself for a city of oblast or republican significance. */
  unit: NameRef;
  isCity: boolean;
  municipalities: MunicipalityItem[];
}

export interface OblastGroup {
  /** The oblast, or the city itself for Bishkek and Osh. */
  oblast: NameRef;
  /** True for a city outside any oblast (Bishkek, Osh). */
  isCity: boolean;
  count: number;
  units: UnitGroup[];
}

function bySoate(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The unit a municipality counts in on the map: its rayon, or its own city when that city is outside any rayon. */
export function unitOf(row: MunicipalityRow): { unit: NameRef; isCity: boolean } {
  return row.rayon ? { unit: row.rayon, isCity: false } : { unit: row.territory, isCity: true };
}

/** The municipalities not engaged, grouped by oblast then rayon, all in SOATE order. */
export function groupUnengaged(rows: readonly MunicipalityRow[]): OblastGroup[] {
  const oblasts = new Map<string, { oblast: NameRef; isCity: boolean; units: Map<string, UnitGroup> }>();
  for (const row of rows) {
    if (row.engaged) continue;
    const oblast = row.oblast ?? row.territory;
    const { unit, isCity } = unitOf(row);
    let entry = oblasts.get(oblast.id);
    if (!entry) {
      entry = { oblast: { id: oblast.id, nameRu: oblast.nameRu, nameEn: oblast.nameEn }, isCity: !row.oblast, units: new Map() };
      oblasts.set(oblast.id, entry);
    }
    let group = entry.units.get(unit.id);
    if (!group) {
      group = { unit: { id: unit.id, nameRu: unit.nameRu, nameEn: unit.nameEn }, isCity, municipalities: [] };
      entry.units.set(unit.id, group);
    }
    group.municipalities.push({
      id: row.municipality.id,
      name: row.municipality,
      kind: row.municipality.kind,
      territoryId: row.territory.id,
      soate: row.territory.soate,
    });
  }
  return [...oblasts.values()]
    .map(({ oblast, isCity, units }) => {
      const sorted = [...units.values()].sort((a, b) => bySoate(a.unit, b.unit));
      for (const group of sorted) group.municipalities.sort((a, b) => (a.soate < b.soate ? -1 : a.soate > b.soate ? 1 : 0));
      return { oblast, isCity, units: sorted, count: sorted.reduce((sum, group) => sum + group.municipalities.length, 0) };
    })
    .sort((a, b) => bySoate(a.oblast, b.oblast));
}

/** Territory id of the map unit (rayon or city) each municipality and its territory belong to, to link selections. */
export function unitIndex(rows: readonly MunicipalityRow[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const row of rows) {
    const { unit } = unitOf(row);
    index.set(row.municipality.id, unit.id);
    index.set(row.territory.id, unit.id);
    index.set(unit.id, unit.id);
  }
  return index;
}

export const CSV_HEADER = [
  'oblast_ru',
  'oblast_en',
  'rayon_ru',
  'rayon_en',
  'municipality_ru',
  'municipality_en',
  'kind',
  'municipality_id',
  'soate',
] as const;

/** RFC 4180 CSV (see csv.ts) of the grouped list, with names in both languages. */
export function unengagedCsv(groups: readonly OblastGroup[]): string {
  const rows = groups.flatMap(({ oblast, units }) =>
    units.flatMap(({ unit, municipalities }) =>
      municipalities.map((item) => [oblast.nameRu, oblast.nameEn, unit.nameRu, unit.nameEn, item.name.nameRu, item.name.nameEn, item.kind, item.id, item.soate]),
    ),
  );
  return csvText(CSV_HEADER, rows);
}

/** File name for the CSV download, e.g. `not-engaged-psi-phase-2-since-2019-08-01.csv`. */
export function csvFileName(phaseId: string, since: string | null): string {
  return `not-engaged-${fileNamePart(phaseId)}${since ? `-since-${since}` : ''}.csv`;
}
