import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { existsSync } from 'node:fs';
import express from 'express';
import { principalOf, type AuthSettings } from '../auth/credentials.js';
import { TokenRevocations } from '../auth/token-revocations.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { createApolloServer } from '../graphql/apollo.js';
import { createContext } from '../graphql/context.js';
import { projectPath } from '../common/project-root.js';

export interface RunningApp {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** The built web view (`npm run build:web`), served on the same port as the API. */
export const webDist = projectPath('web', 'dist');

/** The HTTP side: the web view at `/`, `/graphql`, `/healthz` (process alive) and `/readyz` (Neo4j reachable). */
/**
 * A caller's own `x-request-id` when it is a plausible one: kept for correlation only (logged and recorded as
 * clientRequestId). It need not be unique, so the audit trail is keyed by an id the server makes.
 */
function clientRequestIdOf(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{8,100}$/.test(value) ? value : undefined;
}

export interface AppOptions {
  host: string;
  port: number;
  production: boolean;
  auth: AuthSettings;
}

export async function startApp(db: GraphDatabase, options: AppOptions): Promise<RunningApp> {
  const app = express();
  const server = createServer(app);
  const apollo = await createApolloServer({
    production: options.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })],
  });
  await apollo.start();
  const revocations = new TokenRevocations(db);

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    try {
      await db.verifyConnectivity();
      response.json({ status: 'ready' });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'Neo4j is not reachable' });
    }
  });
  app.use(
    '/graphql',
    // Attendance sheets (≤ 5 MB) arrive base64-encoded inside the request.
    express.json({ limit: '8mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(db, {
          requestId: randomUUID(),
          clientRequestId: clientRequestIdOf(req.headers['x-request-id']),
          principal: await principalOf(req.headers, options.auth, revocations),
        }),
    }),
  );

  if (existsSync(webDist)) app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://${options.host}:${port}/`,
    stop: () => apollo.stop(),
  };
}
