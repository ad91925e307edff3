import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { existsSync } from 'node:fs';
import compression from 'compression';
import express from 'express';
import { defaultAccountSettings, type AccountSettings } from '../accounts/account-settings.js';
import { PasswordSignIn, type SignInLimits } from '../accounts/password-sign-in.js';
import { Sessions } from '../accounts/sessions.js';
import { signToken, type AuthSettings } from '../auth/credentials.js';
import type { Principal } from '../auth/roles.js';
import { StoredApiKeys } from '../auth/stored-api-keys.js';
import { TokenRevocations } from '../auth/token-revocations.js';
import type { GraphDatabase } from '../db/graph-database.js';
import type { DatabaseProcessStatus } from '../db/supervised-neo4j.js';
import { createApolloServer } from '../graphql/apollo.js';
import { createContext } from '../graphql/context.js';
import { isLoopbackHost } from '../common/loopback.js';
import { projectPath } from '../common/project-root.js';
import { readinessHandler } from './readiness.js';
import { createLimitedServer, defaultConnectionLimits, type ConnectionLimits } from './connection-limits.js';
import { accountRoutes, refuseCrossSiteRequests } from './account-routes.js';
import { FailedCredentials } from './failed-credentials.js';
import { jsonErrorHandler, notFoundHandler } from './http-errors.js';
import { refusalStatusPlugin } from './refusal-status.js';
import { securityHeaders } from './security-headers.js';
import { webViewFiles } from './static-files.js';

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

export interface AppOptions extends Partial<ConnectionLimits> {
  host: string;
  port: number;
  production: boolean;
  auth: AuthSettings;
  /** The embedded Neo4j's process state and restarts, for /readyz (absent with an external Neo4j). */
  databaseProcess?: () => DatabaseProcessStatus;
  /** Failed credentials one client address may send per window before it gets 429 (default 20 per 60 s). */
  failedSignInLimit?: number;
  failedSignInWindowSeconds?: number;
  /** Express's `trust proxy` (see HttpEdgeSettings.trustedProxies); unset trusts no proxy. */
  trustedProxies?: string;
  /** Link and session lifetimes, and whether the session cookie is Secure (server/accounts/). */
  accounts?: AccountSettings;
  /** Failed passwords allowed per account and per address (default 5 and 20 per 15 minutes). */
  signInLimits?: SignInLimits;
}

export async function startApp(db: GraphDatabase, options: AppOptions): Promise<RunningApp> {
  const app = express();
  const server = createLimitedServer(app, {
    requestTimeoutMs: options.requestTimeoutMs ?? defaultConnectionLimits.requestTimeoutMs,
    headersTimeoutMs: options.headersTimeoutMs ?? defaultConnectionLimits.headersTimeoutMs,
    keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? defaultConnectionLimits.keepAliveTimeoutMs,
    maxConnections: options.maxConnections ?? defaultConnectionLimits.maxConnections,
  });
  const failedCredentials = new FailedCredentials({ limit: options.failedSignInLimit ?? 20, windowSeconds: options.failedSignInWindowSeconds ?? 60 });
  const apollo = await createApolloServer({
    production: options.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), refusalStatusPlugin()],
  });
  await apollo.start();
  const revocations = new TokenRevocations(db);
  const storedKeys = new StoredApiKeys(db);
  const accountSettings = options.accounts ?? defaultAccountSettings;
  const sessions = new Sessions(db, accountSettings);
  const passwordSignIn = new PasswordSignIn(db, accountSettings.passwordCost, options.signInLimits);

  /**
   * Who a request comes from: a token or API key when it carries one (checked, and counted when wrong), else
   * the account of a live session cookie, else anonymous. An ended session is anonymous, so the page asks to
   * sign in again.
   */
  const principalOfRequest = async (request: express.Request): Promise<Principal> => {
    const carriesCredential = Boolean(request.headers.authorization?.trim() || request.headers['x-api-key']);
    const sessionId = carriesCredential ? null : sessions.sessionIdOf(request.headers.cookie);
    const account = sessionId ? await sessions.principalOf(sessionId) : null;
    if (account) return { id: account.id, role: account.role, authenticated: true, name: account.name, session: true };
    return failedCredentials.principalOf(request, options.auth, revocations, storedKeys);
  };

  app.disable('x-powered-by');
  if (options.trustedProxies) app.set('trust proxy', options.trustedProxies.split(',').map((entry) => entry.trim()));
  // Every response, errors at the edge included, carries the id its log lines carry.
  app.use((request, response, next) => {
    response.locals.requestId = randomUUID();
    response.locals.clientRequestId = clientRequestIdOf(request.headers['x-request-id']);
    response.setHeader('x-request-id', response.locals.requestId as string);
    next();
  });
  app.use(securityHeaders(options.production));
  app.use(compression());

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', readinessHandler(db, options.databaseProcess));
  app.use('/auth', accountRoutes(db, {
    settings: accountSettings,
    sessions,
    passwordSignIn,
    // Try-a-role sign-in only for development on this machine, never in production or on a reachable address.
    tryRole: !options.production && isLoopbackHost(options.host) ? (role) => signToken(options.auth, `try-${role}`, role) : undefined,
  }));
  app.use(
    '/graphql',
    failedCredentials.refuseBlockedAddresses,
    // A request a browser sends with our session cookie must come from our own pages.
    (request, response, next) => (sessions.sessionIdOf(request.headers.cookie) ? refuseCrossSiteRequests(request, response, next) : next()),
    // Attendance sheets (≤ 5 MB) arrive base64-encoded inside the request.
    express.json({ limit: '8mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(db, {
          requestId: res.locals.requestId as string,
          clientRequestId: res.locals.clientRequestId as string | undefined,
          principal: await principalOfRequest(req),
          acceptLanguage: req.headers['accept-language'] ?? null,
          accountSettings,
        }),
    }),
  );

  if (existsSync(webDist)) app.use(webViewFiles(webDist));
  app.use(notFoundHandler);
  app.use(jsonErrorHandler);

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
