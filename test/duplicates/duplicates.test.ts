import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Params, Row } from '../../server/db/graph-database.js';
import { testDatabase } from '../support/database.js';
import { graphql, graphqlData } from '../support/graphql.js';

/**
 * The duplicates report and merging, on people and organisations made for the test (seeded nodes are never
 * merged here: other test files count them). Every node this file creates has an id starting "test-dup-".
 */
const query = (text: string, params: Params = {}): Promise<Row[]> => testDatabase().runStatement('duplicates.test', text, params);
const TAMGA = 'ao-41702210862000';

beforeAll(async () => {
  await query(`
    CREATE (a:Entity:Person {id: 'test-dup-asanov-bakyt', nameRu: 'Асанов Бакыт', aliases: ['Бакыт Асанов'], searchText: 'асанов бакыт'})
    CREATE (b:Entity:Person {id: 'test-dup-asanov-bakyt-latin', nameEn: 'Asanov Bakyt', aliases: [], phone: '+996555000001', searchText: 'asanov bakyt'})
    CREATE (c:Entity:Person {id: 'test-dup-asanov-b', nameRu: 'Асанов Б.', aliases: [], searchText: 'асанов б'})
    CREATE (:Entity:Person {id: 'test-dup-asanova-baktygul', nameRu: 'Асанова Бактыгүл', aliases: [], searchText: 'асанова бактыгүл'})
    CREATE (:Entity:Person {id: 'test-dup-mamatov-aybek', nameRu: 'Маматов Айбек', aliases: [], searchText: 'маматов айбек'})
    CREATE (:Entity:Person {id: 'test-dup-mamytov-aybek', nameRu: 'Мамытов Айбек', aliases: [], searchText: 'мамытов айбек'})
    CREATE (e1:Entity:Event {id: 'test-dup-event-1', kind: 'MEETING', date: date('2024-02-01'), nameEn: 'E1', aliases: [], searchText: 'e1'})
    CREATE (e2:Entity:Event {id: 'test-dup-event-2', kind: 'MEETING', date: date('2024-02-02'), nameEn: 'E2', aliases: [], searchText: 'e2'})
    CREATE (g:Entity:Organisation {id: 'test-dup-ak-niet', kind: 'OTHER', nameRu: 'ОФ «Ак-Ниет»', aliases: [], searchText: 'оф ак ниет'})
    CREATE (h:Entity:Organisation {id: 'test-dup-ak-niet-2', kind: 'OTHER', nameRu: 'ОФ Ак-Ниет', aliases: ['Ak-Niet'], source: 'sheet 2', searchText: 'оф ак ниет'})
    WITH a, b, c, e1, e2, g, h
    MATCH (tamga:Organisation {id: $tamga}), (helvetas:Organisation {id: 'helvetas'}), (dpi:Organisation {id: 'dpi'})
    CREATE (a)-[:HOLDS_POSITION {id: 'test-dup-post-a', title: 'Глава айыл окмоту'}]->(tamga)
    CREATE (c)-[:HOLDS_POSITION {id: 'test-dup-post-c', title: 'Глава АО'}]->(tamga)
    CREATE (b)-[:HOLDS_POSITION {id: 'test-dup-post-b', title: 'Consultant'}]->(helvetas)
    CREATE (a)-[:PARTICIPATED_IN {id: 'test-dup-part-a1', key: 'test-dup-asanov-bakyt|test-dup-event-1', role: 'PARTICIPANT', representingId: null}]->(e1)
    CREATE (b)-[:PARTICIPATED_IN {id: 'test-dup-part-b1', key: 'test-dup-asanov-bakyt-latin|test-dup-event-1', role: 'SPEAKER', representingId: $tamga}]->(e1)
    CREATE (b)-[:PARTICIPATED_IN {id: 'test-dup-part-b2', key: 'test-dup-asanov-bakyt-latin|test-dup-event-2', role: 'PARTICIPANT', representingId: 'test-dup-ak-niet-2'}]->(e2)
    CREATE (c)-[:PARTICIPATED_IN {id: 'test-dup-part-c2', key: 'test-dup-asanov-b|test-dup-event-2', role: 'PARTICIPANT', representingId: 'test-dup-ak-niet-2'}]->(e2)
    CREATE (h)-[:MEMBER_OF {source: 'test'}]->(g)
    CREATE (g)-[:MEMBER_OF {source: 'test'}]->(dpi)
    CREATE (h)-[:MEMBER_OF {source: 'test'}]->(dpi)
    CREATE (h)-[:HOSTED]->(e2)`, { tamga: TAMGA });
});

