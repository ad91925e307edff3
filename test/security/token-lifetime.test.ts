import { randomUUID } from 'node:crypto';
import { decodeJwt, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { authSettings, issueToken, principalOf } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { readConfig } from '../../server/config/config.js';

const secret = 'a-token-lifetime-test-secret-123456789';
const settings = authSettings({ production: true, jwtSecret: secret });
const day = 86_400;

/** A token signed with the right secret, shaped by hand: what a leaked signing script could make. */
function handMade(claims: { exp?: number; iat?: number; jti?: string | null }): Promise<string> {
  const jwt = new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('someone').setIssuer('aimak-graph').setAudience('aimak-graph-api');
  if (claims.jti !== null) jwt.setJti(claims.jti ?? randomUUID());
  if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
  return jwt.sign(new TextEncoder().encode(secret));
}

const principal = async (token: string, with_ = settings) => principalOf({ authorization: `Bearer ${token}` }, with_);
const now = () => Math.floor(Date.now() / 1000);

describe('token lifetime', () => {
  it('refuses a token without an expiry (exp): it would never expire', async () => {
    await expect(principal(await handMade({ iat: now() }))).rejects.toMatchObject({ message: expect.stringContaining('"exp"'), extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token without an id (jti): it could not be revoked', async () => {
    await expect(principal(await handMade({ iat: now(), exp: now() + 3600, jti: null }))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token that lives longer than the maximum (30 days by default), by exp − iat or exp − now', async () => {
    expect(settings.maxTokenLifetimeSeconds).toBe(30 * day);
    await expect(principal(await handMade({ iat: now(), exp: now() + 31 * day }))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(principal(await handMade({ exp: now() + 365 * day }))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(await principal(await handMade({ iat: now(), exp: now() + 29 * day }))).toEqual({ id: 'someone', role: Role.ADMIN, authenticated: true });
  });

  it('takes the maximum from AIMAK_TOKEN_MAX_LIFETIME', async () => {
    const short = authSettings(readConfig({ NODE_ENV: 'production', AIMAK_JWT_SECRET: secret, AIMAK_TOKEN_MAX_LIFETIME: '1h' }).auth);
    expect(short.maxTokenLifetimeSeconds).toBe(3600);
    await expect(principal(await handMade({ iat: now(), exp: now() + 2 * 3600 }), short)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(await principal(await handMade({ iat: now(), exp: now() + 1800 }), short)).toMatchObject({ id: 'someone' });
    expect(() => authSettings({ production: false, tokenMaxLifetime: 'forever' })).toThrow(/AIMAK_TOKEN_MAX_LIFETIME must be a positive duration/);
  });

  it('issues tokens with an id and an expiry, never longer than the maximum', async () => {
    const issued = await issueToken(settings, 'aigul', Role.EDITOR, '30d');
    const claims = decodeJwt(issued.token);
    expect(claims.jti).toBe(issued.id);
    expect(issued.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims.exp! - claims.iat!).toBe(30 * day);
    expect(issued.expiresAt.getTime()).toBe(claims.exp! * 1000);
    await expect(issueToken(settings, 'aigul', Role.EDITOR, '31d')).rejects.toThrow(/at most 2592000 s/);
    expect((await issueToken(settings, 'a', Role.VIEWER)).id).not.toBe((await issueToken(settings, 'a', Role.VIEWER)).id);
  });
});
