import { afterAll, beforeAll } from 'vitest';
import { testDatabase } from '../support/database.js';

/**
 * A small graph, separate from the seed, whose answers are worked out by hand in the tests:
 *
 *   oblast O ─ rayon R1 ─ ayil aimaks A1, A2 (governed by municipalities M1, M2)
 *            └ rayon R2 ─ ayil aimak A3 (M3); rayon administrations RA1, RA2
 *   donor D FUNDS programme P (phases PH1 2020–2021, PH2 2022); consortium C IMPLEMENTS P; I MEMBER_OF C
 *   PH1: E1 2020-02-10 {P1 for M1, M2, RA2, P3 organiser for C} · E2 2020-05-05 {M1, B speaker} · E3 2021-03-01 {P2 for M1, B speaker}
 *   PH2: E4 {A1, A2, A3, BRIDGE} · E5 {B1, B2, B3, BRIDGE}   (BRIDGE is the only link between two groups)
 *   P1 heads M1 from 2018-01-01 (no end yet); P3 is staff of I.
 */
const buildStatement = `
CREATE (o:Entity:Territory {id: $p + 'O', soate: $p + 'O', level: 'OBLAST', nameEn: 'Test oblast', aliases: []})
CREATE (r1:Entity:Territory {id: $p + 'R1', soate: $p + 'R1', level: 'RAYON', nameEn: 'R1', aliases: []})-[:PART_OF]->(o)
CREATE (r2:Entity:Territory {id: $p + 'R2', soate: $p + 'R2', level: 'RAYON', nameEn: 'R2', aliases: []})-[:PART_OF]->(o)
CREATE (a1:Entity:Territory {id: $p + 'A1', soate: $p + 'A1', level: 'AYIL_AIMAK', nameEn: 'A1', aliases: []})-[:PART_OF]->(r1)
CREATE (a2:Entity:Territory {id: $p + 'A2', soate: $p + 'A2', level: 'AYIL_AIMAK', nameEn: 'A2', aliases: []})-[:PART_OF]->(r1)
CREATE (a3:Entity:Territory {id: $p + 'A3', soate: $p + 'A3', level: 'AYIL_AIMAK', nameEn: 'A3', aliases: []})-[:PART_OF]->(r2)
CREATE (m1:Entity:Organisation {id: $p + 'M1', kind: 'AYIL_OKMOTU', nameEn: 'M1', aliases: []})-[:GOVERNS]->(a1)
CREATE (m2:Entity:Organisation {id: $p + 'M2', kind: 'AYIL_OKMOTU', nameEn: 'M2', aliases: []})-[:GOVERNS]->(a2)
CREATE (m3:Entity:Organisation {id: $p + 'M3', kind: 'AYIL_OKMOTU', nameEn: 'M3', aliases: []})-[:GOVERNS]->(a3)
CREATE (ra1:Entity:Organisation {id: $p + 'RA1', kind: 'RAYON_ADMINISTRATION', nameEn: 'RA1', aliases: []})-[:GOVERNS]->(r1)
CREATE (ra2:Entity:Organisation {id: $p + 'RA2', kind: 'RAYON_ADMINISTRATION', nameEn: 'RA2', aliases: []})-[:GOVERNS]->(r2)
CREATE (d:Entity:Organisation {id: $p + 'D', kind: 'DONOR', nameEn: 'D', aliases: []})
CREATE (c:Entity:Organisation {id: $p + 'C', kind: 'CONSORTIUM', nameEn: 'C', aliases: []})
CREATE (i:Entity:Organisation {id: $p + 'I', kind: 'IMPLEMENTER', nameEn: 'I', aliases: []})-[:MEMBER_OF]->(c)
CREATE (prog:Entity:Programme {id: $p + 'P', nameEn: 'P', aliases: []})
CREATE (ph1:Entity:Phase {id: $p + 'PH1', number: 1, startDate: date('2020-01-01'), endDate: date('2021-12-31'), nameEn: 'PH1', aliases: [], regions: []})
CREATE (ph2:Entity:Phase {id: $p + 'PH2', number: 2, startDate: date('2022-01-01'), endDate: date('2022-12-31'), nameEn: 'PH2', aliases: [], regions: []})
CREATE (d)-[:FUNDS {role: 'DONOR'}]->(prog), (c)-[:IMPLEMENTS]->(prog), (prog)-[:HAS_PHASE]->(ph1), (prog)-[:HAS_PHASE]->(ph2)
CREATE (p1:Entity:Person {id: $p + 'P1', nameEn: 'P1', gender: 'FEMALE', aliases: []})
CREATE (p2:Entity:Person {id: $p + 'P2', nameEn: 'P2', gender: 'MALE', aliases: []})
CREATE (p3:Entity:Person {id: $p + 'P3', nameEn: 'P3', aliases: []})
CREATE (b:Entity:Person {id: $p + 'B', nameEn: 'B', gender: 'MALE', aliases: []})
CREATE (p1)-[:HOLDS_POSITION {id: $p + 'POS-P1', kind: 'HEAD', title: 'Head', from: date('2018-01-01')}]->(m1)
CREATE (p3)-[:HOLDS_POSITION {id: $p + 'POS-P3', kind: 'STAFF', title: 'Officer', from: date('2015-01-01')}]->(i)
CREATE (e1:Entity:Event {id: $p + 'E1', kind: 'SEMINAR', date: date('2020-02-10'), nameEn: 'E1', aliases: [], reportedParticipantCount: 30})-[:IN_PHASE]->(ph1)
CREATE (e2:Entity:Event {id: $p + 'E2', kind: 'TRAINING', date: date('2020-05-05'), nameEn: 'E2', aliases: []})-[:IN_PHASE]->(ph1)
CREATE (e3:Entity:Event {id: $p + 'E3', kind: 'MEETING', date: date('2021-03-01'), nameEn: 'E3', aliases: [], reportedParticipantCount: 12})-[:IN_PHASE]->(ph1)
CREATE (e4:Entity:Event {id: $p + 'E4', kind: 'MEETING', date: date('2022-03-01'), nameEn: 'E4', aliases: []})-[:IN_PHASE]->(ph2)
CREATE (e5:Entity:Event {id: $p + 'E5', kind: 'MEETING', date: date('2022-04-01'), nameEn: 'E5', aliases: []})-[:IN_PHASE]->(ph2)
WITH *
UNWIND [
  [p1, e1, 'PARTICIPANT', $p + 'M1'], [m2, e1, 'PARTICIPANT', null], [ra2, e1, 'PARTICIPANT', null], [p3, e1, 'ORGANISER', $p + 'C'],
  [m1, e2, 'PARTICIPANT', null], [b, e2, 'SPEAKER', null],
  [p2, e3, 'PARTICIPANT', $p + 'M1'], [b, e3, 'SPEAKER', null]
] AS part
WITH DISTINCT part
WITH part[0] AS s, part[1] AS e, part[2] AS role, part[3] AS representingId
CREATE (s)-[:PARTICIPATED_IN {id: s.id + '@' + e.id, key: s.id + '|' + e.id, role: role, representingId: representingId}]->(e)
`;

const bridgeStatement = `
MATCH (e4:Event {id: $p + 'E4'}), (e5:Event {id: $p + 'E5'})
UNWIND [['A1', e4], ['A2', e4], ['A3', e4], ['BRIDGE', e4], ['B1', e5], ['B2', e5], ['B3', e5], ['BRIDGE', e5]] AS part
MERGE (s:Entity:Person {id: $p + 'X-' + part[0]}) ON CREATE SET s.nameEn = part[0], s.aliases = []
WITH s, part[1] AS e
CREATE (s)-[:PARTICIPATED_IN {id: s.id + '@' + e.id, key: s.id + '|' + e.id, role: 'PARTICIPANT'}]->(e)
`;

const removeStatement = `MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n`;

/** Builds the small world before the file's tests and removes it after; returns the id prefix. */
export function useSmallWorld(): string {
  const prefix = `sw${Date.now().toString(36)}-`;
  const db = testDatabase();
  beforeAll(async () => {
    await db.runStatement('test: small world', buildStatement, { p: prefix });
    await db.runStatement('test: bridge', bridgeStatement, { p: prefix });
  });
  afterAll(async () => {
    await db.runStatement('test: remove small world', removeStatement, { p: prefix });
  });
  return prefix;
}
