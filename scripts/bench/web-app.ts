/**
 * The app on a throwaway embedded Neo4j with the seed data, for the scripts that open the web view in Chromium
 * (`npm run screenshots`, `npm run bench:web`). Returns its URL and how to stop everything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayApp {
  url: string;
  /** A sign-in token of an administrator, who sees every view. */
  adminToken: string;
  stop(): Promise<void>;
}

export async function startThrowawayApp(): Promise<ThrowawayApp> {
  // The server's request log is not wanted here; it reads LOG_LEVEL when first loaded.
  process.env.LOG_LEVEL ??= 'warn';
  const { authSettings, signToken } = await import('../../server/auth/credentials.js');
  const { Role } = await import('../../server/auth/roles.js');
  const { startEmbeddedNeo4j, freeLoopbackPort } = await import('../../server/db/embedded-neo4j.js');
  const { GraphDatabase } = await import('../../server/db/graph-database.js');
  const { applySchema } = await import('../../server/db/migrate.js');
  const { startApp } = await import('../../server/http/app.js');
  const { seedDatabase } = await import('../../server/seed/seed.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'aimak-web-'));
  const neo4j = await startEmbeddedNeo4j({ port: await freeLoopbackPort(), dataDir, heap: '1g', pageCache: '256m' });
  const db = GraphDatabase.connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: undefined }, { transactionTimeoutMs: 60_000 });
  await applySchema(db);
  await seedDatabase(db);
  const auth = authSettings({ production: false });
  const app = await startApp(db, { host: '127.0.0.1', port: 0, production: false, auth });
  return {
    url: app.url,
    adminToken: await signToken(auth, 'web-scripts', Role.ADMIN),
    stop: async () => {
      await app.stop();
      await db.close();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
