import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { authSettings, principalOf, signToken } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';

const secret = 'a-test-secret-that-is-long-enough-123456';
const settings = authSettings({ production: true, jwtSecret: secret, apiKeys: 'reports:analyst:abcdefghijklmnopqrstuvwxyz0123' });

describe('credentials', () => {
  it('reads a signed token: subject and role', async () => {
    const token = await signToken(settings, 'aigul', Role.EDITOR);
    expect(await principalOf({ authorization: `Bearer ${token}` }, settings)).toEqual({ id: 'aigul', role: Role.EDITOR, authenticated: true });
  });

  it.each([
    ['a token signed with another secret', async () => signToken(authSettings({ production: false }), 'x', Role.ADMIN)],
    ['an expired token', async () => signToken(settings, 'x', Role.ADMIN, '-1m')],
    ['a token with an unknown role', async () => new SignJWT({ role: 'root' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('aimak-graph').setAudience('aimak-graph-api').setExpirationTime('1h').sign(new TextEncoder().encode(secret))],
    ['an unsigned token', async () => 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIn0.'],
  ])('refuses %s', async (_what, make) => {
    await expect(principalOf({ authorization: `Bearer ${await make()}` }, settings)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('stops accepting a token, once verified and remembered, when it expires', async () => {
    const token = await signToken(settings, 'brief', Role.VIEWER, '2s');
    const request = { authorization: `Bearer ${token}` };
    expect(await principalOf(request, settings)).toMatchObject({ id: 'brief' });
    expect(await principalOf(request, settings)).toMatchObject({ id: 'brief' }); // answered from memory
    // A token signed with other settings is not accepted because this one was remembered.
    await expect(principalOf(request, authSettings({ production: true, jwtSecret: `${secret}-other` }))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await new Promise((resolve) => setTimeout(resolve, 3_100)); // `exp` is in whole seconds
    await expect(principalOf(request, settings)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('accepts configured API keys and refuses others', async () => {
    expect(await principalOf({ 'x-api-key': 'abcdefghijklmnopqrstuvwxyz0123' }, settings)).toEqual({ id: 'key:reports', role: Role.ANALYST, authenticated: true });
    await expect(principalOf({ 'x-api-key': 'abcdefghijklmnopqrstuvwxyz0124' }, settings)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('is secure by default in production: a secret is required and anonymous callers get no role', () => {
    expect(() => authSettings({ production: true })).toThrow(/AIMAK_JWT_SECRET is required/);
    expect(() => authSettings({ production: true, jwtSecret: 'short' })).toThrow(/at least 32/);
    expect(settings.anonymousRole).toBeNull();
    expect(authSettings({ production: false }).anonymousRole).toBe(Role.VIEWER);
    expect(authSettings({ production: false }).ephemeralSecret).toBe(true);
    expect(() => authSettings({ production: false, anonymousRole: 'root' })).toThrow(/AIMAK_ANONYMOUS_ROLE/);
  });

  it('treats a request without credentials as anonymous', async () => {
    expect(await principalOf({}, settings)).toEqual({ id: 'anonymous', role: null, authenticated: false });
  });
});
