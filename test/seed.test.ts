import { beforeAll, describe, expect, it } from 'vitest';
import type { Params, Row } from '../server/db/graph-database.js';
import { isSeeded, seedDatabase, type SeedSummary } from '../server/seed/seed.js';
import { testDatabase } from './support/database.js';

const SEMINAR = 'event-2019-07-18-karakol-inception';
const ISSYK_KUL = '41702000000000';
// Seeded ids; filters on them keep these counts independent of what other test files create.
const SOATE_ID = '417\\d{11}';
const BODY_ID = '(ao|town|oblast-admin|rayon-admin)-\\d{14}';

const db = testDatabase();
const query = (text: string, params: Params = {}): Promise<Row[]> => db.runStatement('seed.test', text, params);
const single = async (text: string, params: Params = {}): Promise<Row> => (await query(text, params))[0] ?? {};
const tally = (rows: Row[]) => Object.fromEntries(rows.map((row) => [String(row.key), row.n]));

/** Node counts by label and relationship counts by type, plus a property count to notice changed values. */
async function graphShape(): Promise<Record<string, unknown>> {
  const nodes = await query('MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n');
  const rels = await query('MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n');
  const props = await single('MATCH (n) RETURN sum(size(keys(n))) AS nodeProps, COUNT { ()-[r]->() WHERE r.source IS NOT NULL } AS sourcedRels');
  return { nodes: tally(nodes), rels: tally(rels), ...props };
}

let summary: SeedSummary;
const logged: string[] = [];

beforeAll(async () => {
  // Global setup seeded already; seeding again here also restores anything another test file removed.
  summary = await seedDatabase(db, (message) => logged.push(message));
});

describe('seed: territories', () => {
  it('has the country and all 535 units by level', async () => {
    const rows = await query(`MATCH (t:Territory) WHERE t.id =~ $pattern RETURN t.level AS key, count(*) AS n`, { pattern: SOATE_ID });
    expect(tally(rows)).toEqual({ COUNTRY: 1, OBLAST: 7, RAYON: 40, CITY: 31, CITY_DISTRICT: 4, AYIL_AIMAK: 453 });
    const country = await single(`MATCH (c:Territory {id: '41700000000000'}) RETURN c {.*} AS c`);
    expect(country.c).toMatchObject({ soate: '41700000000000', nameRu: 'Кыргызская Республика', nameKy: 'Кыргыз Республикасы', level: 'COUNTRY' });
  });

  it('links every unit to one parent: oblasts and republican cities to the country, ayil aimaks to a rayon', async () => {
    const row = await single(
      `MATCH (t:Territory) WHERE t.id =~ $pattern AND t.level <> 'COUNTRY'
       RETURN sum(CASE WHEN COUNT { (t)-[:PART_OF]->() } = 1 THEN 0 ELSE 1 END) AS withoutOneParent,
              sum(CASE WHEN t.level = 'AYIL_AIMAK' AND NOT EXISTS { (t)-[:PART_OF]->(:Territory {level: 'RAYON'}) } THEN 1 ELSE 0 END) AS aimaksOutsideRayons,
              COUNT { (:Territory)-[:PART_OF]->(:Territory {id: '41700000000000'}) } AS partOfCountry`,
      { pattern: SOATE_ID },
    );
    expect(row).toEqual({ withoutOneParent: 0, aimaksOutsideRayons: 0, partOfCountry: 9 });
  });

  it('stores coordinates as floats and the p-code without its annotation', async () => {
    const row = await single(`MATCH (t:Territory {id: '41702410000010'}) RETURN t.lat AS lat, valueType(t.lat) AS latType, t.ochaPcode AS pcode, t.cityStatus AS status`);
    expect(row).toEqual({ lat: 42.49068, latType: 'FLOAT NOT NULL', pcode: 'KG02410000010', status: 'OBLAST' });
  });
});

