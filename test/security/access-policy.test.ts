import { buildSchema, parse, printSchema, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { refusalFor } from '../../server/auth/authorization.js';
import { assertPolicyCoversSchema, policyProblems } from '../../server/auth/policy.js';
import { Role } from '../../server/auth/roles.js';
import { createApolloServer } from '../../server/graphql/apollo.js';
import { graphQLSchema } from '../../server/graphql/schema.js';
import { as } from '../support/graphql.js';

/** The real schema with one field renamed, as a careless refactoring would leave it. */
async function schemaWith(rename: (sdl: string) => string): Promise<GraphQLSchema> {
  const sdl = printSchema(await graphQLSchema());
  const renamed = rename(sdl);
  expect(renamed).not.toBe(sdl);
  return buildSchema(renamed);
}

const renameRunCypher = (sdl: string) => sdl.replace(/\n  runCypher\(/, '\n  runQuery(');
const renamePhone = (sdl: string) => sdl.replace(/(type Person implements NamedEntity \{[\s\S]*?\n  )phone:/, '$1mobile:');

describe('access policy (deny by default)', () => {
  it('has exactly one rule for every field of every object and interface type of the schema', async () => {
    expect(policyProblems(await graphQLSchema())).toEqual([]);
    await expect(createApolloServer()).resolves.toBeDefined();
  });

  it('refuses to start when a field is renamed: the new name has no rule and the old rule names nothing', async () => {
    const schema = await schemaWith(renameRunCypher);
    expect(policyProblems(schema)).toEqual([
      'Query.runQuery has no access rule in server/auth/policy.ts',
      'server/auth/policy.ts has a rule for Query.runCypher, which the schema does not have',
    ]);
    expect(() => assertPolicyCoversSchema(schema)).toThrow(/Query\.runQuery has no access rule/);
    expect(policyProblems(await schemaWith(renamePhone))).toContain('Person.mobile has no access rule in server/auth/policy.ts');
  });

  it('refuses a rule naming a field that does not exist and a field listed twice', async () => {
    const schema = await graphQLSchema();
    expect(policyProblems(schema, { Query: { read: ['session', 'noSuchField'] } })).toContain(
      'server/auth/policy.ts has a rule for Query.noSuchField, which the schema does not have',
    );
    expect(policyProblems(schema, { Person: { read: ['phone'], 'read-personal': ['phone'] } })).toContain('Person.phone has more than one access rule');
    expect(policyProblems(schema, { NoSuchType: { read: ['id'] } })).toContain('server/auth/policy.ts has a rule for NoSuchType.id, which the schema does not have');
  });

  it('refuses a field without a rule to everyone at request time, instead of falling back to read', async () => {
    const cypher = await schemaWith(renameRunCypher);
    const query = parse('{ runQuery(query: "RETURN 1") { rows } }');
    for (const role of [Role.VIEWER, Role.ADMIN]) {
      expect(refusalFor(cypher, query, as(role))?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Query.runQuery' });
    }
    const phone = await schemaWith(renamePhone);
    expect(refusalFor(phone, parse('{ person(id: "p") { nameEn mobile } }'), as(Role.VIEWER))?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Person.mobile' });
  });

  it('still lets anyone ask who they are, and keeps personal data from viewers', async () => {
    const schema = await graphQLSchema();
    const anonymous = { id: 'anonymous', role: null, authenticated: false };
    expect(refusalFor(schema, parse('{ session { id role authenticated capabilities } }'), anonymous)).toBeNull();
    expect(refusalFor(schema, parse('{ person(id: "p") { nameEn } }'), anonymous)?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refusalFor(schema, parse('{ person(id: "p") { phone } }'), as(Role.VIEWER))?.extensions?.field).toBe('Person.phone');
    expect(refusalFor(schema, parse('{ node(id: "p") { ... on NamedEntity { nameEn } } }'), as(Role.VIEWER))).toBeNull();
  });
});
