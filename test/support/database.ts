import { afterAll, inject } from 'vitest';
import { GraphDatabase } from '../../server/db/graph-database.js';

let shared: GraphDatabase | undefined;

// Registered when a test file imports this module (each file gets its own copy), so it runs after the file.
afterAll(async () => {
  await shared?.close();
  shared = undefined;
});

/** The test run's real Neo4j (started by global-setup): one driver per test file, closed after the file. */
export function testDatabase(): GraphDatabase {
  shared ??= GraphDatabase.connect(
    { uri: inject('neo4jUri'), user: process.env.TEST_NEO4J_USER ?? 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '', database: undefined },
    { transactionTimeoutMs: 30_000 },
  );
  return shared;
}
