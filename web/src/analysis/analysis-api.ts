/** Typed calls for the analysis view: the named analyses, running one, and the read-only Cypher console. */
import type { GraphQLClient } from '../api/client.js';
import type { ApiGraph } from '../shaping/graph.js';

export type ParameterType = 'DATE' | 'ID' | 'INTEGER' | 'STRING';

export interface AnalysisParameter {
  name: string;
  type: ParameterType;
  required: boolean;
  description: string;
  defaultValue: unknown;
  min: number | null;
  max: number | null;
  allowedValues: string[] | null;
  /** For ID parameters: PHASE, PROGRAMME, TERRITORY or STAKEHOLDER. */
  refersTo?: string | null;
}

export interface AnalysisDefinition {
  name: string;
  title: string;
  description: string;
  columns: string[];
  parameters: AnalysisParameter[];
}

/** Something Neo4j noticed about a console statement (an unknown label…), with where it points. */
export interface QueryNotification {
  code: string;
  gqlStatus: string | null;
  severity: string;
  subject: string | null;
  description: string;
  line: number | null;
  column: number | null;
}

/** Why a named analysis returned fewer rows than asked. */
export interface RowShortfall {
  code: string;
  asked: number;
  returned: number;
  withoutFilter: number | null;
}

/** Rows of an analysis or a query, and the nodes and relationships among them where there are any. */
export interface TabularResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: ApiGraph | null;
  notifications?: QueryNotification[] | null;
  shortfall?: RowShortfall | null;
}

/** What the Cypher console may ask for (the API's own limits). */
export const ROW_LIMIT = { default: 1000, max: 10_000 } as const;

export const ANALYSES = /* GraphQL */ `
  query Analyses {
    analyses { name title description columns parameters { name type required description defaultValue min max allowedValues refersTo } }
  }
`;

const RESULT_FIELDS = `columns rows graph { truncated nodes { id entityType kind nameRu nameEn } edges { id type source target properties } }`;

export const RUN_ANALYSIS = /* GraphQL */ `
  query RunAnalysis($name: String!, $parameters: JSONObject) {
    runAnalysis(name: $name, parameters: $parameters) { ${RESULT_FIELDS} shortfall { code asked returned withoutFilter } }
  }
`;

export const RUN_CYPHER = /* GraphQL */ `
  query RunCypher($query: String!, $parameters: JSONObject, $rowLimit: Int!) {
    runCypher(query: $query, parameters: $parameters, rowLimit: $rowLimit) {
      ${RESULT_FIELDS} notifications { code gqlStatus severity subject description line column }
    }
  }
`;

export async function fetchAnalyses(client: GraphQLClient): Promise<AnalysisDefinition[]> {
  return (await client.request<{ analyses: AnalysisDefinition[] }>(ANALYSES)).analyses;
}

export async function runAnalysis(client: GraphQLClient, name: string, parameters: Record<string, unknown>): Promise<TabularResult> {
  return (await client.request<{ runAnalysis: TabularResult }>(RUN_ANALYSIS, { name, parameters })).runAnalysis;
}

export async function runCypher(client: GraphQLClient, query: string, parameters: Record<string, unknown>, rowLimit: number): Promise<TabularResult> {
  return (await client.request<{ runCypher: TabularResult }>(RUN_CYPHER, { query, parameters, rowLimit })).runCypher;
}

export interface SchemaProperty {
  key: string;
  count: number;
}

/** What the graph holds, for the schema panel and the console's completion. */
export interface GraphSchema {
  labels: { label: string; nodes: number; properties: SchemaProperty[] }[];
  relationshipTypes: { type: string; relationships: number; properties: SchemaProperty[] }[];
}

export const GRAPH_SCHEMA = /* GraphQL */ `
  query GraphSchema {
    graphSchema { labels { label nodes properties { key count } } relationshipTypes { type relationships properties { key count } } }
  }
`;

export async function fetchGraphSchema(client: GraphQLClient): Promise<GraphSchema> {
  return (await client.request<{ graphSchema: GraphSchema }>(GRAPH_SCHEMA)).graphSchema;
}