afterAll(async () => {
  await query(`MATCH (n:Entity) WHERE n.id STARTS WITH 'test-dup-' DETACH DELETE n`);
  await query(`MATCH (m:Merge) WHERE m.keptId STARTS WITH 'test-dup-' DELETE m`);
});

const REPORT = `query ($kind: DuplicateKind!, $minScore: Float) { duplicateCandidates(kind: $kind, first: 500, minScore: $minScore) {
  score reason first { ... on Person { id } ... on Organisation { id } } second { ... on Person { id } ... on Organisation { id } } } }`;
const MERGE = `mutation ($keep: ID!, $merge: ID!) { mergeStakeholders(keepId: $keep, mergeId: $merge) {
  kept { ... on Person { id nameRu nameEn aliases phone } ... on Organisation { id nameRu aliases source } }
  movedRelationships droppedRelationships droppedParticipationIds record { keptId mergedId entityType mergedNames at } } }`;

async function report(kind: string, minScore = 0.6) {
  const { duplicateCandidates } = await graphqlData(REPORT, { kind, minScore });
  return (duplicateCandidates as any[])
    .filter((pair) => pair.first.id.startsWith('test-dup-') || pair.second.id.startsWith('test-dup-') || pair.first.id.startsWith('ao-'))
    .map((pair) => [pair.first.id, pair.second.id, pair.score, pair.reason]);
}

describe('duplicates report', () => {
  it('finds likely duplicate people with score and reason, never a man and a woman of one family', async () => {
    expect(await report('PERSON')).toEqual([
      // Linked by a post (Асанов Бакыт, Асанов Б.) or by representing the ayil okmotu at an event (Asanov Bakyt).
      ['test-dup-asanov-bakyt', 'test-dup-asanov-bakyt-latin', 1, 'same name; both linked to Тамгинский айыл окмоту'],
      ['test-dup-asanov-b', 'test-dup-asanov-bakyt', 0.9, 'same surname and initial; both linked to Тамгинский айыл окмоту'],
      ['test-dup-asanov-b', 'test-dup-asanov-bakyt-latin', 0.9, 'same surname and initial; both linked to Тамгинский айыл окмоту'],
      ['test-dup-mamatov-aybek', 'test-dup-mamytov-aybek', 0.76, 'similar name, spelt differently'],
    ]);
    expect(await report('PERSON', 0.8)).toHaveLength(3);
  });

  it('finds likely duplicate organisations, and not the two Ak-Bulun ayil okmotus, which govern different places', async () => {
    expect(await report('ORGANISATION')).toEqual([['test-dup-ak-niet', 'test-dup-ak-niet-2', 1, 'both are called "ОФ «Ак-Ниет»"']]);
  });
});

