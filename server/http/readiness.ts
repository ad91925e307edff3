import type { Request, Response } from 'express';
import type { GraphDatabase } from '../db/graph-database.js';
import type { DatabaseProcessStatus } from '../db/supervised-neo4j.js';

/**
 * `/readyz`: 200 `{ status: 'ready', restarts }` when Neo4j answers, else 503 `{ status: 'unavailable', reason,
 * restarts }`. `restarts` counts restarts of the embedded Neo4j since this process started (0 for an external
 * Neo4j, which this process does not run). While the embedded JVM is down or being restarted the answer is 503
 * at once, without waiting for a connection attempt to fail.
 */
export function readinessHandler(db: GraphDatabase, databaseProcess?: () => DatabaseProcessStatus) {
  return async (_request: Request, response: Response): Promise<void> => {
    const neo4jProcess = databaseProcess?.();
    const restarts = neo4jProcess?.restarts ?? 0;
    const unavailable = (reason: string) => {
      response.status(503).json({ status: 'unavailable', reason, restarts });
    };
    if (neo4jProcess && neo4jProcess.state !== 'running') {
      unavailable(neo4jProcess.state === 'restarting' ? 'the embedded Neo4j stopped and is being restarted' : 'the embedded Neo4j is stopped');
      return;
    }
    try {
      await db.verifyConnectivity();
      response.json({ status: 'ready', restarts });
    } catch {
      unavailable('Neo4j is not reachable');
    }
  };
}
