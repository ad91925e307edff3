import type { Graph, GraphEdge, GraphNode } from '../common/graph.type.js';
import type { NamedEntity } from '../common/named-entity.type.js';
import { entityOf, type ProjectedEntity } from '../common/projected-entity.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import { NotFoundError } from '../errors.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';
import { fulltextQuery } from '../search/search-text.js';
import type { NeighbourhoodArgs, SearchArgs, ShortestPathArgs } from './graph.input.js';
import type { SearchHit } from './graph.type.js';

/** Hits whose entities carry `fields` (the properties the request selects) besides id and entityType. */
export async function search(db: GraphDatabase, args: SearchArgs, fields: readonly string[]): Promise<SearchHit[]> {
  const query = fulltextQuery(args.text);
  if (!query) return [];
  const rows = await db.read('graph/search', { query, types: args.types?.length ? args.types : null, first: cypherInt(args.first), fields });
  return searchHitsOf(rows, fields);
}

/** `graph/search` rows as hits (shared with the benchmark's bare-driver handler). */
export function searchHitsOf(rows: readonly Record<string, unknown>[], fields: readonly string[]): SearchHit[] {
  return rows.map((row) => ({ entity: entityOf(row.entity as ProjectedEntity, fields), score: Number(row.score) }));
}

async function requireNode(loaders: BatchLoaders, id: string, field: string): Promise<NamedEntity> {
  const node = await loaders.one<NamedEntity>('common/nodes-by-ids', id);
  if (!node) throw new NotFoundError('node', id, field);
  return node;
}

function graphNodeOf(entity: NamedEntity & { kind?: string; level?: string }): GraphNode {
  return { id: entity.id, entityType: entity.entityType, kind: entity.kind ?? entity.level ?? null, nameRu: entity.nameRu, nameEn: entity.nameEn, distance: 0 };
}

export async function neighbourhood(db: GraphDatabase, loaders: BatchLoaders, args: NeighbourhoodArgs): Promise<Graph> {
  const [row] = await db.read('graph/neighbourhood', { id: args.id, depth: cypherInt(args.depth), limit: cypherInt(args.limit) });
  if (!row) {
    await requireNode(loaders, args.id, 'id');
    return { nodes: [], edges: [], truncated: false };
  }
  return { nodes: row.nodes as GraphNode[], edges: row.edges as GraphEdge[], truncated: row.truncated === true };
}

/** One shortest path; an empty graph when the two nodes are not connected. */
export async function shortestPath(db: GraphDatabase, loaders: BatchLoaders, args: ShortestPathArgs): Promise<Graph> {
  const [from, to] = await Promise.all([requireNode(loaders, args.fromId, 'fromId'), requireNode(loaders, args.toId, 'toId')]);
  if (from.id === to.id) return { nodes: [graphNodeOf(from)], edges: [], truncated: false };
  const [row] = await db.read('graph/shortest-path', { fromId: args.fromId, toId: args.toId });
  if (!row) return { nodes: [], edges: [], truncated: false };
  const nodes = (row.nodes as GraphNode[]).map((node, distance) => ({ ...node, distance }));
  return { nodes, edges: row.edges as GraphEdge[], truncated: false };
}
