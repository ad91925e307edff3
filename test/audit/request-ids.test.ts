import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSettings, signToken } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { changesOfRequest } from '../../server/audit/audit.service.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { testDatabase } from '../support/database.js';
import { graphqlData } from '../support/graphql.js';

const auth = authSettings({ production: true, jwtSecret: 'request-id-test-secret-of-enough-length' });
let app: RunningApp;
let token: string;
const created: string[] = [];

beforeAll(async () => {
  app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: true, auth });
  token = await signToken(auth, 'request-id-editor', Role.EDITOR);
});
afterAll(async () => {
  for (const id of created) await graphqlData(`mutation ($id: ID!) { deleteOrganisation(id: $id) { deleted } }`, { id });
  await app.stop();
});

async function post(query: string, variables: Record<string, unknown>, clientRequestId?: string) {
  const response = await fetch(`${app.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(clientRequestId ? { 'x-request-id': clientRequestId } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { requestId: response.headers.get('x-request-id'), json: (await response.json()) as any };
}

const createOrganisation = `mutation ($id: ID!) { createOrganisation(input: { id: $id, kind: OTHER, nameEn: "Request id check" }) { id } }`;
const changesOf = `query ($r: ID!) { changesOfRequest(requestId: $r) { subjectId action } }`;

describe('request ids', () => {
  it('keys the audit trail by an id the server makes, so two requests with the same client id do not mix', async () => {
    const clientId = `client-chosen-${Date.now()}`;
    const ids = [`request-id-a-${Date.now()}`, `request-id-b-${Date.now()}`];
    created.push(...ids);
    const first = await post(createOrganisation, { id: ids[0] }, clientId);
    const second = await post(createOrganisation, { id: ids[1] }, clientId);
    expect(first.json.errors).toBeUndefined();
    expect(second.json.errors).toBeUndefined();

    // The response carries the server's id, not the client's, and each request gets its own.
    for (const { requestId } of [first, second]) expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.requestId).not.toBe(second.requestId);

    expect((await post(changesOf, { r: first.requestId })).json.data.changesOfRequest).toEqual([{ subjectId: ids[0], action: 'CREATED' }]);
    expect((await post(changesOf, { r: second.requestId })).json.data.changesOfRequest).toEqual([{ subjectId: ids[1], action: 'CREATED' }]);
    // The client's id does not find anything: it is not a key of the audit trail.
    expect((await post(changesOf, { r: clientId })).json.data.changesOfRequest).toEqual([]);
  });

  it("records the client's own id with the change, for correlation", async () => {
    const clientId = `client-correlation-${Date.now()}`;
    const id = `request-id-c-${Date.now()}`;
    created.push(id);
    const { requestId } = await post(createOrganisation, { id }, clientId);
    const [change] = await changesOfRequest(testDatabase(), requestId!);
    expect(change).toMatchObject({ subjectId: id, requestId, clientRequestId: clientId });
  });

  it('puts the server id on errors too', async () => {
    const { requestId, json } = await post(`{ runCypher(query: "RETURN 1") { rows } }`, {}, 'client-error-1234');
    expect(json.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', requestId });
    expect(requestId).not.toBe('client-error-1234');
  });
});