describe('seed: governing bodies', () => {
  it('has an ayil okmotu per ayil aimak, a town administration per city and an administration per oblast and rayon', async () => {
    const rows = await query(`MATCH (o:Organisation) WHERE o.id =~ $pattern RETURN o.kind AS key, count(*) AS n`, { pattern: BODY_ID });
    expect(tally(rows)).toEqual({ AYIL_OKMOTU: 453, TOWN_ADMINISTRATION: 31, OBLAST_ADMINISTRATION: 7, RAYON_ADMINISTRATION: 40 });
  });

  it('makes every municipality govern exactly one territory of the right level, with the same SOATE code', async () => {
    const row = await single(
      `MATCH (o:Organisation) WHERE o.id =~ $pattern
       OPTIONAL MATCH (o)-[:GOVERNS]->(t:Territory)
       WITH o, collect(t) AS governed
       RETURN sum(CASE WHEN size(governed) = 1 THEN 0 ELSE 1 END) AS notGoverningOne,
              sum(CASE WHEN size(governed) = 1 AND o.id ENDS WITH governed[0].id
                        AND (o.kind <> 'AYIL_OKMOTU' OR governed[0].level = 'AYIL_AIMAK')
                        AND (o.kind <> 'TOWN_ADMINISTRATION' OR governed[0].level = 'CITY') THEN 0 ELSE 1 END) AS mismatched`,
      { pattern: BODY_ID },
    );
    expect(row).toEqual({ notGoverningOne: 0, mismatched: 0 });
  });

  it('names the bodies after their territories', async () => {
    const rows = await query(
      `MATCH (o:Organisation) WHERE o.id IN ['ao-41702210830000', 'ao-41708219836000', 'rayon-admin-41702220000000', 'oblast-admin-41702000000000', 'town-41702410000010']
       RETURN o.id AS key, o.nameRu AS n`,
    );
    expect(tally(rows)).toEqual({
      'ao-41702210830000': 'Джети-Огузский айыл окмоту',
      'ao-41708219836000': 'Айыл окмоту Курама',
      'rayon-admin-41702220000000': 'Тонская районная государственная администрация',
      'oblast-admin-41702000000000': 'Иссык-Кульская областная государственная администрация',
      'town-41702410000010': 'Мэрия г. Каракол',
    });
  });

  it('finds the oblast administration by its 2019 name through the full-text index', async () => {
    const rows = await query(`CALL db.index.fulltext.queryNodes('entity_names', 'Полномочного представителя') YIELD node RETURN node.id AS id LIMIT 3`);
    expect(rows.map((r) => r.id)).toContain('oblast-admin-41702000000000');
  });
});

describe('seed: programme', () => {
  it('has three phases with dates, integer budgets and regions', async () => {
    const rows = await query(
      `MATCH (:Programme {id: 'psi', sdcProjectNumber: '7F06409'})-[:HAS_PHASE]->(p:Phase)
       RETURN p.number AS number, p.startDate AS start, p.endDate AS end, p.budgetChf AS budget,
              valueType(p.startDate) AS dateType, valueType(p.budgetChf) AS budgetType, p.regions AS regions
       ORDER BY number`,
    );
    expect(rows.map((r) => [r.number, r.start, r.end, r.budget])).toEqual([
      [1, '2013-11-01', '2019-04-30', 4431000],
      [2, '2019-05-01', '2023-04-30', 4070000],
      [3, '2024-08-01', '2028-07-31', 4050000],
    ]);
    expect(rows[0]).toMatchObject({ dateType: 'DATE NOT NULL', budgetType: 'INTEGER NOT NULL', regions: ['Issyk-Kul', 'Jalal-Abad'] });
  });

  it('records who funds, implements and belongs to the consortium', async () => {
    const row = await single(
      `MATCH (p:Programme {id: 'psi'})
       RETURN [(o)-[r:FUNDS]->(p) | o.id + ':' + r.role] AS funders,
              [(o)-[:IMPLEMENTS]->(p) | o.id] AS implementers,
              [(m)-[:MEMBER_OF]->(:Organisation {id: 'psi-consortium'}) | m.id] AS members`,
    );
    expect((row.funders as string[]).sort()).toEqual(['gov-switzerland:DONOR', 'sdc:FUNDING_AGENCY']);
    expect(row.implementers).toEqual(['psi-consortium']);
    expect((row.members as string[]).sort()).toEqual(['dpi', 'helvetas']);
  });
});

