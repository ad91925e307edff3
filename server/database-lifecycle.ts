import type { AppConfig } from './config/config.js';
import { GraphDatabase } from './db/graph-database.js';
import { applySchema } from './db/migrate.js';
import { startSupervisedNeo4j, type DatabaseProcessStatus } from './db/supervised-neo4j.js';
import { logger } from './logging/logger.js';

export interface OpenDatabase {
  db: GraphDatabase;
  /** The embedded Neo4j's process state and restart count; undefined for an external Neo4j (NEO4J_URI). */
  databaseProcess?: () => DatabaseProcessStatus;
  /** Closes the driver and stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j, or starts the embedded one when NEO4J_URI is unset (supervised: it is
 * started again if it exits, see server/db/supervised-neo4j.ts), and applies the schema (idempotent).
 */
export async function openDatabase(config: AppConfig, log: (line: string) => void = (line) => logger.info(line)): Promise<OpenDatabase> {
  const embedded = config.externalNeo4j
    ? undefined
    : await startSupervisedNeo4j({ ...config.embeddedNeo4j, log }, { log: logger.child({ component: 'embedded-neo4j' }) });
  const connection = config.externalNeo4j ?? { uri: embedded!.uri, user: 'neo4j', password: '', database: undefined };
  if (embedded) log(`Embedded Neo4j running at ${embedded.uri} (data in ${config.embeddedNeo4j.dataDir})`);
  const db = GraphDatabase.connect(connection, { transactionTimeoutMs: config.transactionTimeoutMs, retryTimeMs: config.retryTimeMs });
  try {
    await db.verifyConnectivity();
    await applySchema(db);
  } catch (error) {
    await db.close();
    await embedded?.stop();
    throw error;
  }
  return {
    db,
    ...(embedded ? { databaseProcess: () => embedded.status() } : {}),
    close: async () => {
      await db.close();
      await embedded?.stop();
    },
  };
}
