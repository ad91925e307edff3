import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSettings, issueToken } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { TokenRevocations } from '../../server/auth/token-revocations.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { testDatabase } from '../support/database.js';
import { as, graphql, graphqlData } from '../support/graphql.js';

const auth = authSettings({ production: true, jwtSecret: 'token-revocation-test-secret-0123456789' });
let app: RunningApp;

beforeAll(async () => {
  app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: true, auth });
});
afterAll(async () => {
  await app.stop();
});

async function post(token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${app.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, json: (await response.json()) as any };
}

const revoke = `mutation ($id: String!) { revokeToken(id: $id) { id revokedBy revokedAt } }`;
const whoAmI = `{ session { id role } }`;

describe('token revocation', () => {
  it('lets an admin revoke a token by its id: refused at once on this server, audited, listed', async () => {
    const admin = await issueToken(auth, 'revoking-admin', Role.ADMIN);
    const editor = await issueToken(auth, 'revoked-editor', Role.EDITOR);
    expect((await post(editor.token, whoAmI)).json.data.session).toEqual({ id: 'revoked-editor', role: 'EDITOR' });

    const revoked = await post(admin.token, revoke, { id: editor.id });
    expect(revoked.json.errors).toBeUndefined();
    expect(revoked.json.data.revokeToken).toMatchObject({ id: editor.id, revokedBy: 'revoking-admin' });

    const refused = await post(editor.token, whoAmI);
    expect(refused.status).toBe(401);
    expect(refused.json.errors[0]).toMatchObject({ message: 'The token has been revoked', extensions: { code: 'UNAUTHENTICATED' } });
    // Other tokens, the admin's own included, still work.
    expect((await post(admin.token, whoAmI)).status).toBe(200);

    const history = await graphqlData(`query ($id: ID!) { changes(entityId: $id) { action actor entityType subjectId } }`, { id: editor.id });
    expect(history.changes).toEqual([{ action: 'REVOKED', actor: 'revoking-admin', entityType: 'Token', subjectId: editor.id }]);
    // Revoking again changes nothing and records nothing more.
    expect((await post(admin.token, revoke, { id: editor.id })).json.data.revokeToken.revokedBy).toBe('revoking-admin');
    expect((await graphqlData(`query ($id: ID!) { changes(entityId: $id) { action } }`, { id: editor.id })).changes).toHaveLength(1);
    const listed = await post(admin.token, `{ revokedTokens { id revokedBy } }`);
    expect(listed.json.data.revokedTokens).toContainEqual({ id: editor.id, revokedBy: 'revoking-admin' });
  });

  it('lets only admins revoke, and refuses an id that is not a token id with the field named', async () => {
    const editor = await issueToken(auth, 'some-editor', Role.EDITOR);
    const forbidden = await post(editor.token, revoke, { id: editor.id });
    expect(forbidden.json.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Mutation.revokeToken' });
    expect((await post(editor.token, whoAmI)).status).toBe(200);
    const bad = await graphql(revoke, { id: 'not a token id' }, { principal: as(Role.ADMIN) });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('sees a revocation made by another server process within the refresh interval, reading Neo4j at most once per interval', async () => {
    const counter = { count: 0 };
    const revocations = new TokenRevocations(testDatabase().forRequest('revocation-cache', 'system', counter), 500);
    const id = randomUUID();
    expect(await revocations.isRevoked(id)).toBe(false);
    // Another process revokes it: written straight to Neo4j, not through this process's memory.
    await testDatabase().write((tx) => tx.run('auth/revoke-token', { id, actor: 'other-process' }));
    for (let i = 0; i < 50; i += 1) await revocations.isRevoked(randomUUID());
    expect(counter.count).toBe(1); // answered from memory
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await revocations.isRevoked(id)).toBe(true);
    expect(counter.count).toBe(2);
  });
});
