/**
 * `programmeOverlap` rows → the overlap map's classes per p-code (0 = gap, 1, 2, 3+) and the gaps list.
 * The class counts the programmes that reach a municipality of the rayon. Programmes located only at an area
 * level (`areaProgrammes`: the rayon, its oblast or the whole country) are shown beside it but do not fill a
 * gap: nearly every IATI activity names the country, which would otherwise colour every rayon as reached.
 */
import type { NameRef } from '../api/queries.js';

export interface OverlapRow {
  territory: NameRef & { ochaPcode: string | null; level: string; lat: number | null; lon: number | null; parent: { id: string } | null };
  total: number;
  reachedByNone: number;
  reachedByOne: number;
  reachedByTwo: number;
  reachedByThreeOrMore: number;
  programmeCount: number;
  programmes: NameRef[];
  areaProgrammes: NameRef[];
}

export type OverlapClass = 0 | 1 | 2 | 3;
export const OVERLAP_CLASSES: readonly OverlapClass[] = [0, 1, 2, 3];

/** Colour per class: a gap stands out in a warm colour (and a hatch pattern on the map), overlap deepens in blue. */
export const OVERLAP_COLOURS: Record<OverlapClass, string> = { 0: '#f4a261', 1: '#c6dbef', 2: '#6baed6', 3: '#08519c' };

export interface UnitOverlap {
  territoryId: string;
  pcode: string;
  name: NameRef;
  oblastId: string | null;
  /** Distinct programmes reaching a municipality of the unit. */
  programmes: NameRef[];
  /** Programmes located at the unit or an area around it, reaching no municipality of it by that location. */
  areaProgrammes: NameRef[];
  overlapClass: OverlapClass;
  total: number;
  reachedByNone: number;
}

export function overlapClass(programmeCount: number): OverlapClass {
  return programmeCount >= 3 ? 3 : (programmeCount as OverlapClass);
}

function distinctById(programmes: readonly NameRef[]): NameRef[] {
  const byId = new Map<string, NameRef>();
  for (const programme of programmes) if (!byId.has(programme.id)) byId.set(programme.id, programme);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The programmes reaching a municipality of the unit, each once. */
export function unitProgrammes(row: OverlapRow): NameRef[] {
  return distinctById(row.programmes);
}

/** Programmes named only for the area (not already reaching a municipality of it), each once. */
export function areaOnlyProgrammes(row: OverlapRow): NameRef[] {
  const reaching = new Set(row.programmes.map((programme) => programme.id));
  return distinctById(row.areaProgrammes.filter((programme) => !reaching.has(programme.id)));
}

export function overlapByPcode(rows: readonly OverlapRow[]): Map<string, UnitOverlap> {
  const result = new Map<string, UnitOverlap>();
  for (const row of rows) {
    const pcode = row.territory.ochaPcode;
    if (!pcode) continue;
    const programmes = unitProgrammes(row);
    result.set(pcode, {
      territoryId: row.territory.id,
      pcode,
      name: row.territory,
      oblastId: row.territory.parent?.id ?? null,
      programmes,
      areaProgrammes: areaOnlyProgrammes(row),
      overlapClass: overlapClass(programmes.length),
      total: row.total,
      reachedByNone: row.reachedByNone,
    });
  }
  return result;
}

/** Units no programme reaches at all (the gaps), in SOATE order; with `oblastId`, only that oblast's. */
export function overlapGaps(rows: readonly OverlapRow[], oblastId: string | null): OverlapRow[] {
  return rows
    .filter((row) => unitProgrammes(row).length === 0)
    .filter((row) => !oblastId || row.territory.parent?.id === oblastId || row.territory.id === oblastId)
    .sort((a, b) => (a.territory.id < b.territory.id ? -1 : a.territory.id > b.territory.id ? 1 : 0));
}

/** How many units fall in each class, for the legend. */
export function classCounts(units: Iterable<UnitOverlap>): Record<OverlapClass, number> {
  const counts: Record<OverlapClass, number> = { 0: 0, 1: 0, 2: 0, 3: 0 };
  for (const unit of units) counts[unit.overlapClass] += 1;
  return counts;
}