describe('seed: the Karakol seminar', () => {
  it('has its date, place, phase, host and reported participant count', async () => {
    const row = await single(
      `MATCH (e:Event {id: $id})
       RETURN e.date AS date, e.kind AS kind, e.reportedParticipantCount AS reported, valueType(e.reportedParticipantCount) AS type,
              [(e)-[:IN_PHASE]->(p) | p.id] AS phases, [(e)-[:HELD_IN]->(t) | t.id] AS places, [(h)-[:HOSTED]->(e) | h.id] AS hosts`,
      { id: SEMINAR },
    );
    expect(row).toEqual({
      date: '2019-07-18',
      kind: 'SEMINAR',
      reported: 71,
      type: 'INTEGER NOT NULL',
      phases: ['psi-phase-2'],
      places: ['41702410000010'],
      hosts: ['oblast-admin-41702000000000'],
    });
  });

  it('names exactly 4 people, each representing an organisation, with positions observed that day', async () => {
    const rows = await query(
      `MATCH (p:Person)-[r:PARTICIPATED_IN]->(:Event {id: $id})
       OPTIONAL MATCH (p)-[pos:HOLDS_POSITION]->(o:Organisation)
       RETURN p.id AS person, r.role AS role, r.representingId AS representing, r.key AS key, o.id AS employer, pos.observedOn AS observedOn
       ORDER BY person`,
      { id: SEMINAR },
    );
    expect(rows).toEqual([
      { person: 'person-baidyldaev-m-k', role: 'SPEAKER', representing: 'gamsumo', key: `person-baidyldaev-m-k|${SEMINAR}`, employer: 'gamsumo', observedOn: '2019-07-18' },
      { person: 'person-kubatov-askat', role: 'PRESENTER', representing: 'ao-41702210830000', key: `person-kubatov-askat|${SEMINAR}`, employer: 'ao-41702210830000', observedOn: '2019-07-18' },
      { person: 'person-mambetova-asel', role: 'PRESENTER', representing: 'psi-consortium', key: `person-mambetova-asel|${SEMINAR}`, employer: 'dpi', observedOn: '2019-07-18' },
      { person: 'person-monoldorov-d-ch', role: 'SPEAKER', representing: 'oblast-admin-41702000000000', key: `person-monoldorov-d-ch|${SEMINAR}`, employer: 'oblast-admin-41702000000000', observedOn: '2019-07-18' },
    ]);
  });

  it('has all 61 Issyk-Kul ayil okmotus and 5 rayon administrations as participants', async () => {
    const row = await single(
      `MATCH (o:Organisation)-[:GOVERNS]->(:Territory)-[:PART_OF*1..3]->(:Territory {id: $oblast})
       WITH o, EXISTS { (o)-[:PARTICIPATED_IN {role: 'PARTICIPANT'}]->(:Event {id: $id}) } AS attended
       RETURN sum(CASE WHEN o.kind = 'AYIL_OKMOTU' THEN 1 ELSE 0 END) AS okmotus,
              sum(CASE WHEN o.kind = 'AYIL_OKMOTU' AND attended THEN 1 ELSE 0 END) AS okmotusAttending,
              sum(CASE WHEN o.kind = 'RAYON_ADMINISTRATION' AND attended THEN 1 ELSE 0 END) AS rayonsAttending,
              sum(CASE WHEN o.kind = 'TOWN_ADMINISTRATION' AND attended THEN 1 ELSE 0 END) AS townsAttending`,
      { oblast: ISSYK_KUL, id: SEMINAR },
    );
    expect(row).toEqual({ okmotus: 61, okmotusAttending: 61, rayonsAttending: 5, townsAttending: 0 });
  });

  it('gives the other organisations their roles', async () => {
    const rows = await query(
      `MATCH (o:Organisation)-[r:PARTICIPATED_IN]->(:Event {id: $id}) WHERE NOT o.kind IN ['AYIL_OKMOTU', 'RAYON_ADMINISTRATION']
       RETURN o.id AS key, r.role AS n`,
      { id: SEMINAR },
    );
    expect(tally(rows)).toEqual({ 'oblast-admin-41702000000000': 'HOST', 'psi-consortium': 'ORGANISER', gamsumo: 'PARTICIPANT', sdc: 'PARTICIPANT' });
  });
});

describe('seed: partner municipalities', () => {
  const partnerPhases = async (territoryId: string) =>
    (await query(`MATCH (:Territory {id: $territoryId})<-[:GOVERNS]-(m:Organisation)-[r:PARTNER_IN]->(p:Phase) RETURN p.number AS phase, r.confidence AS confidence, r.source AS source ORDER BY phase`, { territoryId }));

  it('links Kum-Bel to phase 2, Balykchy town to phase 1 and Massy to phases 1 and 2', async () => {
    expect(await partnerPhases('41702215820000')).toEqual([{ phase: 2, confidence: 'HIGH', source: expect.stringContaining('helvetas.org') }]);
    expect(await partnerPhases('41702420000010')).toEqual([{ phase: 1, confidence: 'HIGH', source: 'http://municipalitet.kg/ru/article/full/1266.html' }]);
    expect((await partnerPhases('41703215836000')).map((r) => r.phase)).toEqual([1, 2]);
  });

  it('skips rows without a SOATE code or a phase, and says why', async () => {
    expect(await partnerPhases('41702220825000')).toEqual([]); // Ulakol: "phase not stated"
    expect(summary.partnerLinks).toBe(8);
    expect(summary.skippedPartnerRows).toBe(4);
    expect(logged.filter((m) => m.includes('no SOATE code'))).toEqual([
      expect.stringContaining('Кыдыр-Аке'),
      expect.stringContaining('Хан-Тенири'),
    ]);
    const seeded = await single(`MATCH (m:Organisation)-[r:PARTNER_IN]->(:Phase) WHERE m.id =~ $pattern RETURN count(r) AS n`, { pattern: BODY_ID });
    expect(seeded.n).toBe(8);
  });
});

describe('seed: idempotence', () => {
  it('reports what it wrote', () => {
    expect(summary).toEqual({
      territories: 536,
      organisations: 537,
      programmes: 1,
      phases: 3,
      people: 4,
      positions: 4,
      events: 1,
      participations: 74,
      partnerLinks: 8,
      skippedPartnerRows: 4,
    });
  });

  it('changes no node, relationship or property count when run again', async () => {
    expect(await isSeeded(db)).toBe(true);
    const before = await graphShape();
    await seedDatabase(db);
    expect(await graphShape()).toEqual(before);
  });
});
