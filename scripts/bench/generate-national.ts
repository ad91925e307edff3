// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * A national-scale synthetic programme on top of the real seed, for benchmarks: 20,000 people with posts in
 * municipalities, administrations and agencies, 5,000 events in the three phases and 200,000 participations
 * (times `--scale`). Deterministic: a seeded PRNG and the seed's own territories and organisations (read in id
 * order) give the same graph on every run. Every generated node id starts with `gen-`, so `--remove` takes it
 * all away again.
 *
 * Shapes are the service's own (cypher/seed/*.cypher, server/seed/*.ts): every node is `:Entity` plus its
 * label, with `id`, `nameRu`, `nameEn`, `nameKy`, `aliases` and `searchText` from `namedProps`
 * (`buildSearchText`); posts are HOLDS_POSITION {id, kind, title, titleRu, from, to}; participations are
 * PARTICIPATED_IN {id, key "<participant>|<event>", role, representingId}.
 *
 * How the programme looks: each phase works in its own oblasts (the phase's `regions`) and in about a third of
 * the other rayons, so some municipalities are never reached. Events are held in a municipality of an active
 * rayon (5 % are national events in Bishkek); most participants come from that rayon, the rest from its
 * oblast's administrations, other active rayons of the oblast and national agencies.
 *
 *   npx tsx scripts/bench/generate-national.ts [--scale 1|10] [--uri bolt://…] [--remove]
 *
 * Without `--uri` it starts the embedded Neo4j in `.data/bench/scale-<n>` (schema and seed included).
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { namedProps } from '../../server/seed/rows.js';

/** Bump when the generated shape changes: a stored graph of another version is generated again. */
export const GENERATOR_VERSION = 1;
const SEED = 20_190_718;
const PREFIX = 'gen-';
const MARKER_ID = 'gen-marker';

export interface BenchInputs {
  /** A generated event with exactly 40 participants (phase 2, held in a municipality). */
  eventId: string;
  /** A generated person (a municipal employee) with a typical number of participations. */
  personId: string;
  personParticipations: number;
  /** A generated person's Russian name and a generated event's English words, for search. */
  personNameRu: string;
  eventWordsEn: string;
}

export interface GenerationMarker {
  version: number;
  scale: number;
  seed: number;
  complete: boolean;
  generatedAt: string;
  seconds: number;
  counts: { people: number; positions: number; events: number; participations: number };
  inputs: BenchInputs;
}

export interface GenerateOptions {
  scale: number;
  log?: (message: string) => void;
  /** Rows per write transaction. */
  batchSize?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: small, fast, good enough for synthetic data, and the same on every platform. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => {
  if (list.length === 0) throw new Error('pick from an empty list');
  return list[Math.floor(random() * list.length)]!;
};
function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  let r = random() * choices.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of choices) {
    if (r < weight) return value;
    r -= weight;
  }
  return choices[choices.length - 1]![0];
}
function shuffle<T>(random: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dateMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

// ---------------------------------------------------------------------------------------------------------
// Names

/** Surname stems, Russian and Latin, with the ending they take: Мамбетов/Мамбетова, Турдубаев/Турдубаева. */
const surnames: readonly [string, string, 'ov' | 'ev'][] = [
  ['Мамбет', 'Mambet', 'ov'], ['Кубат', 'Kubat', 'ov'], ['Токтогул', 'Toktogul', 'ov'], ['Осмон', 'Osmon', 'ov'],
  ['Жумабек', 'Zhumabek', 'ov'], ['Исмаил', 'Ismail', 'ov'], ['Садыр', 'Sadyr', 'ov'], ['Бекмурат', 'Bekmurat', 'ov'],
  ['Турдуба', 'Turduba', 'ev'], ['Сатыбалди', 'Satybaldi', 'ev'], ['Эсенгул', 'Esengul', 'ov'], ['Асанбек', 'Asanbek', 'ov'],
  ['Усен', 'Usen', 'ov'], ['Мамыт', 'Mamyt', 'ov'], ['Жапар', 'Zhapar', 'ov'], ['Токтосун', 'Toktosun', 'ov'],
  ['Омурбек', 'Omurbek', 'ov'], ['Дуйшен', 'Duishen', 'ov'], ['Бакир', 'Bakir', 'ov'], ['Калык', 'Kalyk', 'ov'],
  ['Шаршен', 'Sharshen', 'ov'], ['Орозбек', 'Orozbek', 'ov'], ['Сулайман', 'Sulaiman', 'ov'], ['Абдылда', 'Abdylda', 'ev'],
  ['Карыпбек', 'Karypbek', 'ov'], ['Рысбек', 'Rysbek', 'ov'], ['Сыдык', 'Sydyk', 'ov'], ['Чолпонба', 'Cholponba', 'ev'],
  ['Алымбек', 'Alymbek', 'ov'], ['Нурмат', 'Nurmat', 'ov'], ['Бейшен', 'Beishen', 'ov'], ['Кадыр', 'Kadyr', 'ov'],
  ['Медет', 'Medet', 'ov'], ['Жээнбек', 'Zheenbek', 'ov'], ['Маматкул', 'Mamatkul', 'ov'], ['Иманали', 'Imanali', 'ev'],
  ['Тыныстан', 'Tynystan', 'ov'], ['Кенжеба', 'Kenzheba', 'ev'], ['Абдыкадыр', 'Abdykadyr', 'ov'], ['Айтмат', 'Aitmat', 'ov'],
];
const maleNames: readonly [string, string][] = [
  ['Азамат', 'Azamat'], ['Бакыт', 'Bakyt'], ['Нурлан', 'Nurlan'], ['Эрлан', 'Erlan'], ['Тимур', 'Timur'], ['Данияр', 'Daniyar'],
  ['Руслан', 'Ruslan'], ['Улан', 'Ulan'], ['Канат', 'Kanat'], ['Марат', 'Marat'], ['Алмаз', 'Almaz'], ['Бектур', 'Bektur'],
  ['Мирлан', 'Mirlan'], ['Талант', 'Talant'], ['Эмил', 'Emil'], ['Жоомарт', 'Zhoomart'], ['Чынгыз', 'Chyngyz'], ['Айбек', 'Aibek'],
  ['Медер', 'Meder'], ['Нурбек', 'Nurbek'],
];
const femaleNames: readonly [string, string][] = [
  ['Асель', 'Asel'], ['Айгуль', 'Aigul'], ['Жылдыз', 'Zhyldyz'], ['Гульнара', 'Gulnara'], ['Айжан', 'Aizhan'], ['Бермет', 'Bermet'],
  ['Чолпон', 'Cholpon'], ['Назгуль', 'Nazgul'], ['Динара', 'Dinara'], ['Мээрим', 'Meerim'], ['Нуриза', 'Nuriza'], ['Айнура', 'Ainura'],
  ['Гулзат', 'Gulzat'], ['Сайкал', 'Saikal'], ['Элмира', 'Elmira'], ['Канышай', 'Kanyshai'], ['Айпери', 'Aiperi'], ['Жамиля', 'Zhamilya'],
  ['Замира', 'Zamira'], ['Венера', 'Venera'],
];

type OrgKind = 'AYIL_OKMOTU' | 'TOWN_ADMINISTRATION' | 'RAYON_ADMINISTRATION' | 'OBLAST_ADMINISTRATION' | 'NATIONAL';
type PostKind = 'HEAD' | 'DEPUTY_HEAD' | 'STAFF' | 'OTHER';

/** [English, Russian] titles by kind of organisation and post. */
const titles: Record<OrgKind, Record<PostKind, readonly [string, string][]>> = {
  AYIL_OKMOTU: {
    HEAD: [['Head of the ayil okmotu', 'Глава айыл окмоту']],
    DEPUTY_HEAD: [['Deputy head of the ayil okmotu', 'Заместитель главы айыл окмоту']],
    STAFF: [['Specialist', 'Специалист'], ['Accountant', 'Бухгалтер'], ['Executive secretary', 'Ответственный секретарь'], ['Social worker', 'Социальный работник'], ['Land management specialist', 'Специалист по земельным вопросам']],
    OTHER: [['Member of the ayil kenesh', 'Депутат айылного кенеша']],
  },
  TOWN_ADMINISTRATION: {
    HEAD: [['Mayor', 'Мэр']],
    DEPUTY_HEAD: [['Deputy mayor', 'Заместитель мэра']],
    STAFF: [['Specialist of the mayor’s office', 'Специалист мэрии'], ['Head of the finance department', 'Начальник финансового отдела'], ['Economist', 'Экономист']],
    OTHER: [['Member of the town kenesh', 'Депутат городского кенеша']],
  },
  RAYON_ADMINISTRATION: {
    HEAD: [['Akim', 'Аким']],
    DEPUTY_HEAD: [['Deputy akim', 'Заместитель акима']],
    STAFF: [['Specialist of the rayon administration', 'Специалист районной государственной администрации'], ['Head of the economic department', 'Заведующий отделом экономики']],
    OTHER: [['Adviser', 'Советник']],
  },
  OBLAST_ADMINISTRATION: {
    HEAD: [['Plenipotentiary representative of the Government', 'Полномочный представитель Правительства']],
    DEPUTY_HEAD: [['Deputy plenipotentiary representative', 'Заместитель полномочного представителя']],
    STAFF: [['Specialist of the oblast administration', 'Специалист областной государственной администрации'], ['Head of the local self-government department', 'Заведующий отделом местного самоуправления']],
    OTHER: [['Adviser', 'Советник']],
  },
  NATIONAL: {
    HEAD: [['Director', 'Директор']],
    DEPUTY_HEAD: [['Deputy director', 'Заместитель директора']],
    STAFF: [['Programme officer', 'Программный специалист'], ['Specialist', 'Специалист'], ['Trainer', 'Тренер']],
    OTHER: [['Consultant', 'Консультант']],
  },
};

const eventKinds: readonly (readonly [[string, string, string], number])[] = [
  [['SEMINAR', 'Seminar', 'Семинар'], 30], [['TRAINING', 'Training', 'Тренинг'], 30], [['WORKSHOP', 'Workshop', 'Рабочая встреча'], 15],
  [['MEETING', 'Meeting', 'Совещание'], 15], [['CONFERENCE', 'Conference', 'Конференция'], 4], [['EXCHANGE_VISIT', 'Exchange visit', 'Обменный визит'], 4],
  [['OTHER', 'Public hearing', 'Общественные слушания'], 2],
];
const topics: readonly [string, string][] = [
  ['on participatory budgeting', 'по бюджету участия'], ['on municipal services', 'по муниципальным услугам'],
  ['on drinking water supply', 'по питьевому водоснабжению'], ['on solid waste management', 'по управлению твёрдыми отходами'],
  ['on local budget planning', 'по планированию местного бюджета'], ['on citizen feedback', 'по обратной связи с гражданами'],
  ['on service standards', 'по стандартам услуг'], ['on social mobilisation', 'по социальной мобилизации'],
  ['on gender-responsive budgeting', 'по гендерно-ориентированному бюджетированию'], ['on public procurement', 'по государственным закупкам'],
];

// ---------------------------------------------------------------------------------------------------------
// What the seed provides

interface Municipality {
  id: string;
  kind: 'AYIL_OKMOTU' | 'TOWN_ADMINISTRATION';
  territoryId: string;
  placeRu: string;
  placeEn: string;
  /** Rayon, or the oblast / the city itself for cities outside rayons. */
  area: string;
  oblast: string;
}

interface Structure {
  municipalities: Municipality[];
  /** Rayon and oblast administrations with the territory they govern. */
  administrations: { id: string; kind: 'RAYON_ADMINISTRATION' | 'OBLAST_ADMINISTRATION'; territoryId: string }[];
  national: string[];
  phases: { id: string; startDate: string; endDate: string; regions: string[] }[];
  oblastNames: Map<string, string>;
  capital: { id: string; nameRu: string; nameEn: string };
}

async function rows(driver: Driver, text: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(text, params, { routing: 'READ' });
  return result.records.map((record) => record.toObject());
}

async function readStructure(driver: Driver): Promise<Structure> {
  const municipalities = (
    await rows(
      driver,
      `MATCH (m:Organisation)-[:GOVERNS]->(t:Territory)
       WHERE m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']
       OPTIONAL MATCH (t)-[:PART_OF*1..3]->(r:Territory {level: 'RAYON'})
       OPTIONAL MATCH (t)-[:PART_OF*1..4]->(o:Territory {level: 'OBLAST'})
       RETURN m.id AS id, m.kind AS kind, t.id AS territoryId, t.nameRu AS placeRu, t.nameEn AS placeEn, r.id AS rayonId, o.id AS oblastId
       ORDER BY m.id`,
    )
  ).map((row): Municipality => {
    const territoryId = String(row.territoryId);
    const oblast = (row.oblastId as string | null) ?? territoryId;
    return {
      id: String(row.id),
      kind: row.kind as Municipality['kind'],
      territoryId,
      placeRu: String(row.placeRu ?? row.placeEn),
      placeEn: String(row.placeEn ?? row.placeRu),
      area: (row.rayonId as string | null) ?? oblast,
      oblast,
    };
  });
  const administrations = (
    await rows(
      driver,
      `MATCH (a:Organisation)-[:GOVERNS]->(t:Territory)
       WHERE a.kind IN ['RAYON_ADMINISTRATION', 'OBLAST_ADMINISTRATION']
       RETURN a.id AS id, a.kind AS kind, t.id AS territoryId ORDER BY a.id`,
    )
  ).map((row) => ({ id: String(row.id), kind: row.kind as 'RAYON_ADMINISTRATION' | 'OBLAST_ADMINISTRATION', territoryId: String(row.territoryId) }));
  const national = (
    await rows(driver, `MATCH (o:Organisation) WHERE o.kind IN ['GOVERNMENT_AGENCY', 'IMPLEMENTER', 'DONOR_AGENCY'] AND NOT o.id STARTS WITH '${PREFIX}' RETURN o.id AS id ORDER BY o.id`)
  ).map((row) => String(row.id));
  const phases = (
    await rows(driver, `MATCH (p:Phase) RETURN p.id AS id, toString(p.startDate) AS startDate, toString(p.endDate) AS endDate, coalesce(p.regions, []) AS regions ORDER BY p.number`)
  ).map((row) => ({ id: String(row.id), startDate: String(row.startDate), endDate: String(row.endDate), regions: row.regions as string[] }));
  const oblastNames = new Map(
    (await rows(driver, `MATCH (o:Territory {level: 'OBLAST'}) RETURN o.id AS id, o.nameEn AS nameEn ORDER BY o.id`)).map((row) => [String(row.nameEn), String(row.id)]),
  );
  const [capital] = await rows(driver, `MATCH (t:Territory {level: 'CITY', cityStatus: 'REPUBLICAN'}) RETURN t.id AS id, t.nameRu AS nameRu, t.nameEn AS nameEn ORDER BY t.id LIMIT 1`);
  if (municipalities.length === 0 || phases.length === 0 || !capital) throw new Error('the seed is missing: load it before generating');
  if (national.length === 0) throw new Error('no national organisation (GOVERNMENT_AGENCY, IMPLEMENTER, DONOR_AGENCY) in the seed');
  return {
    municipalities,
    administrations,
    national,
    phases,
    oblastNames,
    capital: { id: String(capital.id), nameRu: String(capital.nameRu), nameEn: String(capital.nameEn) },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The plan

interface PersonPlan {
  id: string;
  /** The organisation of the current post, which a person usually represents. */
  homeOrg: string;
  homeKind: OrgKind;
  area: string | null;
  oblast: string | null;
  props: Record<string, unknown>;
}

interface PositionRow {
  personId: string;
  organisationId: string;
  from: string;
  to: string | null;
  props: Record<string, unknown>;
}

interface EventPlan {
  id: string;
  phaseId: string;
  heldInId: string;
  hostId: string | null;
  date: string;
  size: number;
  national: boolean;
  area: string;
  oblast: string;
  props: Record<string, unknown>;
}

function planPeople(random: Random, s: Structure, count: number): { people: PersonPlan[]; positions: PositionRow[] } {
  const areaOf = new Map<string, { area: string; oblast: string }>();
  for (const m of s.municipalities) areaOf.set(m.id, { area: m.area, oblast: m.oblast });
  const oblastOfArea = new Map(s.municipalities.map((m) => [m.area, m.oblast]));
  for (const a of s.administrations) {
    areaOf.set(a.id, a.kind === 'RAYON_ADMINISTRATION' ? { area: a.territoryId, oblast: oblastOfArea.get(a.territoryId) ?? a.territoryId } : { area: a.territoryId, oblast: a.territoryId });
  }
  const rayonAdmins = s.administrations.filter((a) => a.kind === 'RAYON_ADMINISTRATION');
  const oblastAdmins = s.administrations.filter((a) => a.kind === 'OBLAST_ADMINISTRATION');

  // Homes: 75 % municipal staff, 12 % rayon administrations, 6 % oblast administrations, 7 % national bodies.
  const homes: { org: string; kind: OrgKind; post: PostKind }[] = [];
  const fill = (orgs: readonly { id: string; kind: OrgKind }[], n: number) => {
    for (let i = 0; i < n; i += 1) {
      const org = orgs[i % orgs.length]!;
      const round = Math.floor(i / orgs.length);
      const post: PostKind = round === 0 ? 'HEAD' : round === 1 ? 'DEPUTY_HEAD' : random() < 0.85 ? 'STAFF' : 'OTHER';
      homes.push({ org: org.id, kind: org.kind, post });
    }
  };
  const municipal = Math.round(count * 0.75);
  const rayon = Math.round(count * 0.12);
  const oblast = Math.round(count * 0.06);
  fill(s.municipalities, municipal);
  fill(rayonAdmins, rayon);
  fill(oblastAdmins, oblast);
  fill(s.national.map((id) => ({ id, kind: 'NATIONAL' as const })), count - municipal - rayon - oblast);
  shuffle(random, homes);

  const people: PersonPlan[] = [];
  const positions: PositionRow[] = [];
  const fromStart = dateMs('2010-01-01');
  const fromSpan = dateMs('2023-12-31') - fromStart;
  homes.forEach((home, index) => {
    const id = `${PREFIX}person-${pad(index + 1, 6)}`;
    const female = random() < 0.5;
    const [stemRu, stemEn, ending] = pick(random, surnames);
    const surnameRu = stemRu + (ending === 'ov' ? (female ? 'ова' : 'ов') : female ? 'ева' : 'ев');
    const surnameEn = stemEn + (ending === 'ov' ? (female ? 'ova' : 'ov') : female ? 'eva' : 'ev');
    const [givenRu, givenEn] = pick(random, female ? femaleNames : maleNames);
    const names = namedProps({
      nameRu: `${givenRu} ${surnameRu}`,
      nameEn: `${givenEn} ${surnameEn}`,
      nameKy: null,
      aliases: [`${surnameRu} ${givenRu.charAt(0)}.`, `${surnameEn} ${givenEn.charAt(0)}.`, `${surnameRu} ${givenRu}`],
    });
    const where = areaOf.get(home.org);
    people.push({
      id,
      homeOrg: home.org,
      homeKind: home.kind,
      area: where?.area ?? null,
      oblast: where?.oblast ?? null,
      props: { id, ...names, gender: female ? 'FEMALE' : 'MALE', source: 'generated (scripts/bench/generate-national.ts)' },
    });
    const from = fromStart + Math.floor(random() * (fromSpan / DAY)) * DAY;
    const [title, titleRu] = pick(random, titles[home.kind][home.post]);
    positions.push({
      personId: id,
      organisationId: home.org,
      from: isoDate(from),
      to: null,
      props: { id: `${PREFIX}position-${pad(positions.length + 1, 7)}`, kind: home.post, title, titleRu, source: 'generated' },
    });
    // One in ten moved: an earlier post in another municipality, ended the day before the current one began.
    if (random() < 0.1) {
      const previous = pick(random, s.municipalities);
      if (previous.id !== home.org) {
        const [t, tRu] = pick(random, titles[previous.kind].STAFF);
        const start = from - (365 + Math.floor(random() * 2000)) * DAY;
        positions.push({
          personId: id,
          organisationId: previous.id,
          from: isoDate(start),
          to: isoDate(from - DAY),
          props: { id: `${PREFIX}position-${pad(positions.length + 1, 7)}`, kind: 'STAFF', title: t, titleRu: tRu, source: 'generated' },
        });
      }
    }
  });
  return { people, positions };
}

function planEvents(random: Random, s: Structure, count: number, participations: number): { events: EventPlan[]; activeAreas: Map<string, Set<string>> } {
  // Each phase: every area of its oblasts plus about a third of the others.
  const areas = [...new Set(s.municipalities.map((m) => m.area))].sort();
  const oblastOfArea = new Map(s.municipalities.map((m) => [m.area, m.oblast]));
  const activeAreas = new Map<string, Set<string>>();
  for (const phase of s.phases) {
    const regionOblasts = new Set(phase.regions.map((name) => s.oblastNames.get(name)).filter((id): id is string => !!id));
    activeAreas.set(phase.id, new Set(areas.filter((area) => regionOblasts.has(oblastOfArea.get(area) ?? '') || random() < 0.33)));
  }
  const hostOf = new Map(s.administrations.filter((a) => a.kind === 'RAYON_ADMINISTRATION').map((a) => [a.territoryId, a.id]));
  const lastDay = dateMs('2025-06-30');
  const placesByPhase = new Map(s.phases.map((phase) => [phase.id, s.municipalities.filter((m) => activeAreas.get(phase.id)!.has(m.area))]));
  const phaseWeights = s.phases.map((phase, i) => [phase, [35, 45, 20][i] ?? 10] as const);

  // Sizes between 10 and 70 (mean 40), then nudged so that they add up to exactly `participations`.
  const sizes = Array.from({ length: count }, () => 10 + Math.floor(random() * 61));
  let difference = participations - sizes.reduce((a, b) => a + b, 0);
  while (difference !== 0) {
    const i = Math.floor(random() * count);
    const step = difference > 0 ? 1 : -1;
    const next = sizes[i]! + step;
    if (next < 5 || next > 90) continue;
    sizes[i] = next;
    difference -= step;
  }

  const events: EventPlan[] = [];
  for (let index = 0; index < count; index += 1) {
    const phase = weighted(random, phaseWeights);
    const start = dateMs(phase.startDate);
    const end = Math.min(dateMs(phase.endDate), lastDay);
    const date = isoDate(start + Math.floor(random() * ((end - start) / DAY + 1)) * DAY);
    const [kind, kindEn, kindRu] = weighted(random, eventKinds);
    const [topicEn, topicRu] = pick(random, topics);
    const national = random() < 0.05;
    const active = [...activeAreas.get(phase.id)!];
    const place = national ? undefined : pick(random, placesByPhase.get(phase.id)!);
    const area = place?.area ?? pick(random, active);
    const placeRu = place?.placeRu ?? s.capital.nameRu;
    const placeEn = place?.placeEn ?? s.capital.nameEn;
    const id = `${PREFIX}event-${pad(index + 1, 6)}`;
    const names = namedProps({
      nameRu: `${kindRu} ${topicRu}, ${placeRu}`,
      nameEn: `${kindEn} ${topicEn}, ${placeEn}`,
      nameKy: null,
      aliases: [`${placeEn} ${kindEn.toLowerCase()} ${date}`],
    });
    const size = sizes[index]!;
    events.push({
      id,
      phaseId: phase.id,
      heldInId: place?.territoryId ?? s.capital.id,
      hostId: national ? (s.national[0] ?? null) : (hostOf.get(area) ?? place?.id ?? null),
      date,
      size,
      national,
      area,
      oblast: oblastOfArea.get(area) ?? area,
      props: {
        id,
        kind,
        ...names,
        placeRu,
        placeEn,
        reportedParticipantCount: size + Math.floor(random() * size * 0.5),
        source: 'generated (scripts/bench/generate-national.ts)',
      },
    });
  }
  return { events, activeAreas };
}

// ---------------------------------------------------------------------------------------------------------
// Writing

const statements = {
  marker: `MERGE (m:BenchMarker {id: $id}) SET m += $props`,
  people: `UNWIND $rows AS row CREATE (p:Entity:Person) SET p = row RETURN count(*) AS written`,
  positions: `UNWIND $rows AS row
    MATCH (p:Person {id: row.personId})
    MATCH (o:Organisation {id: row.organisationId})
    CREATE (p)-[r:HOLDS_POSITION]->(o)
    SET r = row.props, r.from = date(row.from), r.to = date(row.to)
    RETURN count(*) AS written`,
  events: `UNWIND $rows AS row
    MATCH (phase:Phase {id: row.phaseId})
    MATCH (place:Territory {id: row.heldInId})
    CREATE (e:Entity:Event)
    SET e = row.props, e.date = date(row.date), e.reportedParticipantCount = toInteger(row.props.reportedParticipantCount)
    CREATE (e)-[:IN_PHASE {source: 'generated'}]->(phase)
    CREATE (e)-[:HELD_IN {source: 'generated'}]->(place)
    WITH e, row
    CALL (e, row) {
      MATCH (host:Organisation {id: row.hostId})
      CREATE (host)-[:HOSTED {source: 'generated'}]->(e)
    }
    RETURN count(*) AS written`,
  participations: `UNWIND $rows AS row
    MATCH (s:Entity {id: row.participantId})
    MATCH (e:Event {id: row.eventId})
    CREATE (s)-[r:PARTICIPATED_IN]->(e)
    SET r = row.props
    RETURN count(*) AS written`,
};

async function writeBatches(driver: Driver, name: keyof typeof statements, items: readonly object[], batchSize: number): Promise<void> {
  for (let start = 0; start < items.length; start += batchSize) {
    const batch = items.slice(start, start + batchSize);
    const result = await driver.executeQuery(statements[name], { rows: batch }, { routing: 'WRITE' });
    const written = Number(result.records[0]?.get('written') ?? 0);
    if (written !== batch.length) throw new Error(`generate: ${name} wrote ${written} of ${batch.length} rows`);
  }
}

/** Removes everything generated (nodes with `gen-` ids and their relationships) and the marker. */
export async function removeGenerated(driver: Driver, log: (message: string) => void = () => {}): Promise<void> {
  const session = driver.session();
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    const result = await session.run(
      `MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`,
      { prefix: PREFIX },
    );
    log(`removed ${result.summary.counters.updates().nodesDeleted} generated nodes`);
    await session.run(`MATCH (m:BenchMarker {id: $id}) DELETE m`, { id: MARKER_ID });
  } finally {
    await session.close();
  }
}

export async function readMarker(driver: Driver): Promise<GenerationMarker | null> {
  const [row] = await rows(driver, `MATCH (m:BenchMarker {id: $id}) RETURN m.json AS json`, { id: MARKER_ID });
  return row?.json ? (JSON.parse(String(row.json)) as GenerationMarker) : null;
}

async function writeMarker(driver: Driver, marker: GenerationMarker): Promise<void> {
  await driver.executeQuery(statements.marker, { id: MARKER_ID, props: { json: JSON.stringify(marker), complete: marker.complete } }, { routing: 'WRITE' });
}

/** Generates the national-scale programme (removing an earlier generated one first) and returns its marker. */
export async function generateNational(driver: Driver, options: GenerateOptions): Promise<GenerationMarker> {
  const log = options.log ?? (() => {});
  const scale = options.scale;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a positive whole number, got ${scale}`);
  const batchSize = options.batchSize ?? 10_000;
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  await removeGenerated(driver, log);
  const structure = await readStructure(driver);
  const random = prng(SEED);
  const counts = { people: 20_000 * scale, events: 5_000 * scale, participations: 200_000 * scale };
  const { people, positions } = planPeople(random, structure, counts.people);
  const { events, activeAreas } = planEvents(random, structure, counts.events, counts.participations);
  log(
    `generating scale ${scale}: ${people.length} people, ${positions.length} posts, ${events.length} events, ${counts.participations} participations ` +
      `(${structure.municipalities.length} municipalities; areas active per phase: ${[...activeAreas.values()].map((a) => a.size).join('/')})`,
  );

  const marker: GenerationMarker = {
    version: GENERATOR_VERSION,
    scale,
    seed: SEED,
    complete: false,
    generatedAt: new Date().toISOString(),
    seconds: 0,
    counts: { people: people.length, positions: positions.length, events: events.length, participations: counts.participations },
    inputs: { eventId: '', personId: '', personParticipations: 0, personNameRu: '', eventWordsEn: '' },
  };
  await writeMarker(driver, marker);

  await writeBatches(driver, 'people', people.map((p) => p.props), batchSize);
  log(`  people written (${elapsed()})`);
  await writeBatches(driver, 'positions', positions, batchSize);
  log(`  posts written (${elapsed()})`);
  await writeBatches(
    driver,
    'events',
    events.map((e) => ({ props: e.props, phaseId: e.phaseId, heldInId: e.heldInId, hostId: e.hostId, date: e.date })),
    batchSize,
  );
  log(`  events written (${elapsed()})`);

  // Participant pools.
  const byArea = new Map<string, number[]>();
  const adminByArea = new Map<string, number[]>();
  const adminByOblast = new Map<string, number[]>();
  const national: number[] = [];
  const push = (map: Map<string, number[]>, key: string | null, value: number) => {
    if (key === null) return;
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
  };
  people.forEach((person, i) => {
    if (person.homeKind === 'AYIL_OKMOTU' || person.homeKind === 'TOWN_ADMINISTRATION') push(byArea, person.area, i);
    else if (person.homeKind === 'RAYON_ADMINISTRATION') push(adminByArea, person.area, i);
    else if (person.homeKind === 'OBLAST_ADMINISTRATION') push(adminByOblast, person.oblast, i);
    else national.push(i);
  });
  const municipalitiesByArea = new Map<string, string[]>();
  for (const m of structure.municipalities) municipalitiesByArea.set(m.area, [...(municipalitiesByArea.get(m.area) ?? []), m.id]);
  const activeByOblast = new Map<string, Map<string, string[]>>();
  for (const [phaseId, areas] of activeAreas) {
    const perOblast = new Map<string, string[]>();
    for (const area of [...areas].sort()) {
      const oblast = structure.municipalities.find((m) => m.area === area)?.oblast ?? area;
      perOblast.set(oblast, [...(perOblast.get(oblast) ?? []), area]);
    }
    activeByOblast.set(phaseId, perOblast);
  }

  const pr = prng(SEED + 1);
  const participationCount = new Uint16Array(people.length);
  let buffer: object[] = [];
  let written = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    await writeBatches(driver, 'participations', buffer, batchSize);
    written += buffer.length;
    buffer = [];
  };
  let fortyEvent = '';
  for (const event of events) {
    const chosen = new Set<string>();
    const phaseAreas = activeByOblast.get(event.phaseId)!;
    const allActive = [...phaseAreas.values()].flat();
    const oblastAreas = phaseAreas.get(event.oblast) ?? [event.area];
    const fromPool = (pool: readonly number[] | undefined): string | null => (pool && pool.length > 0 ? `p${pick(pr, pool)}` : null);
    let guard = 0;
    while (chosen.size < event.size) {
      guard += 1;
      let choice: string | null;
      if (guard > event.size * 20) {
        choice = `p${Math.floor(pr() * people.length)}`;
      } else if (event.national) {
        const r = pr();
        choice =
          r < 0.4
            ? fromPool(national)
            : r < 0.6
              ? fromPool(adminByArea.get(pick(pr, allActive)) ?? adminByOblast.get(event.oblast))
              : fromPool(byArea.get(pick(pr, allActive)));
      } else {
        const r = pr();
        if (r < 0.6) choice = fromPool(byArea.get(event.area));
        else if (r < 0.7) {
          const orgs = municipalitiesByArea.get(event.area);
          choice = orgs && orgs.length > 0 ? `o${pick(pr, orgs)}` : null;
        } else if (r < 0.8) choice = fromPool(pr() < 0.6 ? adminByArea.get(event.area) : adminByOblast.get(event.oblast));
        else if (r < 0.9) choice = fromPool(byArea.get(pick(pr, oblastAreas)));
        else choice = fromPool(national);
      }
      if (choice) chosen.add(choice);
    }
    for (const choice of chosen) {
      const isPerson = choice.startsWith('p');
      const person = isPerson ? people[Number(choice.slice(1))]! : undefined;
      const participantId = person ? person.id : choice.slice(1);
      if (person) {
        const index = Number(choice.slice(1));
        participationCount[index] = (participationCount[index] ?? 0) + 1;
      }
      const role = isPerson
        ? weighted(pr, [['PARTICIPANT', 85], ['SPEAKER', 6], ['PRESENTER', 5], ['ORGANISER', 4]] as const)
        : 'PARTICIPANT';
      buffer.push({
        participantId,
        eventId: event.id,
        props: {
          id: `${PREFIX}participation-${pad(written + buffer.length + 1, 7)}`,
          key: `${participantId}|${event.id}`,
          role,
          representingId: person && pr() < 0.9 ? person.homeOrg : null,
          source: 'generated',
        },
      });
    }
    if (!fortyEvent && event.size === 40 && !event.national && event.phaseId.endsWith('-2')) fortyEvent = event.id;
    if (buffer.length >= batchSize) {
      const before = written;
      await flush();
      if (Math.floor(written / 100_000) > Math.floor(before / 100_000)) log(`  ${written} participations written (${elapsed()})`);
    }
  }
  await flush();
  log(`  participations written (${elapsed()})`);

  // Inputs for the benchmark: a municipal employee with the median number of participations.
  const municipalCounts = people.map((p, i) => [p, participationCount[i]!] as const).filter(([p]) => p.homeKind === 'AYIL_OKMOTU');
  const sorted = municipalCounts.map(([, n]) => n).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const [typical] = municipalCounts.find(([, n]) => n === median) ?? municipalCounts[0]!;
  const namedPerson = people[Math.min(777, people.length - 1)]!;
  const wordsEvent = events[Math.min(123, events.length - 1)]!;
  marker.inputs = {
    eventId: fortyEvent,
    personId: typical.id,
    personParticipations: median,
    personNameRu: String(namedPerson.props.nameRu),
    eventWordsEn: `${String(wordsEvent.props.placeEn)} ${String(wordsEvent.props.nameEn).split(' ')[0]}`,
  };
  marker.complete = true;
  marker.seconds = (performance.now() - started) / 1000;
  await writeMarker(driver, marker);
  log(`generated in ${elapsed()}; inputs: ${JSON.stringify(marker.inputs)}`);
  return marker;
}

// ---------------------------------------------------------------------------------------------------------
// Command line

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      uri: { type: 'string' },
      remove: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
    },
  });
  const scale = Number(values.scale);
  const log = (message: string) => console.log(message);
  const { benchDriver, openBenchDatabase } = await import('./bench-database.js');
  if (values.remove) {
    if (!values.uri) throw new Error('--remove needs --uri (the database to clean)');
    const driver = benchDriver(values.uri);
    try {
      await removeGenerated(driver, log);
    } finally {
      await driver.close();
    }
    return;
  }
  // openBenchDatabase applies the schema, seeds and generates unless a complete marker of this scale exists.
  const bench = await openBenchDatabase({ scale, uri: values.uri, dataDir: values['data-dir'], log });
  try {
    const [size] = await rows(bench.driver, `MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships`);
    log(`graph: ${size?.nodes} nodes, ${size?.relationships} relationships; generation took ${bench.marker.seconds.toFixed(1)} s`);
  } finally {
    await bench.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
