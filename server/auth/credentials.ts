import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { errors, jwtVerify, SignJWT } from 'jose';
import { parseRole, Role, type Principal } from './roles.js';
import type { StoredApiKeys } from './stored-api-keys.js';
import type { TokenRevocations } from './token-revocations.js';

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
  /** The longest a token may live, in seconds (`exp` − `iat`, and `exp` − now): longer ones are refused. */
  maxTokenLifetimeSeconds: number;
}

export interface AuthEnvironment {
  production: boolean;
  jwtSecret?: string;
  /** AIMAK_JWT_SECRET_FILE: where the development secret is kept; `.data/jwt-secret` by default. */
  jwtSecretFile?: string;
  apiKeys?: string;
  anonymousRole?: string;
  /** AIMAK_TOKEN_MAX_LIFETIME: e.g. `30d` (the default), `12h`, `90m` or seconds. */
  tokenMaxLifetime?: string;
}

export const DEFAULT_TOKEN_MAX_LIFETIME = '30d';

const secondsPer: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * `30d`, `12h`, `90m`, `45s` or plain seconds → seconds. Hand-written because jose's own duration parser is
 * internal; this is the same notation `npm run token` passes to jose's setExpirationTime.
 */
export function durationSeconds(text: string, name: string): number {
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/.exec(text);
  const seconds = match ? Number(match[1]) * secondsPer[match[2] || 's']! : NaN;
  if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new Error(`${name} must be a positive duration such as 30d, 12h, 90m or 3600, got "${text}"`);
  return seconds;
}

/** How an API key is known (configured or stored): by its SHA-256, never the key itself. */
export const apiKeyHash = (value: string) => createHash('sha256').update(value).digest('hex');

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
    maxTokenLifetimeSeconds: durationSeconds(env.tokenMaxLifetime?.trim() || DEFAULT_TOKEN_MAX_LIFETIME, 'AIMAK_TOKEN_MAX_LIFETIME'),
  };
}

/** `AIMAK_API_KEYS="reporting-script:analyst:<key>;importer:editor:<key>"` (keys of at least 24 characters). */
function parseApiKeys(spec: string): Map<string, { id: string; role: Role }> {
  const keys = new Map<string, { id: string; role: Role }>();
  for (const entry of spec.split(';').map((e) => e.trim()).filter(Boolean)) {
    const [id, roleName, key] = entry.split(':');
    const role = parseRole(roleName);
    if (!id || !role || !key || key.length < 24) throw new Error(`AIMAK_API_KEYS entry "${id ?? entry}" must be name:role:key with a key of at least 24 characters`);
    keys.set(apiKeyHash(key), { id: `key:${id}`, role });
  }
  return keys;
}

export interface IssuedToken {
  token: string;
  /** The token's `jti`: what an admin gives `revokeToken`. */
  id: string;
  expiresAt: Date;
}

/** Signs a token with a fresh id (`jti`) and an expiry within the configured maximum lifetime. */
export async function issueToken(settings: AuthSettings, subject: string, role: Role, expiresIn = '12h'): Promise<IssuedToken> {
  const issuedAt = Math.floor(Date.now() / 1000);
  // A negative expiry ("-1m") is allowed: tests make expired tokens with it.
  const lifetime = expiresIn.trim().startsWith('-') ? -durationSeconds(expiresIn.trim().slice(1), 'expiry') : durationSeconds(expiresIn, 'expiry');
  if (lifetime > settings.maxTokenLifetimeSeconds) {
    throw new Error(`A token may live at most ${settings.maxTokenLifetimeSeconds} s (AIMAK_TOKEN_MAX_LIFETIME); "${expiresIn}" is longer`);
  }
  const id = randomUUID();
  const expires = issuedAt + lifetime;
  const token = await new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(issuer)
    .setAudience(audience)
    .setJti(id)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expires)
    .sign(settings.secret);
  return { token, id, expiresAt: new Date(expires * 1000) };
}

export async function signToken(settings: AuthSettings, subject: string, role: Role, expiresIn = '12h'): Promise<string> {
  return (await issueToken(settings, subject, role, expiresIn)).token;
}

