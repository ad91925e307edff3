/**
 * Brute-force protection: failed credentials are counted per client address; past the limit that address
 * gets 429 with Retry-After (before any credential is checked), each failure is logged at warn without the
 * secret, and a valid client at another address is unaffected.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signToken, type AuthSettings } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import type { RunningApp } from '../../server/http/app.js';
import { logger } from '../../server/logging/logger.js';
import { leakPattern, requestFrom, startEdgeApp } from './edge-support.js';

const LIMIT = 5;
const attacker = '127.0.0.2';
const bystander = '127.0.0.1';
const forgedToken = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5Iiwicm9sZSI6ImFkbWluIn0.Zm9yZ2VkLXNpZ25hdHVyZQ';
const wrongApiKey = 'guessed-api-key-000000000000000';

let app: RunningApp;
let auth: AuthSettings;

beforeAll(async () => {
  ({ app, auth } = await startEdgeApp(true, { failedSignInLimit: LIMIT, failedSignInWindowSeconds: 60 }));
});
afterAll(async () => {
  await app?.stop();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const query = JSON.stringify({ query: '{ programmes { id } }' });
const ask = (from: string, headers: Record<string, string>) =>
  requestFrom(`${app.url}graphql`, { localAddress: from, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: query });

describe('failed credentials', () => {
  it(`limits an address to ${LIMIT} failures, then answers 429 with Retry-After; a valid client elsewhere is unaffected`, async () => {
    const warn = vi.spyOn(logger, 'warn');
    // Only failures count: many successes from one address never bring it near the limit.
    const valid = await signToken(auth, 'edge-analyst', Role.ANALYST);
    for (let request = 0; request < LIMIT * 3; request += 1) expect((await ask(bystander, { authorization: `Bearer ${valid}` })).status).toBe(200);

    for (let attempt = 0; attempt < LIMIT; attempt += 1) {
      const response = await ask(attacker, attempt % 2 ? { 'x-api-key': wrongApiKey } : { authorization: `Bearer ${forgedToken}` });
      expect(response.status).toBe(401);
    }
    for (const headers of [{ authorization: `Bearer ${forgedToken}` }, { 'x-api-key': wrongApiKey }] as Record<string, string>[]) {
      const refused = await ask(attacker, headers);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.body).not.toMatch(leakPattern);
      const error = JSON.parse(refused.body).errors[0];
      expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
      expect(error.message).toMatch(/try again/);
      expect(error.message).toMatch(/повторите/);
    }
    // Even a valid credential from the blocked address waits: it is not checked at all.
    expect((await ask(attacker, { authorization: `Bearer ${valid}` })).status).toBe(429);

    // Another address: its valid token works, and so does its failure count (its own, starting at one).
    const elsewhere = await ask(bystander, { authorization: `Bearer ${valid}` });
    expect(elsewhere.status).toBe(200);
    expect(JSON.parse(elsewhere.body).data.programmes.length).toBeGreaterThan(0);
    expect((await ask(bystander, { 'x-api-key': wrongApiKey })).status).toBe(401);

    // Each failure logged at warn with address, kind and reason; the secrets never appear.
    const failures = warn.mock.calls.filter(([, message]) => message === 'failed sign-in').map(([fields]) => fields as Record<string, unknown>);
    expect(failures).toHaveLength(LIMIT + 1);
    expect(failures[0]).toEqual({ address: attacker, kind: 'token', reason: expect.stringMatching(/invalid|expired/) });
    expect(failures[1]).toEqual({ address: attacker, kind: 'api key', reason: 'Unknown API key' });
    expect(failures[LIMIT]).toMatchObject({ address: bystander, kind: 'api key' });
    const everything = JSON.stringify(warn.mock.calls);
    expect(everything).not.toContain(forgedToken);
    expect(everything).not.toContain(wrongApiKey);
    expect(everything).toContain('too many failed sign-ins');
  });

  it('counts clients behind a trusted proxy by their forwarded address, and believes no forwarded address otherwise', async () => {
    const proxied = await startEdgeApp(true, { failedSignInLimit: 2, failedSignInWindowSeconds: 60, trustedProxies: 'loopback' });
    try {
      const askVia = (client: string) =>
        requestFrom(`${proxied.app.url}graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': client, authorization: `Bearer ${forgedToken}` },
          body: query,
        });
      for (let attempt = 0; attempt < 2; attempt += 1) expect((await askVia('203.0.113.7')).status).toBe(401);
      expect((await askVia('203.0.113.7')).status).toBe(429);
      // Another client behind the same proxy is not blocked by the first one's failures.
      expect((await askVia('198.51.100.9')).status).toBe(401);
    } finally {
      await proxied.app.stop();
    }
    // Without a trusted proxy (the app above), the forwarded header is ignored: the socket's address counts.
    const forged = await ask(attacker, { authorization: `Bearer ${forgedToken}`, 'x-forwarded-for': '192.0.2.1' });
    expect(forged.status).toBe(429);
  });
});
