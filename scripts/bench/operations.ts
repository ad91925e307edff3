/**
 * The five benchmarked questions, each asked three ways with the same inputs:
 * - ours: the service's GraphQL API (`POST /graphql`);
 * - bare: the same Cypher files, in the same order, through the bare neo4j-driver behind a tiny HTTP handler
 *   (`POST /op/<name>`), with the same TypeScript shaping our services do and nothing else: the floor;
 * - peer: the same question through `@neo4j/graphql` (scripts/bench/peer-schema.ts).
 */
import 'reflect-metadata';
import neo4j, { type Driver } from 'neo4j-driver';
import { namedQuery } from '../../server/db/cypher-files.js';
import { toPlain } from '../../server/db/values.js';
import type { GraphEdge, GraphNode } from '../../server/common/graph.type.js';
import { fulltextQuery } from '../../server/search/search-text.js';
import type { BenchInputs } from './generate-national.js';
import { withUnits } from '../../server/engagement/engagement.service.js';
import { eventDetailOf, type RawEventDetail } from '../../server/events/event-detail.js';
import { searchHitsOf } from '../../server/graph/graph.service.js';

export type Variables = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface Operation {
  name: string;
  title: string;
  /** The GraphQL operation name of both documents: the `operation` of our server's log lines. */
  operationName: string;
  /** Our GraphQL document. */
  ours: string;
  peer: string;
  /** One entry per distinct request; clients cycle through them. */
  inputs: Variables[];
  /** Peer variables for an input (the peer takes a Lucene query rather than text, for one). */
  peerVariables?: (input: Variables) => Variables;
  /** The bare-driver answer: the same Cypher files as our resolvers, in the same order. */
  bare: (run: BareRunner, input: Variables) => Promise<unknown>;
  /** Cypher round trips the bare handler makes per request (by construction). */
  bareRoundTrips: number;
  /** A number that must agree between the three answers (result rows, participants…). */
  size: (answer: unknown, target: 'ours' | 'bare' | 'peer') => number;
}

/** Runs one named query from cypher/queries (as our GraphDatabase.read does), returning plain rows. */
export type BareRunner = (queryName: string, params: Variables) => Promise<Row[]>;

export function bareRunner(driver: Driver): BareRunner {
  return async (queryName, params) => {
    const result = await driver.executeQuery(namedQuery(queryName), params, { routing: neo4j.routing.READ });
    return result.records.map((record) => Object.fromEntries(record.keys.map((key) => [String(key), toPlain(record.get(key))])));
  };
}

const int = (value: unknown) => neo4j.int(Number(value));
const path = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Row)[k] : undefined), value);
const length = (value: unknown) => (Array.isArray(value) ? value.length : -1);

/** `common/nodes-by-ids` for the ids, as the request's DataLoader sends them: one round trip. */
async function nodesByIds(run: BareRunner, ids: string[]): Promise<Map<string, Row>> {
  const rows = await run('common/nodes-by-ids', { ids });
  return new Map(rows.map((row) => [String(row.id), ((row.items as Row[]) ?? [])[0]!]));
}

/** An engagement statement: one row with the scope check and the list, as ours sends it. */
async function scopedList(run: BareRunner, input: Variables, queryName: string, listColumn: string, extra: Record<string, unknown> = {}): Promise<Row[]> {
  const [row] = await run(queryName, { phaseId: input.phaseId, territoryId: input.territoryId, since: input.since ?? null, ...extra });
  if (!row?.phaseFound || !row.territoryFound) throw new Error('bad scope');
  return row[listColumn] as Row[];
}

