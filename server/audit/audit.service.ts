import type { GraphDatabase } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';
import { changeFromRow } from './audit.js';
import type { Change } from './change.type.js';

export const maxChanges = 500;

/** What one request changed (empty when it changed nothing). */
export async function changesOfRequest(db: GraphDatabase, requestId: string): Promise<Change[]> {
  const [row] = await db.read('audit/by-request', { requestId });
  return ((row?.items as Record<string, unknown>[] | undefined) ?? []).map(changeFromRow);
}

/** The latest changes concerning a node (also after it was deleted), newest first; batched per request. */
export async function changesOf(loaders: BatchLoaders, entityId: string, first: number): Promise<Change[]> {
  const rows = await loaders.many<Record<string, unknown>>('audit/by-entity', entityId, { first: cypherInt(Math.min(Math.max(first, 1), maxChanges)) });
  return rows.map(changeFromRow);
}
