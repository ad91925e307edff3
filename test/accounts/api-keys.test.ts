/**
 * API keys that admins create: shown once, accepted at once as X-Api-Key with their role, named in the audit
 * trail, refused at once when revoked; only admins manage them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, type AuthSettings } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import type { RunningApp } from '../../server/http/app.js';
import { testDatabase } from '../support/database.js';
import { requestFrom, startEdgeApp } from '../security/edge-support.js';

let app: RunningApp;
let auth: AuthSettings;
let admin: string;

beforeAll(async () => {
  ({ app, auth } = await startEdgeApp(true));
  admin = await signToken(auth, 'keys-admin', Role.ADMIN);
});
afterAll(async () => {
  await app?.stop();
  await testDatabase().runStatement('test: remove test API keys', "MATCH (k:ApiKey) WHERE k.name STARTS WITH 'test-' DETACH DELETE k");
});

async function graphql(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const response = await requestFrom(`${app.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: JSON.parse(response.body) as { data?: Record<string, any>; errors?: { extensions: Record<string, unknown> }[] } };
}

describe('API keys created by admins', () => {
  it('are shown once, work at once with their role, and stop at once when revoked', async () => {
    const created = await graphql({ authorization: `Bearer ${admin}` }, 'mutation { createApiKey(name: "test-reporting", role: ANALYST) { key apiKey { id name role createdBy revokedAt } } }');
    expect(created.body.errors).toBeUndefined();
    const { key, apiKey } = created.body.data!.createApiKey;
    expect(key).toMatch(/^aimak_[\w-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'test-reporting', role: 'ANALYST', createdBy: 'keys-admin', revokedAt: null });

    const session = await graphql({ 'x-api-key': key }, '{ session { id role signedInWith } }');
    expect(session.body.data!.session).toEqual({ id: 'key:test-reporting', role: 'ANALYST', signedInWith: 'apiKey' });
    const listed = await graphql({ authorization: `Bearer ${admin}` }, '{ apiKeys { id name } }');
    expect(JSON.stringify(listed.body)).not.toContain(key);
    expect(listed.body.data!.apiKeys).toEqual(expect.arrayContaining([{ id: apiKey.id, name: 'test-reporting' }]));

    const revoked = await graphql({ authorization: `Bearer ${admin}` }, 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: apiKey.id });
    expect(revoked.body.data!.revokeApiKey.revokedAt).toBeTruthy();
    const refused = await graphql({ 'x-api-key': key }, '{ session { id } }');
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('are managed by admins only, with a checked name', async () => {
    const analyst = await signToken(auth, 'keys-analyst', Role.ANALYST);
    const refused = await graphql({ authorization: `Bearer ${analyst}` }, 'mutation { createApiKey(name: "test-mine", role: ADMIN) { key } }');
    expect(refused.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const badName = await graphql({ authorization: `Bearer ${admin}` }, 'mutation { createApiKey(name: "<script>", role: VIEWER) { key } }');
    expect(badName.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });
});