export function operations(inputs: BenchInputs): Operation[] {
  const searchTexts = ['Jeti-Oguz', 'Mambetova', inputs.personNameRu, inputs.eventWordsEn];
  return [
    {
      name: 'search',
      operationName: 'BenchSearch',
      title: `search (${searchTexts.map((t) => `"${t}"`).join(', ')}), first 20`,
      ours: `query BenchSearch($text: String!) { search(text: $text, first: 20) { score entity { __typename id nameRu nameEn } } }`,
      peer: `query BenchSearch($query: String!) { search(query: $query, first: 20) { score entity { entityType id nameRu nameEn } } }`,
      inputs: searchTexts.map((text) => ({ text })),
      peerVariables: (input) => ({ query: fulltextQuery(String(input.text)) }),
      bare: async (run, input) => {
        const query = fulltextQuery(String(input.text));
        if (!query) return [];
        const fields = ['id', 'nameRu', 'nameEn'];
        return searchHitsOf(await run('graph/search', { query, types: null, first: int(20), fields }), fields);
      },
      bareRoundTrips: 1,
      size: (answer, target) => length(target === 'bare' ? answer : path(answer, 'data', 'search')),
    },
    {
      name: 'neighbourhood',
      operationName: 'BenchNeighbourhood',
      title: `neighbourhood of ${inputs.personId} (a municipal employee, ${inputs.personParticipations} events), depth 2, limit 500`,
      ours: `query BenchNeighbourhood($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 500) { truncated nodes { id entityType kind nameRu nameEn distance } edges { id type source target properties } } }`,
      peer: `query BenchNeighbourhood($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 500) { truncated nodes { id entityType kind nameRu nameEn distance } edges { id type source target properties } } }`,
      inputs: [{ id: inputs.personId }],
      bare: async (run, input) => {
        const [row] = await run('graph/neighbourhood', { id: input.id, depth: int(2), limit: int(500) });
        if (!row) throw new Error('no such node');
        return { nodes: row.nodes, edges: row.edges, truncated: row.truncated };
      },
      bareRoundTrips: 1,
      size: (answer, target) => length(path(target === 'bare' ? answer : path(answer, 'data', 'neighbourhood'), 'nodes')),
    },
    {
      name: 'event',
      operationName: 'BenchEvent',
      title: `event ${inputs.eventId} with its 40 participants, phase and place`,
      ours: `query BenchEvent($id: ID!) { event(id: $id) { id nameRu nameEn date kind reportedParticipantCount phase { id nameEn } heldIn { id nameEn }
        participants { id role participant { __typename ... on Person { id nameRu nameEn } ... on Organisation { id nameRu nameEn kind } } representing { id nameRu nameEn } } } }`,
      // The generated API reaches `representing` only as the id stored on the relationship (it is not a relationship).
      peer: `query BenchEvent($id: ID!) { events(where: { id: { eq: $id } }) { id nameRu nameEn date kind reportedParticipantCount phase { id nameEn } heldIn { id nameEn }
        participantsConnection { edges { properties { id role representingId } node { __typename ... on Person { id nameRu nameEn } ... on Organisation { id nameRu nameEn kind } } } } } }`,
      inputs: [{ id: inputs.eventId }],
      bare: async (run, input) => {
        const id = String(input.id);
        // The event with its phase, place, hosts and participants: the one query our resolver sends, with the
        // participant properties the GraphQL document selects.
        const participantFields = ['id', 'nameRu', 'nameEn', 'kind'];
        const [row] = await run('event/detail', { ids: [id], participantFields });
        const raw = (row?.items as RawEventDetail[] | undefined)?.[0];
        if (!raw) throw new Error('no such event');
        const detail = eventDetailOf(raw, participantFields);
        return { ...detail.event, phase: detail.phase, heldIn: detail.heldIn, participants: detail.participants };
      },
      bareRoundTrips: 1,
      size: (answer, target) =>
        target === 'bare'
          ? length(path(answer, 'participants'))
          : target === 'ours'
            ? length(path(answer, 'data', 'event', 'participants'))
            : length(path((path(answer, 'data', 'events') as unknown[] | undefined)?.[0], 'participantsConnection', 'edges')),
    },
    {
      name: 'unengaged',
      operationName: 'BenchUnengaged',
      title: 'unengaged municipalities of Naryn oblast (41704000000000), phase psi-phase-2',
      ours: `query BenchUnengaged($phaseId: ID!, $territoryId: ID!, $since: LocalDate) { unengagedMunicipalities(phaseId: $phaseId, territoryId: $territoryId, since: $since) {
        totalCount items { municipality { id nameRu nameEn } territory { id nameEn } rayon { id nameEn } oblast { id nameEn } engaged partner tookPartInEvent } } }`,
      peer: `query BenchUnengaged($phaseId: ID!, $territoryId: ID!, $since: String) { unengagedMunicipalities(phaseId: $phaseId, territoryId: $territoryId, since: $since) {
        municipality { id nameRu nameEn } territory { id nameEn } rayon { id nameEn } oblast { id nameEn } engaged partner tookPartInEvent } }`,
      inputs: [{ phaseId: 'psi-phase-2', territoryId: '41704000000000', since: null }],
      bare: async (run, input) => {
        const [row] = await run('engagement/municipalities', { phaseId: input.phaseId, territoryId: input.territoryId, since: input.since ?? null });
        if (!row?.phaseFound || !row.territoryFound) throw new Error('bad scope');
        const items = withUnits(row.municipalities as never[], row.units as never[]).filter((municipality) => !municipality.engaged);
        return { totalCount: items.length, items };
      },
      bareRoundTrips: 1,
      size: (answer, target) =>
        target === 'bare' ? length(path(answer, 'items')) : target === 'ours' ? length(path(answer, 'data', 'unengagedMunicipalities', 'items')) : length(path(answer, 'data', 'unengagedMunicipalities')),
    },
    {
      name: 'summary',
      operationName: 'BenchSummary',
      title: 'engagement summary by rayon, Issyk-Kul oblast (41702000000000), phase psi-phase-2 since 2019-08-01',
      ours: `query BenchSummary($phaseId: ID!, $territoryId: ID!, $since: LocalDate) { engagementSummary(phaseId: $phaseId, territoryId: $territoryId, since: $since, groupBy: RAYON) {
        territory { id nameEn } total engaged notEngaged share } }`,
      peer: `query BenchSummary($phaseId: ID!, $territoryId: ID!, $since: String) { engagementSummary(phaseId: $phaseId, territoryId: $territoryId, since: $since) {
        territory { id nameEn } total engaged notEngaged share } }`,
      inputs: [{ phaseId: 'psi-phase-2', territoryId: '41702000000000', since: '2019-08-01' }],
      bare: (run, input) => scopedList(run, input, 'engagement/summary', 'units', { groupBy: 'RAYON' }),
      bareRoundTrips: 1,
      size: (answer, target) => length(target === 'bare' ? answer : path(answer, 'data', 'engagementSummary')),
    },
  ];
}
