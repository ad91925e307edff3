import { afterAll, inject } from 'vitest';
import { GraphDatabase } from '../../server/db/graph-database.js';

let shared: GraphDatabase | undefined;

/** The test run's real Neo4j (started by global-setup), one driver per test file, closed after the file. */
export function testDatabase(): GraphDatabase {
  if (!shared) {
    const db = GraphDatabase.connect(
      { uri: inject('neo4jUri'), user: process.env.TEST_NEO4J_USER ?? 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '', database: undefined },
      { transactionTimeoutMs: 30_000 },
    );
    shared = db;
    afterAll(async () => {
      await db.close();
      shared = undefined;
    });
  }
  return shared;
}
