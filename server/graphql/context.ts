import { randomUUID } from 'node:crypto';
import type { GraphDatabase } from '../db/graph-database.js';
import { BatchLoaders } from './batch-loaders.js';

export interface GraphQLContext {
  requestId: string;
  /** Who the request acts for, recorded in the audit trail. */
  actor: string;
  /** The database view for this request (counts its Cypher round trips). */
  db: GraphDatabase;
  loaders: BatchLoaders;
}

export function createContext(db: GraphDatabase, options: { requestId?: string; actor?: string } = {}): GraphQLContext {
  const requestId = options.requestId ?? randomUUID();
  const actor = options.actor ?? 'anonymous';
  const requestDb = db.forRequest(requestId, actor);
  return { requestId, actor, db: requestDb, loaders: new BatchLoaders(requestDb) };
}
