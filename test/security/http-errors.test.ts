/**
 * Errors raised at the HTTP edge, before Apollo (bad JSON, an oversized body, a malformed URL, an unknown
 * path), and refusals by policy: every one is a JSON GraphQL error with the right status, no stack and no
 * path, in development and in production.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, type AuthSettings } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import type { RunningApp } from '../../server/http/app.js';
import { ensureWebBuilt } from '../../web/build.js';
import { leakPattern, requestFrom, startEdgeApp } from './edge-support.js';

describe.each([
  ['development', false],
  ['production', true],
])('errors at the HTTP edge in %s', (_mode, production) => {
  let app: RunningApp;
  let auth: AuthSettings;

  beforeAll(async () => {
    await ensureWebBuilt();
    ({ app, auth } = await startEdgeApp(production));
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function expectJsonError(response: Response, status: number, code: string): Promise<void> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const text = await response.text();
    expect(text).not.toMatch(leakPattern);
    const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.message).toEqual(expect.any(String));
    expect(body.errors[0]!.extensions.code).toBe(code);
  }

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    await expectJsonError(await post('{"query": "{ programmes { id } }"'), 400, 'BAD_REQUEST');
  });

  it('answers a body over the 8 MB limit with 413 PAYLOAD_TOO_LARGE', async () => {
    await expectJsonError(await post(JSON.stringify({ query: '{ programmes { id } }', variables: { pad: 'x'.repeat(9 * 1024 * 1024) } })), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers an unsupported body encoding with 415', async () => {
    await expectJsonError(await post('{}', { 'content-encoding': 'compress' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a malformed URL and an unknown path with a JSON 404', async () => {
    // serve-static passes an undecodable path on rather than failing: it ends at the 404 handler.
    await expectJsonError(await fetch(`${app.url}%E0%A4%A`), 404, 'NOT_FOUND');
    await expectJsonError(await fetch(`${app.url}no/such/page`), 404, 'NOT_FOUND');
  });

  it('answers a bad credential with 401 and WWW-Authenticate', async () => {
    const response = await post(JSON.stringify({ query: '{ programmes { id } }' }), { authorization: 'Bearer forged.token.value' });
    await expectJsonError(response, 401, 'UNAUTHENTICATED');
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('answers a refusal by the policy with 401 for anonymous callers and 403 for signed-in ones', async () => {
    const cypher = JSON.stringify({ query: '{ runCypher(query: "RETURN 1") { rows } }' });
    await expectJsonError(await post(cypher), 401, 'UNAUTHENTICATED');
    const viewer = await signToken(auth, 'edge-viewer', Role.VIEWER);
    await expectJsonError(await post(cypher, { authorization: `Bearer ${viewer}` }), 403, 'FORBIDDEN');
    const mutation = JSON.stringify({ query: 'mutation { deletePerson(id: "nobody") { id } }' });
    await expectJsonError(await post(mutation, { authorization: `Bearer ${viewer}` }), 403, 'FORBIDDEN');
    // What the role may do still answers 200.
    const allowed = await post(JSON.stringify({ query: '{ programmes { id } }' }), { authorization: `Bearer ${viewer}` });
    expect(allowed.status).toBe(200);
    expect((await allowed.json()).data.programmes.length).toBeGreaterThan(0);
  });

  it('tags edge errors with the request id the server made, not the one the client sent', async () => {
    const response = await post('{', { 'x-request-id': 'edge-trace-0001' });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await response.json()).errors[0].extensions.requestId).toBe(requestId);
  });

  it('closes nothing and leaks nothing on a raw request with a broken header value', async () => {
    const response = await requestFrom(`${app.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json; charset=klingon' }, body: '{}' });
    expect(response.status).toBe(415);
    expect(response.body).not.toMatch(leakPattern);
    expect(JSON.parse(response.body).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
