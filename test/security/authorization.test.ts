import { describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { as, graphql } from '../support/graphql.js';

const read = `{ organisation(id: "sdc") { nameEn } }`;
const write = `mutation { createPerson(input: { nameEn: "Should not exist" }) { id } }`;
const cypher = `{ runCypher(query: "RETURN 1 AS one") { rows } }`;
const history = `{ organisation(id: "sdc") { nameEn changes { id } } }`;

describe('roles', () => {
  it.each([
    [Role.VIEWER, [true, false, false, false]],
    [Role.EDITOR, [true, true, false, true]],
    [Role.ANALYST, [true, false, true, false]],
    [Role.ADMIN, [true, true, true, true]],
  ] as const)('%s may read %s / write / run Cypher / see histories as expected', async (role, [canRead, canWrite, canAnalyse, canSeeHistory]) => {
    const principal = as(role);
    const outcomes = [];
    for (const query of [read, write, cypher, history]) {
      const result = await graphql(query, {}, { principal });
      if (result.errors) {
        expect(result.errors[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(result.roundTrips).toBe(0); // refused before any database work
      }
      outcomes.push(!result.errors);
      if (query === write && !result.errors) {
        await graphql(`mutation ($id: ID!) { deletePerson(id: $id) { deleted } }`, { id: (result.data as any).createPerson.id });
      }
    }
    expect(outcomes).toEqual([canRead, canWrite, canAnalyse, canSeeHistory]);
  });

  it('names the field that was refused', async () => {
    const result = await graphql(cypher, {}, { principal: as(Role.VIEWER) });
    expect(result.errors?.[0]).toMatchObject({ message: 'Your role (viewer) may not use Query.runCypher', extensions: { code: 'FORBIDDEN', field: 'Query.runCypher' } });
  });

  it('checks fields inside fragments too', async () => {
    const smuggled = `query { ...Sneaky } fragment Sneaky on Query { runCypher(query: "RETURN 1") { rows } }`;
    const result = await graphql(smuggled, {}, { principal: as(Role.VIEWER) });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses anonymous callers with no role as UNAUTHENTICATED', async () => {
    const result = await graphql(read, {}, { principal: { id: 'anonymous', role: null, authenticated: false } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(result.roundTrips).toBe(0);
  });

  it('tells every caller, even one with no role, who they are and what they may do, without database work', async () => {
    const session = `{ session { id role authenticated capabilities } }`;
    const anonymous = await graphql(session, {}, { principal: { id: 'anonymous', role: null, authenticated: false } });
    expect(anonymous.data).toEqual({ session: { id: 'anonymous', role: null, authenticated: false, capabilities: [] } });
    expect(anonymous.roundTrips).toBe(0);
    const analyst = await graphql(session, {}, { principal: as(Role.ANALYST) });
    expect(analyst.data?.session).toMatchObject({ role: 'ANALYST', authenticated: true, capabilities: ['read', 'analyse'] });
  });
});