describe('merging', () => {
  it('moves every relationship to the kept person, keeps one participation per event, and records the merge', async () => {
    const { mergeStakeholders: merged } = await graphqlData(MERGE, { keep: 'test-dup-asanov-bakyt', merge: 'test-dup-asanov-bakyt-latin' });
    expect(merged).toMatchObject({
      kept: { id: 'test-dup-asanov-bakyt', nameRu: 'Асанов Бакыт', nameEn: 'Asanov Bakyt', aliases: ['Бакыт Асанов'], phone: '+996555000001' },
      movedRelationships: 2,
      droppedRelationships: 1,
      droppedParticipationIds: ['test-dup-part-b1'],
      record: { keptId: 'test-dup-asanov-bakyt', mergedId: 'test-dup-asanov-bakyt-latin', entityType: 'Person', mergedNames: ['Asanov Bakyt'] },
    });
    expect(merged.record.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const links = await query(
      `MATCH (p:Person {id: 'test-dup-asanov-bakyt'})-[r]->(x) RETURN type(r) AS type, x.id AS other, r.key AS key, r.role AS role, r.representingId AS representing ORDER BY type, other`,
    );
    expect(links).toEqual([
      { type: 'HOLDS_POSITION', other: 'ao-41702210862000', key: null, role: null, representing: null },
      { type: 'HOLDS_POSITION', other: 'helvetas', key: null, role: null, representing: null },
      // E1: both took part; the kept participation stays and takes the merged one's organisation.
      { type: 'PARTICIPATED_IN', other: 'test-dup-event-1', key: 'test-dup-asanov-bakyt|test-dup-event-1', role: 'PARTICIPANT', representing: TAMGA },
      { type: 'PARTICIPATED_IN', other: 'test-dup-event-2', key: 'test-dup-asanov-bakyt|test-dup-event-2', role: 'PARTICIPANT', representing: 'test-dup-ak-niet-2' },
    ]);
    const [after] = await query(`MATCH (p:Person {id: 'test-dup-asanov-bakyt'}) RETURN EXISTS { (:Entity {id: 'test-dup-asanov-bakyt-latin'}) } AS stillThere, p.mergedIds AS mergedIds`);
    expect(after).toEqual({ stillThere: false, mergedIds: ['test-dup-asanov-bakyt-latin'] });
    // Search and later imports find the kept person by the merged name.
    const found = await graphqlData(`{ search(text: "Asanov Bakyt", types: [PERSON]) { entity { id } } }`);
    expect(found.search.map((hit: any) => hit.entity.id)).toContain('test-dup-asanov-bakyt');
  });

  it('moves an organisation\'s posts, hosting, memberships and represented participations; drops links to itself and exact copies', async () => {
    const { mergeStakeholders: merged } = await graphqlData(MERGE, { keep: 'test-dup-ak-niet', merge: 'test-dup-ak-niet-2' });
    expect(merged).toMatchObject({
      kept: { id: 'test-dup-ak-niet', nameRu: 'ОФ «Ак-Ниет»', aliases: ['ОФ Ак-Ниет', 'Ak-Niet'], source: 'sheet 2' },
      movedRelationships: 1, // HOSTED
      droppedRelationships: 2, // its MEMBER_OF the kept one, and the copy of the kept one's MEMBER_OF dpi
      record: { mergedNames: ['ОФ Ак-Ниет', 'Ak-Niet'] },
    });
    const [links] = await query(`MATCH (g:Organisation {id: 'test-dup-ak-niet'}) RETURN
      COUNT { (g)-[:HOSTED]->(:Event {id: 'test-dup-event-2'}) } AS hosted, COUNT { (g)-[:MEMBER_OF]->(:Organisation {id: 'dpi'}) } AS memberOfDpi,
      COUNT { (g)-[:MEMBER_OF]->(g) } AS selfLinks, COUNT { ()-[:PARTICIPATED_IN {representingId: 'test-dup-ak-niet'}]->() } AS represented,
      COUNT { ()-[:PARTICIPATED_IN {representingId: 'test-dup-ak-niet-2'}]->() } AS stale`);
    expect(links).toEqual({ hosted: 1, memberOfDpi: 1, selfLinks: 0, represented: 2, stale: 0 });
  });

  it('refuses merges that make no sense, with exact messages', async () => {
    const refusals = [];
    for (const [keep, merge] of [
      ['test-dup-asanov-b', 'test-dup-asanov-b'],
      ['test-dup-asanov-b', 'nope'],
      ['test-dup-asanov-b', 'dpi'],
      ['ao-41702205805000', 'ao-41702225873000'],
      ['test-dup-event-1', 'test-dup-event-2'],
    ]) {
      const result = await graphql(MERGE, { keep, merge });
      refusals.push([result.errors?.[0]?.extensions?.code, result.errors?.[0]?.message]);
    }
    expect(refusals).toEqual([
      ['BAD_USER_INPUT', 'mergeId: is the same as keepId: give two different ids'],
      ['NOT_FOUND', 'No person or organisation with id "nope"'],
      ['BAD_USER_INPUT', 'mergeId: "test-dup-asanov-b" (Person) and "dpi" (Organisation): only two people or two organisations can be merged'],
      ['BAD_USER_INPUT', 'mergeId: "ao-41702205805000" and "ao-41702225873000" govern different territories (41702205805000, 41702225873000): bodies from the classifier are not merged'],
      ['BAD_USER_INPUT', 'mergeId: "test-dup-event-1" (Event) and "test-dup-event-2" (Event): only two people or two organisations can be merged'],
    ]);
  });
});