/**
 * Tokens already verified with these settings, until they expire: verifying an HMAC signature on every request
 * was a tenth of the server's CPU. Only successes are kept, keyed by the whole token (its signature included),
 * so a changed token is verified afresh; a bounded map, emptied when full.
 */
interface VerifiedToken {
  principal: Principal;
  /** The token's `jti`, checked against the revocations on every request, remembered or not. */
  tokenId: string;
  expiresAt: number;
}
const verifiedTokens = new WeakMap<AuthSettings, Map<string, VerifiedToken>>();
const MAX_REMEMBERED_TOKENS = 1000;

function rememberVerified(settings: AuthSettings, token: string, verified: VerifiedToken): void {
  let tokens = verifiedTokens.get(settings);
  if (!tokens) verifiedTokens.set(settings, (tokens = new Map()));
  if (tokens.size >= MAX_REMEMBERED_TOKENS) tokens.clear();
  tokens.set(token, verified);
}

/** Verifies signature, issuer, audience and expiry; requires `exp` and `jti`, and a lifetime within the maximum. */
async function verifyToken(token: string, settings: AuthSettings): Promise<VerifiedToken> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, settings.secret, { issuer, audience, algorithms: ['HS256'], requiredClaims: ['exp', 'jti', 'sub'] }));
  } catch (error) {
    // Say what is missing from a token that is otherwise ours: a token without exp would never expire.
    if (error instanceof errors.JWTClaimValidationFailed && error.reason === 'missing') {
      throw unauthenticated(`The token has no "${error.claim}" claim; ask for a new one`);
    }
    throw unauthenticated('The token is invalid or has expired');
  }
  const role = parseRole(payload.role);
  if (!role || !payload.sub || !payload.jti || typeof payload.exp !== 'number') throw unauthenticated('The token is invalid or has expired');
  const now = Math.floor(Date.now() / 1000);
  const lifetime = payload.exp - Math.min(typeof payload.iat === 'number' ? payload.iat : now, now);
  if (lifetime > settings.maxTokenLifetimeSeconds) {
    throw unauthenticated(`The token lives longer than the allowed ${settings.maxTokenLifetimeSeconds} s (AIMAK_TOKEN_MAX_LIFETIME): ask for a new one`);
  }
  return { principal: { id: payload.sub, role, authenticated: true }, tokenId: payload.jti, expiresAt: payload.exp * 1000 };
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Security boundary: who a request comes from. A bearer token must be signed with our secret, carry an id and
 * an expiry no further than the maximum lifetime, be unexpired and not revoked, and name a known role; an API
 * key must match one configured (compared by hash, in constant time). Bad credentials are refused outright
 * rather than treated as anonymous.
 */
export async function principalOf(
  headers: Record<string, string | string[] | undefined>,
  settings: AuthSettings,
  revocations?: TokenRevocations,
  storedKeys?: StoredApiKeys,
): Promise<Principal> {
  const header = (name: string) => {
    const value = headers[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const authorization = header('authorization');
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    const remembered = verifiedTokens.get(settings)?.get(token);
    const verified = remembered && remembered.expiresAt > Date.now() ? remembered : await verifyToken(token, settings);
    if (verified !== remembered) rememberVerified(settings, token, verified);
    if (await revocations?.isRevoked(verified.tokenId)) throw unauthenticated('The token has been revoked');
    return verified.principal;
  }
  const apiKey = header('x-api-key');
  if (apiKey) {
    const digest = apiKeyHash(apiKey);
    for (const [known, principal] of settings.apiKeys) {
      if (timingSafeEqual(Buffer.from(known), Buffer.from(digest))) return { ...principal, authenticated: true };
    }
    // Keys admins created in the web view, found by the same hash (a map lookup: hashes are not secret).
    const stored = await storedKeys?.principalOf(digest);
    if (stored) return stored;
    throw unauthenticated('Unknown API key');
  }
  return { id: 'anonymous', role: settings.anonymousRole, authenticated: false };
}
