/**
 * The planners' side of the engagement map: rayons and oblasts ranked by the number not engaged, the list
 * narrowed to one oblast, how "engaged" splits into events and partner links, and the rows of the XLSX.
 */
import type { MunicipalityRow, NameRef, SummaryRow } from '../api/queries.js';
import type { OblastGroup } from './engagement.js';

export type RankLevel = 'RAYON' | 'OBLAST';
export type RankKey = 'name' | 'notEngaged' | 'engaged' | 'total' | 'share';
export type SortDirection = 'ascending' | 'descending';

export interface RankRow {
  id: string;
  name: NameRef;
  /** True for a city that is a unit of its own (Bishkek, Osh, cities of oblast significance). */
  isCity: boolean;
  /** The oblast a rayon lies in (null for an oblast row, and for Bishkek and Osh). */
  oblast: NameRef | null;
  total: number;
  engaged: number;
  notEngaged: number;
  share: number;
}

/** Summary rows as ranking rows; a rayon gets its oblast's name, which tells namesakes apart (two "Naryn"). */
export function rankRows(rows: readonly SummaryRow[], oblasts: readonly SummaryRow[]): RankRow[] {
  const oblastById = new Map(oblasts.map((row) => [row.territory.id, row.territory] as const));
  return rows.map((row) => {
    const parent = row.territory.parent ? oblastById.get(row.territory.parent.id) ?? null : null;
    return {
      id: row.territory.id,
      name: { id: row.territory.id, nameRu: row.territory.nameRu, nameEn: row.territory.nameEn },
      isCity: row.territory.level === 'CITY',
      oblast: parent && parent.level === 'OBLAST' ? { id: parent.id, nameRu: parent.nameRu, nameEn: parent.nameEn } : null,
      total: row.total,
      engaged: row.engaged,
      notEngaged: row.notEngaged,
      share: row.total > 0 ? row.engaged / row.total : 0,
    };
  });
}

/**
 * Rows in the order asked for; ties keep SOATE order (the ids), so the table never jumps between equal rows.
 * `nameOf` gives the shown name, so that sorting by name follows the chosen name language.
 */
export function sortRanking(rows: readonly RankRow[], key: RankKey, direction: SortDirection, nameOf: (row: RankRow) => string, locale: string): RankRow[] {
  const collator = new Intl.Collator(locale);
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const order = key === 'name' ? collator.compare(nameOf(a), nameOf(b)) : a[key] - b[key];
    return order !== 0 ? sign * order : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The direction a column starts in when first clicked: counts from the largest, names from A. */
export function firstDirection(key: RankKey): SortDirection {
  return key === 'name' ? 'ascending' : 'descending';
}

/** Only the rayons of one oblast (a city outside any oblast is its own oblast); every row when none is chosen. */
export function rowsInOblast(rows: readonly RankRow[], oblastId: string | null): RankRow[] {
  if (!oblastId) return [...rows];
  return rows.filter((row) => (row.oblast ? row.oblast.id === oblastId : row.id === oblastId));
}

/** The not-engaged list narrowed to one oblast (or city); the whole list when none is chosen. */
export function groupsInOblast(groups: readonly OblastGroup[], oblastId: string | null): OblastGroup[] {
  return oblastId ? groups.filter((group) => group.oblast.id === oblastId) : [...groups];
}

/** Municipality rows of one oblast (or city outside any oblast); all when none is chosen. */
export function municipalitiesInOblast(rows: readonly MunicipalityRow[], oblastId: string | null): MunicipalityRow[] {
  if (!oblastId) return [...rows];
  return rows.filter((row) => (row.oblast ?? row.territory).id === oblastId);
}

export interface EngagementBreakdown {
  total: number;
  engaged: number;
  /** Took part in an event (themselves or through a representative): what the coverage chart counts. */
  throughEvents: number;
  /** Engaged only as a partner municipality, with no event in the time chosen: undated, so not in the chart. */
  partnerOnly: number;
  /** Engaged only because a programme or phase is active at the place (all-programme answers only). */
  locationOnly: number;
}

/** How the map's "engaged" count is made up, from the same rows the map and the list use. */
export function engagementBreakdown(rows: readonly MunicipalityRow[]): EngagementBreakdown {
  let engaged = 0;
  let throughEvents = 0;
  let partnerOnly = 0;
  for (const row of rows) {
    if (!row.engaged) continue;
    engaged += 1;
    if (row.tookPartInEvent) throughEvents += 1;
    else if (row.partner) partnerOnly += 1;
  }
  return { total: rows.length, engaged, throughEvents, partnerOnly, locationOnly: engaged - throughEvents - partnerOnly };
}

export const SHEET_COLUMNS = ['oblast', 'rayon', 'municipality', 'kind', 'soate', 'municipalityId'] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/**
 * Rows of the not-engaged XLSX, names in the chosen language and kinds worded (`Айыл окмоту`, not
 * `AYIL_OKMOTU`). SOATE codes stay strings: the writer stores them as text cells, so Excel never shows 4,17E+13.
 */
export function unengagedSheetRows(
  groups: readonly OblastGroup[],
  nameOf: (entity: NameRef) => string,
  kindLabel: (kind: string) => string,
  cityLabel: (name: string) => string,
): Record<SheetColumn, string>[] {
  return groups.flatMap(({ oblast, isCity: oblastIsCity, units }) =>
    units.flatMap(({ unit, isCity, municipalities }) =>
      municipalities.map((item) => ({
        oblast: oblastIsCity ? cityLabel(nameOf(oblast)) : nameOf(oblast),
        rayon: isCity ? cityLabel(nameOf(unit)) : nameOf(unit),
        municipality: nameOf(item.name),
        kind: kindLabel(item.kind),
        soate: item.soate,
        municipalityId: item.id,
      })),
    ),
  );
}

/** File name of a download, with the scope and the oblast, e.g. `not-engaged-all-programmes-41704000000000.xlsx`. */
export function planningFileName(stem: string, scope: string, since: string | null, oblastId: string | null, extension: 'csv' | 'xlsx'): string {
  const part = (value: string) => value.replace(/[^\w.-]+/g, '-');
  return `${stem}-${part(scope)}${oblastId ? `-${part(oblastId)}` : ''}${since ? `-since-${since}` : ''}.${extension}`;
}
