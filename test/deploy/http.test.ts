import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSettings } from '../../server/auth/credentials.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { testDatabase } from '../support/database.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: false, auth: authSettings({ production: false }) });
});
afterAll(async () => {
  await app.stop();
});

async function post(body: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${app.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

describe('HTTP server', () => {
  it('answers GraphQL over HTTP', async () => {
    const { status, json } = await post({ query: '{ programme(id: "psi") { nameEn phases { number } } }' });
    expect(status).toBe(200);
    expect(json.data.programme.phases).toHaveLength(3);
  });

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${app.url}healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}readyz`);
    expect(ready.status).toBe(200);
  });

  it("tags every response and error with the server's request id (the caller's own id is for correlation only)", async () => {
    const response = await fetch(`${app.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-1234-abcd' },
      body: JSON.stringify({ query: '{ organisation(id: "sdc") { nameEn } a: node(id: "x") { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await post({ query: '{ runCypher(query: "RETURN 1") { rows } }' });
    expect(refused.json.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('refuses bad credentials with 401 before any work', async () => {
    const response = await fetch(`${app.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: '{ programmes { id } }' }),
    });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('never sends a stack trace, even for an unexpected error', async () => {
    const bad = await post({ query: '{ organisations(first: 0) { totalCount } }' });
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const syntax = await post({ query: '{ organisations( ' });
    expect(syntax.status).toBe(400);
    for (const error of [...bad.json.errors, ...syntax.json.errors]) {
      expect(JSON.stringify(error)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    }
  });
});
