import type { AdminUnit } from './admin-units.js';
import { joinSources, namedProps, type LinkRow, type Names, type NodeRow } from './rows.js';

export type LocalGovernmentKind = 'AYIL_OKMOTU' | 'TOWN_ADMINISTRATION' | 'OBLAST_ADMINISTRATION' | 'RAYON_ADMINISTRATION';

/** An organisation that exists because its territory does: the body governing it. */
export interface LocalGovernment {
  id: string;
  kind: LocalGovernmentKind;
  names: Names;
  territorySoate: string;
  source: string | null;
}

/** "Джети-Огузский айылный аймак" → "Джети-Огузский айыл окмоту"; "Айылный аймак Курама" → "Айыл окмоту Курама". */
export function ayilOkmotuNameRu(aimakNameRu: string): string {
  return aimakNameRu.replace(/айылный аймак/giu, (found) => (found.startsWith('А') ? 'Айыл окмоту' : 'айыл окмоту'));
}

/** "Тонский район" → "Тонская районная государственная администрация". */
export function rayonAdministrationNameRu(rayonNameRu: string): string {
  const match = /^(.+)ский район$/u.exec(rayonNameRu);
  if (!match) throw new Error(`Cannot derive a rayon administration name from "${rayonNameRu}"`);
  return `${match[1]}ская районная государственная администрация`;
}

/** "Иссык-Кульская область" → "Иссык-Кульская областная государственная администрация". */
export function oblastAdministrationNameRu(oblastNameRu: string): string {
  const match = /^(.+) область$/u.exec(oblastNameRu);
  if (!match) throw new Error(`Cannot derive an oblast administration name from "${oblastNameRu}"`);
  return `${match[1]} областная государственная администрация`;
}

/** "Тонский" → "Тонская", to agree with the feminine "администрация" in abbreviations such as "Тонская РГА". */
function feminineAdjective(adjective: string): string {
  return adjective.replace(/ский$/u, 'ская');
}

function ayilOkmotu(unit: AdminUnit): LocalGovernment {
  const { nameRuShort: short, nameEn: en } = unit;
  return {
    id: `ao-${unit.soate}`,
    kind: 'AYIL_OKMOTU',
    names: {
      nameRu: ayilOkmotuNameRu(unit.nameRu),
      nameEn: `${en} ayil okmotu`,
      nameKy: unit.nameKy ? `${unit.nameKy} айыл өкмөтү` : null,
      aliases: [`${short} АО`, `${short} айыл окмоту`, `айыл окмоту ${short}`, `${en} AA`, `${en} AO`, `${en} aiyl okmotu`],
    },
    territorySoate: unit.soate,
    source: unit.source,
  };
}

function townAdministration(unit: AdminUnit): LocalGovernment {
  const { nameRuShort: short, nameEn: en } = unit;
  return {
    id: `town-${unit.soate}`,
    kind: 'TOWN_ADMINISTRATION',
    names: {
      nameRu: `Мэрия г. ${short}`,
      nameEn: `${en} town administration`,
      nameKy: null,
      aliases: [`мэрия ${short}`, `мэрия города ${short}`, `${en} mayor's office`, `${en} city hall`, `${en} city administration`],
    },
    territorySoate: unit.soate,
    source: unit.source,
  };
}

function oblastAdministration(unit: AdminUnit): LocalGovernment {
  const { nameRuShort: short, nameEn: en } = unit;
  return {
    id: `oblast-admin-${unit.soate}`,
    kind: 'OBLAST_ADMINISTRATION',
    names: {
      nameRu: oblastAdministrationNameRu(unit.nameRu),
      nameEn: `${en} oblast state administration`,
      nameKy: null,
      aliases: [`${short} ОГА`, `${short} облгосадминистрация`, `${en} oblast administration`, `${en} regional administration`],
    },
    territorySoate: unit.soate,
    source: unit.source,
  };
}

function rayonAdministration(unit: AdminUnit): LocalGovernment {
  const { nameRuShort: short, nameEn: en } = unit;
  const feminine = feminineAdjective(short);
  return {
    id: `rayon-admin-${unit.soate}`,
    kind: 'RAYON_ADMINISTRATION',
    names: {
      nameRu: rayonAdministrationNameRu(unit.nameRu),
      nameEn: `${en} rayon state administration`,
      nameKy: null,
      aliases: [`${feminine} РГА`, `${feminine} райгосадминистрация`, `${en} rayon administration`, `${en} district administration`],
    },
    territorySoate: unit.soate,
    source: unit.source,
  };
}

/** The governing body of each unit; Bishkek's city districts have none of their own. */
export function localGovernments(units: readonly AdminUnit[]): LocalGovernment[] {
  return units.flatMap((unit) => {
    switch (unit.level) {
      case 'AYIL_AIMAK':
        return [ayilOkmotu(unit)];
      case 'CITY':
        return [townAdministration(unit)];
      case 'OBLAST':
        return [oblastAdministration(unit)];
      case 'RAYON':
        return [rayonAdministration(unit)];
      default:
        return [];
    }
  });
}

/** Extra aliases (with their source) for a derived body, e.g. the 2019 name of the Issyk-Kul administration. */
export interface ExtraAliases {
  organisationId: string;
  aliases: string[];
  source: string;
}

export function withExtraAliases(bodies: readonly LocalGovernment[], extras: readonly ExtraAliases[]): LocalGovernment[] {
  const byId = new Map(bodies.map((body) => [body.id, body]));
  for (const extra of extras) {
    if (!byId.has(extra.organisationId)) throw new Error(`Seed data: extra aliases for unknown organisation "${extra.organisationId}"`);
  }
  return bodies.map((body) => {
    const mine = extras.filter((extra) => extra.organisationId === body.id);
    if (mine.length === 0) return body;
    return {
      ...body,
      names: { ...body.names, aliases: [...body.names.aliases, ...mine.flatMap((extra) => extra.aliases)] },
      source: joinSources(body.source, ...mine.map((extra) => extra.source)),
    };
  });
}

export function localGovernmentRows(bodies: readonly LocalGovernment[]): NodeRow[] {
  return bodies.map((body) => ({ id: body.id, props: { kind: body.kind, ...namedProps(body.names), source: body.source } }));
}

/** `(body)-[:GOVERNS]->(territory)`. */
export function governsRows(bodies: readonly LocalGovernment[]): LinkRow[] {
  return bodies.map((body) => ({ fromId: body.id, toId: body.territorySoate }));
}
