/** Runtime configuration, read once from the environment. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface EmbeddedNeo4jSettings {
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
}

import { defaultScryptCost, type AccountSettings } from '../accounts/account-settings.js';
import type { AuthEnvironment } from '../auth/credentials.js';
import { isLoopbackHost } from '../common/loopback.js';
import type { DataKeyEnvironment } from '../privacy/data-key.js';

export interface AppConfig {
  /** NODE_ENV=production: secrets required, introspection off, anonymous requests refused by default. */
  production: boolean;
  auth: AuthEnvironment;
  /** The key that seals personal contact data at rest. */
  dataKey: DataKeyEnvironment;
  /** Accounts: link and session lifetimes, and the session cookie's Secure flag. */
  accounts: AccountSettings;
  /** Set when the user points the app at an existing Neo4j; otherwise the embedded one is started. */
  externalNeo4j: Neo4jConnection | undefined;
  embeddedNeo4j: EmbeddedNeo4jSettings;
  http: { host: string; port: number } & HttpEdgeSettings;
  /** Per-transaction time limit, enforced by Neo4j. */
  transactionTimeoutMs: number;
  /** How long to keep retrying while Neo4j is unreachable before failing with DATABASE_UNAVAILABLE. */
  retryTimeMs: number;
}

/** Limits at the HTTP edge: slow clients, connection count, and failed sign-ins per client address. */
export interface HttpEdgeSettings {
  /** Time for a client to send the whole request (headers and body); Node's default is 300 s. */
  requestTimeoutMs: number;
  /** Time for a client to send the request headers (at most requestTimeoutMs). */
  headersTimeoutMs: number;
  /** How long an idle keep-alive connection is kept open. */
  keepAliveTimeoutMs: number;
  /** Open connections at once; further ones are dropped until some close. */
  maxConnections: number;
  /** Failed credentials (bad tokens or API keys) one address may send per window before it gets 429. */
  failedSignInLimit: number;
  failedSignInWindowSeconds: number;
  /**
   * Proxies whose X-Forwarded-For is believed (Express's `trust proxy`: `loopback`, addresses or subnets, comma
   * separated). Unset: none, so the client's address is the socket's and a forged header changes nothing; behind a
   * reverse proxy set it, or every client shares the proxy's address (and its failed sign-in count).
   */
  trustedProxies?: string;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/** AIMAK_PASSWORD_SCRYPT_N: a power of two from 2^14 to 2^20 (default 2^17). */
function scryptN(env: NodeJS.ProcessEnv): number {
  const N = integer(env, 'AIMAK_PASSWORD_SCRYPT_N', defaultScryptCost.N);
  if (N < 2 ** 14 || N > 2 ** 20 || (N & (N - 1)) !== 0) throw new Error(`AIMAK_PASSWORD_SCRYPT_N must be a power of two from 16384 to 1048576, got ${N}`);
  return N;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const uri = env.NEO4J_URI?.trim();
  const production = env.NODE_ENV === 'production';
  return {
    production,
    auth: {
      production,
      jwtSecret: env.AIMAK_JWT_SECRET,
      jwtSecretFile: env.AIMAK_JWT_SECRET_FILE,
      apiKeys: env.AIMAK_API_KEYS,
      anonymousRole: env.AIMAK_ANONYMOUS_ROLE,
      tokenMaxLifetime: env.AIMAK_TOKEN_MAX_LIFETIME,
    },
    dataKey: { production, dataKey: env.AIMAK_DATA_KEY, dataKeyFile: env.AIMAK_DATA_KEY_FILE },
    accounts: {
      linkDays: integer(env, 'AIMAK_LINK_DAYS', 3),
      sessionIdleMinutes: integer(env, 'AIMAK_SESSION_IDLE_MINUTES', 8 * 60),
      sessionMaxHours: integer(env, 'AIMAK_SESSION_MAX_HOURS', 7 * 24),
      // Browsers keep a Secure cookie only over HTTPS; plain http on this machine is the one exception.
      secureCookie: production || !isLoopbackHost(env.HOST ?? '127.0.0.1'),
      passwordCost: { ...defaultScryptCost, N: scryptN(env) },
    },
    externalNeo4j: uri
      ? {
          uri,
          user: env.NEO4J_USER ?? 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE || undefined,
        }
      : undefined,
    embeddedNeo4j: {
      port: integer(env, 'EMBEDDED_NEO4J_PORT', 7687),
      dataDir: env.EMBEDDED_NEO4J_DATA_DIR ?? '.data/neo4j',
      heap: env.EMBEDDED_NEO4J_HEAP ?? '1g',
      pageCache: env.EMBEDDED_NEO4J_PAGE_CACHE ?? '512m',
    },
    http: {
      host: env.HOST ?? '127.0.0.1',
      port: integer(env, 'PORT', 4000),
      requestTimeoutMs: integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000),
      headersTimeoutMs: integer(env, 'HTTP_HEADERS_TIMEOUT_MS', 30_000),
      keepAliveTimeoutMs: integer(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000),
      maxConnections: integer(env, 'HTTP_MAX_CONNECTIONS', 500),
      failedSignInLimit: integer(env, 'AIMAK_FAILED_SIGNIN_LIMIT', 20),
      failedSignInWindowSeconds: integer(env, 'AIMAK_FAILED_SIGNIN_WINDOW_SECONDS', 60),
      trustedProxies: env.AIMAK_TRUSTED_PROXIES?.trim() || undefined,
    },
    transactionTimeoutMs: integer(env, 'NEO4J_TRANSACTION_TIMEOUT_MS', 30_000),
    retryTimeMs: integer(env, 'NEO4J_RETRY_TIME_MS', 3_000),
  };
}
