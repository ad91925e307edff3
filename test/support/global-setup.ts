import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { GraphDatabase } from '../../server/db/graph-database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, freeLoopbackPort } from '../../server/db/embedded-neo4j.js';
import { applySchema } from '../../server/db/migrate.js';
import { seedDatabase } from '../../server/seed/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}


let neo4jServer: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

/**
 * Every test run gets a real Neo4j of its own: a fresh embedded server in a temporary folder,
 * with the schema applied and the real seed loaded. TEST_NEO4J_URI points the tests at another
 * (disposable!) database instead, e.g. the Docker one.
 */
export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.TEST_NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'aimak-test-neo4j-'));
    neo4jServer = await startEmbeddedNeo4j({ port: await freeLoopbackPort(), dataDir, heap: '1g', pageCache: '256m' });
    uri = neo4jServer.uri;
  }
  const db = GraphDatabase.connect(
    { uri, user: process.env.TEST_NEO4J_USER ?? 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '', database: undefined },
    { transactionTimeoutMs: 60_000 },
  );
  try {
    await applySchema(db);
    await seedDatabase(db);
  } finally {
    await db.close();
  }
  project.provide('neo4jUri', uri);
}

export async function teardown(): Promise<void> {
  await neo4jServer?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
