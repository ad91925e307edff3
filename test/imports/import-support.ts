import { readFileSync } from 'node:fs';
import type { Params, Row } from '../../server/db/graph-database.js';
import { testDatabase } from '../support/database.js';
import { graphql, graphqlData } from '../support/graphql.js';

/** Helpers for the attendance import tests: fixtures, the two operations, and cleaning up what a test wrote. */
export const fixtureBase64 = (name: string) => readFileSync(new URL(`../fixtures/attendance/${name}`, import.meta.url)).toString('base64');

const resolution = 'status id name score reason chosen candidates { id name score reason }';
export const PREVIEW = `query ($input: AttendanceImportInput!) { previewAttendanceImport(input: $input) {
  fileName format encoding delimiter sheet sheets headerRows eventId newEvent canConfirm
  columns { index letter header field guessed samples }
  problems { row column field message }
  summary { rows create match ambiguous invalid duplicate skipped newPeople newOrganisations newPositions newParticipations }
  rows { row status name position organisationText gender phone role duplicateOf alreadyRecorded warnings
    errors { row column columnIndex field message }
    person { ${resolution} } organisation { ${resolution} } }
} }`;

export const CONFIRM = `mutation ($input: AttendanceImportInput!) { confirmAttendanceImport(input: $input) {
  event { id date nameEn }
  summary { rows create match ambiguous invalid duplicate skipped newPeople newOrganisations newPositions newParticipations }
  createdPersonIds createdOrganisationIds createdPositionIds createdParticipationIds
} }`;

export const query = (text: string, params: Params = {}): Promise<Row[]> => testDatabase().runStatement('imports.test', text, params);

/** Counts of every node and relationship: "nothing was written" means these do not change. */
export async function graphCounts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await query('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships');
  return { nodes: Number(row!.nodes), relationships: Number(row!.relationships) };
}

/** Everything about one event and the stakeholders recorded at it, to compare before and after a repeated import. */
export async function eventSnapshot(eventId: string): Promise<string> {
  const rows = await query(
    `MATCH (e:Event {id: $eventId})<-[r:PARTICIPATED_IN]-(p)
     OPTIONAL MATCH (p)-[h:HOLDS_POSITION]->(o)
     WITH e, r, p, h, o ORDER BY h.id
     WITH e, r, p, collect([properties(h), o.id]) AS posts ORDER BY p.id
     RETURN properties(e) AS event, collect([properties(r), properties(p), posts]) AS people`,
    { eventId },
  );
  return JSON.stringify(rows);
}

/** Creates an event of no phase for a test (so engagement counts of other tests do not move). */
export async function createTestEvent(id: string, date = '2024-03-14'): Promise<string> {
  await query(`CREATE (:Entity:Event {id: $id, kind: 'SEMINAR', date: date($date), nameEn: $id, aliases: [], searchText: $id})`, { id, date });
  return id;
}

/** What a test created, removed after it: nodes by id (with their relationships), posts on seeded people, audit entries. */
export class Cleanup {
  private readonly nodes = new Set<string>();
  private readonly posts = new Set<string>();

  track(result: { createdPersonIds?: string[]; createdOrganisationIds?: string[]; createdPositionIds?: string[]; event?: { id: string } }): void {
    for (const id of [...(result.createdPersonIds ?? []), ...(result.createdOrganisationIds ?? [])]) this.nodes.add(id);
    for (const id of result.createdPositionIds ?? []) this.posts.add(id);
    if (result.event) this.nodes.add(result.event.id);
  }

  node(id: string): void {
    this.nodes.add(id);
  }

  async run(): Promise<void> {
    await query('MATCH ()-[r:HOLDS_POSITION]->() WHERE r.id IN $ids DELETE r', { ids: [...this.posts] });
    await query('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: [...this.nodes] });
    await query('MATCH (c:Change) WHERE c.entityId IN $ids DELETE c', { ids: [...this.nodes] });
    this.nodes.clear();
    this.posts.clear();
  }
}

/** The tests written before messages had a language read them in English; the language is Russian by default. */
export const inEnglish = (input: Record<string, unknown>) => ({ language: 'EN', ...input });

export async function confirm(input: Record<string, unknown>, cleanup: Cleanup) {
  const data = await graphqlData(CONFIRM, { input: inEnglish(input) });
  cleanup.track(data.confirmAttendanceImport);
  return data.confirmAttendanceImport;
}

export async function preview(input: Record<string, unknown>) {
  return (await graphqlData(PREVIEW, { input: inEnglish(input) })).previewAttendanceImport;
}

export { graphql, graphqlData };
