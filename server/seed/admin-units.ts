import { floatOrNull, orNull } from './data-files.js';
import { namedProps, type LinkRow, type NodeRow } from './rows.js';

export type TerritoryLevel = 'COUNTRY' | 'OBLAST' | 'RAYON' | 'CITY' | 'CITY_DISTRICT' | 'AYIL_AIMAK';
export type CityStatus = 'REPUBLICAN' | 'OBLAST' | 'DISTRICT';

/** One row of data/reference/kg-admin-units.csv, typed. */
export interface AdminUnit {
  soate: string;
  level: TerritoryLevel;
  cityStatus: CityStatus | null;
  nameRu: string;
  nameRuShort: string;
  nameEn: string;
  nameKy: string | null;
  /** SOATE of the parent unit; the country's for rows whose parent_id is "KG". */
  parentSoate: string;
  adminCentreRu: string | null;
  lat: number | null;
  lon: number | null;
  ochaPcode: string | null;
  /** What the CSV says about the p-code, e.g. "derived, unverified". */
  ochaPcodeNote: string | null;
  source: string | null;
}

export const COUNTRY_SOATE = '41700000000000';

const country = {
  soate: COUNTRY_SOATE,
  nameRu: 'Кыргызская Республика',
  nameEn: 'Kyrgyz Republic',
  nameKy: 'Кыргыз Республикасы',
  aliases: ['Кыргызстан', 'Kyrgyzstan', 'Киргизия'],
  // The SOATE classifier extract the CSV is built from (data/reference/SOURCES.md, S1).
  source: 'https://github.com/bomorov/KSTUHostel/blob/07fa1d1ff2c1352e5216e5aec3e4a7130decd5dd/WebUI/Data/Seeds/CoateRecordSeed.cs',
};

const levels: Record<string, TerritoryLevel> = {
  oblast: 'OBLAST',
  rayon: 'RAYON',
  city: 'CITY',
  city_district: 'CITY_DISTRICT',
  ayil_aimak: 'AYIL_AIMAK',
};

const cityStatuses: Record<string, CityStatus> = { republican: 'REPUBLICAN', oblast: 'OBLAST', district: 'DISTRICT' };

function required(row: Record<string, string>, column: string): string {
  const value = row[column]?.trim();
  if (!value) throw new Error(`kg-admin-units.csv: row ${row.id ?? '?'} has no ${column}`);
  return value;
}

/** "KG02210830000 (derived, unverified)" → code "KG02210830000", note "derived, unverified". */
export function parsePcode(text: string | null): { code: string | null; note: string | null } {
  if (!text) return { code: null, note: null };
  const match = /^(\S+)\s*(?:\((.*)\))?$/.exec(text);
  return { code: match?.[1] ?? text, note: match?.[2]?.trim() || null };
}

export function adminUnitFromCsv(row: Record<string, string>): AdminUnit {
  const level = levels[required(row, 'level')];
  if (!level) throw new Error(`kg-admin-units.csv: row ${row.id} has unknown level "${row.level}"`);
  const cityStatusText = orNull(row.city_status);
  const cityStatus = cityStatusText ? cityStatuses[cityStatusText] : null;
  if (cityStatus === undefined) throw new Error(`kg-admin-units.csv: row ${row.id} has unknown city_status "${cityStatusText}"`);
  const parent = required(row, 'parent_id');
  const pcode = parsePcode(orNull(row.ocha_pcode));
  return {
    soate: required(row, 'soate_code'),
    level,
    cityStatus,
    nameRu: required(row, 'name_ru'),
    nameRuShort: required(row, 'name_ru_short'),
    nameEn: required(row, 'name_en'),
    nameKy: orNull(row.name_ky),
    parentSoate: parent === 'KG' ? COUNTRY_SOATE : parent,
    adminCentreRu: orNull(row.admin_center_ru),
    lat: floatOrNull(row.lat),
    lon: floatOrNull(row.lon),
    ochaPcode: pcode.code,
    ochaPcodeNote: pcode.note,
    source: orNull(row.source),
  };
}

/** Other spellings a unit is searched by: its short name and the forms with the unit type spelt out. */
export function territoryAliases(unit: AdminUnit): (string | null)[] {
  const { nameRuShort: short, nameEn: en, nameKy: ky } = unit;
  switch (unit.level) {
    case 'OBLAST':
      return [short, `${en} oblast`, `${en} region`, ky && `${ky} облусу`];
    case 'RAYON':
      return [short, `${en} rayon`, `${en} district`, ky && `${ky} району`];
    case 'CITY':
      return [short, `город ${short}`, `${en} city`, `${en} town`];
    case 'AYIL_AIMAK':
      return [short, `${short} айылный аймак`, `${en} ayil aimak`, `${en} aiyl aimak`];
    default:
      return [short];
  }
}

export function territoryRows(units: readonly AdminUnit[]): NodeRow[] {
  const countryRow: NodeRow = {
    id: COUNTRY_SOATE,
    props: {
      soate: COUNTRY_SOATE,
      level: 'COUNTRY',
      cityStatus: null,
      ...namedProps(country),
      nameRuShort: null,
      adminCentreRu: 'Бишкек',
      lat: null,
      lon: null,
      ochaPcode: 'KG',
      ochaPcodeNote: null,
      source: country.source,
    },
  };
  const unitRows = units.map(
    (unit): NodeRow => ({
      id: unit.soate,
      props: {
        soate: unit.soate,
        level: unit.level,
        cityStatus: unit.cityStatus,
        ...namedProps({ nameRu: unit.nameRu, nameEn: unit.nameEn, nameKy: unit.nameKy, aliases: territoryAliases(unit) }),
        nameRuShort: unit.nameRuShort,
        adminCentreRu: unit.adminCentreRu,
        lat: unit.lat,
        lon: unit.lon,
        ochaPcode: unit.ochaPcode,
        ochaPcodeNote: unit.ochaPcodeNote,
        source: unit.source,
      },
    }),
  );
  return [countryRow, ...unitRows];
}

/** `(child)-[:PART_OF]->(parent)`; every parent must be a unit of the file or the country. */
export function partOfRows(units: readonly AdminUnit[]): LinkRow[] {
  const known = new Set([COUNTRY_SOATE, ...units.map((unit) => unit.soate)]);
  return units.map((unit) => {
    if (!known.has(unit.parentSoate)) throw new Error(`kg-admin-units.csv: ${unit.soate} has unknown parent ${unit.parentSoate}`);
    return { fromId: unit.soate, toId: unit.parentSoate };
  });
}

/** True when `soate` is `ancestorSoate` or lies inside it, following the parent links. */
export function isWithin(soate: string, ancestorSoate: string, parentOf: ReadonlyMap<string, string>): boolean {
  for (let current: string | undefined = soate, steps = 0; current && steps < 10; current = parentOf.get(current), steps += 1) {
    if (current === ancestorSoate) return true;
  }
  return false;
}

export function parentMap(units: readonly AdminUnit[]): Map<string, string> {
  return new Map(units.map((unit) => [unit.soate, unit.parentSoate]));
}
