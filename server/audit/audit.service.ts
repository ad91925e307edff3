import { cypherInt } from '../db/values.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';
import { changeFromRow } from './audit.js';
import type { Change } from './change.type.js';

export const maxChanges = 500;

/** The latest changes concerning a node (also after it was deleted), newest first; batched per request. */
export async function changesOf(loaders: BatchLoaders, entityId: string, first: number): Promise<Change[]> {
  const rows = await loaders.many<Record<string, unknown>>('audit/by-entity', entityId, { first: cypherInt(Math.min(Math.max(first, 1), maxChanges)) });
  return rows.map(changeFromRow);
}
