import { randomUUID } from 'node:crypto';
import type { GraphDatabase } from '../db/graph-database.js';
import { BatchLoaders } from './batch-loaders.js';

export interface GraphQLContext {
  requestId: string;
  /** The database view for this request (counts its Cypher round trips). */
  db: GraphDatabase;
  loaders: BatchLoaders;
}

export function createContext(db: GraphDatabase, requestId: string = randomUUID()): GraphQLContext {
  const requestDb = db.forRequest(requestId);
  return { requestId, db: requestDb, loaders: new BatchLoaders(requestDb) };
}
