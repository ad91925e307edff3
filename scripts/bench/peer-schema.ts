// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * The peer: the same graph behind `@neo4j/graphql` 7, the library most teams would reach for. Types map the
 * service's labels and relationships one to one (`@node`, `@relationship`, relationship properties), so the
 * generated API reads exactly the nodes our service reads.
 *
 * What the generated API cannot say is written the way its documentation says to: a `@cypher` field.
 * - search ranks every kind of node together from one full-text index (generated `@fulltext` queries are
 *   one per type);
 * - neighbourhood is a breadth-first walk over every relationship type;
 * - engagement needs `PART_OF*0..4` and a join on the `representingId` property.
 * Those `@cypher` fields run our own Cypher files (read from cypher/queries), wrapped only to return one column
 * and, where our server shapes results in TypeScript (graph levels, the summary per rayon), to do that shaping
 * in Cypher.
 */
import { GraphQLJSONObject } from 'graphql-scalars';
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

const cypher = (name: string) => readFileSync(new URL(`../../cypher/queries/${name}.cypher`, import.meta.url), 'utf8');
/** A Cypher text inside a GraphQL block string: only `"""` and backslashes need escaping. */
const block = (text: string) => text.replace(/\\/g, '\\\\').replace(/"""/g, '\\"""');

/** graph/search.cypher with its two columns returned as one map. */
export function peerSearchStatement(): string {
  const text = cypher('graph/search');
  const returnAt = text.lastIndexOf('RETURN {id: node.id');
  if (returnAt < 0) throw new Error('graph/search.cypher changed: update scripts/bench/peer-schema.ts');
  return `${text.slice(0, returnAt)}RETURN {entity: node {.id, .nameRu, .nameEn, entityType: entityType}, score: score} AS hit\nORDER BY score DESC, node.id\nLIMIT $first`;
}

/** graph/neighbourhood.cypher (dedupe, limit and edge filter are done in Cypher) with its columns as one map. */
export function peerNeighbourhoodStatement(): string {
  return `CALL () {
${cypher('graph/neighbourhood')}
}
RETURN {nodes: nodes, edges: edges, truncated: truncated} AS graph`;
}

/** engagement/municipalities.cypher, only the municipalities not engaged, one map per row with its rayon and oblast put back. */
export function peerUnengagedStatement(): string {
  return `CALL () {
${cypher('engagement/municipalities')}
}
UNWIND municipalities AS row
WITH row, units WHERE NOT row.engaged
RETURN row {.*, rayon: [unit IN units WHERE unit.id = row.rayonId][0], oblast: [unit IN units WHERE unit.id = row.oblastId][0]} AS row`;
}

/** engagement/summary.cypher, one unit per row. */
export function peerEngagementSummaryStatement(): string {
  return `CALL () {
${cypher('engagement/summary')}
}
UNWIND units AS row
RETURN row`;
}

export function peerTypeDefs(): string {
  return /* GraphQL */ `
scalar JSONObject

type Territory @node {
  id: ID!
  nameRu: String
  nameEn: String
  nameKy: String
  aliases: [String!]
  level: String
  soate: String
  cityStatus: String
  parent: [Territory!]! @relationship(type: "PART_OF", direction: OUT)
  children: [Territory!]! @relationship(type: "PART_OF", direction: IN)
  governedBy: [Organisation!]! @relationship(type: "GOVERNS", direction: IN)
}

type Organisation @node {
  id: ID!
  nameRu: String
  nameEn: String
  nameKy: String
  aliases: [String!]
  kind: String
  source: String
  territory: [Territory!]! @relationship(type: "GOVERNS", direction: OUT)
  staff: [Person!]! @relationship(type: "HOLDS_POSITION", direction: IN, properties: "Position")
  participations: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
  hosted: [Event!]! @relationship(type: "HOSTED", direction: OUT)
  partnerIn: [Phase!]! @relationship(type: "PARTNER_IN", direction: OUT)
}

type Person @node {
  id: ID!
  nameRu: String
  nameEn: String
  nameKy: String
  aliases: [String!]
  gender: String
  positions: [Organisation!]! @relationship(type: "HOLDS_POSITION", direction: OUT, properties: "Position")
  participations: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
}

union Stakeholder = Person | Organisation

type Participation @relationshipProperties {
  id: ID!
  role: String!
  representingId: ID
}

type Position @relationshipProperties {
  id: ID!
  kind: String
  title: String
  titleRu: String
  from: Date
  to: Date
}

type Event @node {
  id: ID!
  nameRu: String
  nameEn: String
  nameKy: String
  aliases: [String!]
  kind: String
  date: Date
  placeRu: String
  placeEn: String
  reportedParticipantCount: Int
  phase: [Phase!]! @relationship(type: "IN_PHASE", direction: OUT)
  heldIn: [Territory!]! @relationship(type: "HELD_IN", direction: OUT)
  hosts: [Organisation!]! @relationship(type: "HOSTED", direction: IN)
  participants: [Stakeholder!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
}

type Phase @node {
  id: ID!
  nameRu: String
  nameEn: String
  number: Int
  startDate: Date
  endDate: Date
  events: [Event!]! @relationship(type: "IN_PHASE", direction: IN)
}

type EntityRef {
  id: ID!
  entityType: String
  nameRu: String
  nameEn: String
  kind: String
  soate: String
}

type SearchHit {
  score: Float!
  entity: EntityRef!
}

type GraphNode {
  id: ID!
  entityType: String!
  kind: String
  nameRu: String
  nameEn: String
  distance: Int
}

type GraphEdge {
  id: ID!
  type: String!
  source: ID!
  target: ID!
  properties: JSONObject
}

type Graph {
  nodes: [GraphNode!]!
  edges: [GraphEdge!]!
  truncated: Boolean!
}

type MunicipalityEngagement {
  municipality: EntityRef!
  territory: EntityRef!
  rayon: EntityRef
  oblast: EntityRef
  engaged: Boolean!
  partner: Boolean!
  tookPartInEvent: Boolean!
}

type EngagementSummaryRow {
  territory: EntityRef!
  total: Int!
  engaged: Int!
  notEngaged: Int!
  share: Float!
}

type Query {
  search(query: String!, types: [String!], first: Int!): [SearchHit!]!
    @cypher(statement: """${block(peerSearchStatement())}""", columnName: "hit")
  neighbourhood(id: ID!, depth: Int!, limit: Int!): Graph
    @cypher(statement: """${block(peerNeighbourhoodStatement())}""", columnName: "graph")
  unengagedMunicipalities(phaseId: ID!, territoryId: ID!, since: String): [MunicipalityEngagement!]!
    @cypher(statement: """${block(peerUnengagedStatement())}""", columnName: "row")
  engagementSummary(phaseId: ID!, territoryId: ID!, since: String, groupBy: String = "RAYON"): [EngagementSummaryRow!]!
    @cypher(statement: """${block(peerEngagementSummaryStatement())}""", columnName: "row")
}
`;
}

export async function peerSchema(driver: Driver): Promise<GraphQLSchema> {
  const neo = new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver, resolvers: { JSONObject: GraphQLJSONObject } });
  return neo.getSchema();
}
