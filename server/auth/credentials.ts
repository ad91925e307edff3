import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { jwtVerify, SignJWT } from 'jose';
import { parseRole, Role, type Principal } from './roles.js';

const issuer = 'aimak-graph';
const audience = 'aimak-graph-api';

export interface AuthSettings {
  /** HS256 key for signed tokens. */
  secret: Uint8Array;
  /** SHA-256 of each API key → who it is. Keys themselves are never kept. */
  apiKeys: Map<string, { id: string; role: Role }>;
  /** Role of a request with no credentials; null refuses it. */
  anonymousRole: Role | null;
  /** True when the secret was made up at start (development): tokens die with the process. */
  ephemeralSecret: boolean;
}

export interface AuthEnvironment {
  production: boolean;
  jwtSecret?: string;
  apiKeys?: string;
  anonymousRole?: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Reads the auth settings. In production a secret of at least 32 characters is required and anonymous
 * requests are refused unless a role is set for them; in development a random secret is made for the
 * process and anonymous callers may read (viewer).
 */
export function authSettings(env: AuthEnvironment): AuthSettings {
  const configured = env.jwtSecret?.trim();
  if (configured !== undefined && configured !== '' && configured.length < 32) throw new Error('AIMAK_JWT_SECRET must be at least 32 characters');
  if (!configured && env.production) throw new Error('AIMAK_JWT_SECRET is required when NODE_ENV=production (at least 32 characters)');
  const anonymous = env.anonymousRole?.trim().toLowerCase();
  const anonymousRole = anonymous === undefined || anonymous === '' ? (env.production ? null : Role.VIEWER) : anonymous === 'none' ? null : parseRole(anonymous);
  if (anonymous && anonymous !== 'none' && !anonymousRole) throw new Error(`AIMAK_ANONYMOUS_ROLE must be none, ${Object.values(Role).join(', ')}`);
  return {
    secret: configured ? new TextEncoder().encode(configured) : randomBytes(32),
    apiKeys: parseApiKeys(env.apiKeys ?? ''),
    anonymousRole,
    ephemeralSecret: !configured,
  };
}

/** `AIMAK_API_KEYS="reporting-script:analyst:<key>;importer:editor:<key>"` (keys of at least 24 characters). */
function parseApiKeys(spec: string): Map<string, { id: string; role: Role }> {
  const keys = new Map<string, { id: string; role: Role }>();
  for (const entry of spec.split(';').map((e) => e.trim()).filter(Boolean)) {
    const [id, roleName, key] = entry.split(':');
    const role = parseRole(roleName);
    if (!id || !role || !key || key.length < 24) throw new Error(`AIMAK_API_KEYS entry "${id ?? entry}" must be name:role:key with a key of at least 24 characters`);
    keys.set(sha256(key), { id: `key:${id}`, role });
  }
  return keys;
}

export async function signToken(settings: AuthSettings, subject: string, role: Role, expiresIn = '12h'): Promise<string> {
  return new SignJWT({ role }).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime(expiresIn).sign(settings.secret);
}

/**
 * Tokens already verified with these settings, until they expire: verifying an HMAC signature on every request
 * was a tenth of the server's CPU. Only successes are kept, keyed by the whole token (its signature included),
 * so a changed token is verified afresh; a bounded map, emptied when full.
 */
const verifiedTokens = new WeakMap<AuthSettings, Map<string, { principal: Principal; expiresAt: number }>>();
const MAX_REMEMBERED_TOKENS = 1000;

function rememberVerified(settings: AuthSettings, token: string, principal: Principal, expiresAt: number): void {
  let tokens = verifiedTokens.get(settings);
  if (!tokens) verifiedTokens.set(settings, (tokens = new Map()));
  if (tokens.size >= MAX_REMEMBERED_TOKENS) tokens.clear();
  tokens.set(token, { principal, expiresAt });
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Security boundary: who a request comes from. A bearer token must be signed with our secret, unexpired,
 * and name a known role; an API key must match one configured (compared by hash, in constant time).
 * Bad credentials are refused outright rather than treated as anonymous.
 */
export async function principalOf(headers: Record<string, string | string[] | undefined>, settings: AuthSettings): Promise<Principal> {
  const header = (name: string) => {
    const value = headers[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const authorization = header('authorization');
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    const remembered = verifiedTokens.get(settings)?.get(token);
    if (remembered && remembered.expiresAt > Date.now()) return remembered.principal;
    try {
      const { payload } = await jwtVerify(token, settings.secret, { issuer, audience, algorithms: ['HS256'] });
      const role = parseRole(payload.role);
      if (!role || !payload.sub) throw new Error('token without subject or role');
      const principal: Principal = { id: payload.sub, role, authenticated: true };
      if (payload.exp) rememberVerified(settings, token, principal, payload.exp * 1000);
      return principal;
    } catch {
      throw unauthenticated('The token is invalid or has expired');
    }
  }
  const apiKey = header('x-api-key');
  if (apiKey) {
    const digest = sha256(apiKey);
    for (const [known, principal] of settings.apiKeys) {
      if (timingSafeEqual(Buffer.from(known), Buffer.from(digest))) return { ...principal, authenticated: true };
    }
    throw unauthenticated('Unknown API key');
  }
  return { id: 'anonymous', role: settings.anonymousRole, authenticated: false };
}
