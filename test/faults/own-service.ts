import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authSettings, signToken } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { freeLoopbackPort } from '../../server/db/embedded-neo4j.js';
import { GraphDatabase } from '../../server/db/graph-database.js';
import { applySchema } from '../../server/db/migrate.js';
import { startSupervisedNeo4j, type SupervisedNeo4j, type SupervisionLog } from '../../server/db/supervised-neo4j.js';
import { startApp, type RunningApp } from '../../server/http/app.js';

/**
 * A whole service of its own for fault tests: a supervised embedded Neo4j in a temporary folder, a driver and
 * the HTTP app, so killing this Neo4j never touches the test run's shared database.
 */
export interface OwnService {
  neo4j: SupervisedNeo4j;
  db: GraphDatabase;
  app: RunningApp;
  /** What the supervisor logged, in order. */
  supervisionLog: { level: 'error' | 'info'; message: string; fields: Record<string, unknown> }[];
  /**
   * POSTs one GraphQL operation as the given role (signed token); resolves to the parsed JSON body, with
   * `requestId`: the id the server made for the request (its x-request-id answer header), which keys the audit trail.
   */
  graphql(role: Role, query: string, variables?: Record<string, unknown>, clientRequestId?: string): Promise<any>;
  close(): Promise<void>;
}

export async function startOwnService(options: { heap?: string } = {}): Promise<OwnService> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aimak-fault-'));
  const supervisionLog: OwnService['supervisionLog'] = [];
  const log: SupervisionLog = {
    error: (fields, message) => supervisionLog.push({ level: 'error', message, fields }),
    info: (fields, message) => supervisionLog.push({ level: 'info', message, fields }),
  };
  const neo4j = await startSupervisedNeo4j({ port: await freeLoopbackPort(), dataDir, pageCache: '64m', heap: options.heap ?? '1g' }, { log });
  const db = GraphDatabase.connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: undefined }, { transactionTimeoutMs: 10_000, retryTimeMs: 2_000 });
  await applySchema(db);
  const auth = authSettings({ production: false });
  const app = await startApp(db, { host: '127.0.0.1', port: 0, production: false, auth, databaseProcess: () => neo4j.status() });
  const tokens = new Map<Role, string>();
  for (const role of Object.values(Role)) tokens.set(role, await signToken(auth, `fault-${role}`, role));

  return {
    neo4j,
    db,
    app,
    supervisionLog,
    async graphql(role, query, variables = {}, clientRequestId) {
      const response = await fetch(`${app.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(role)}`, ...(clientRequestId ? { 'x-request-id': clientRequestId } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await response.json()) as object), requestId: response.headers.get('x-request-id') };
    },
    async close() {
      await app.stop();
      await db.close();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** True while a process with this id exists. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
