/**
 * The app alone in a process of its own for scripts/load-edge/run.ts, configured like `npm start` from the
 * environment (NODE_ENV chooses the mode), on an already seeded Neo4j (LOAD_EDGE_NEO4J_URI).
 */
import 'reflect-metadata';
import { authSettings } from '../../server/auth/credentials.js';
import { readConfig } from '../../server/config/config.js';
import { GraphDatabase } from '../../server/db/graph-database.js';
import { startApp } from '../../server/http/app.js';

const config = readConfig();
const db = GraphDatabase.connect({ uri: process.env.LOAD_EDGE_NEO4J_URI!, user: 'neo4j', password: '', database: undefined }, { transactionTimeoutMs: config.transactionTimeoutMs });
const app = await startApp(db, { ...config.http, port: 0, production: config.production, auth: authSettings(config.auth) });
process.send?.({ type: 'ready', url: app.url });
process.on('message', (message: { type: string }) => {
  if (message.type !== 'stop') return;
  void (async () => {
    await app.stop();
    await db.close();
    process.exit(0);
  })();
});
