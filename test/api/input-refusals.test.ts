import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { testDatabase } from '../support/database.js';
import { startHttpGraphQL, type HttpGraphQL } from '../support/http-graphql.js';

/**
 * Issue 11, points 16 and 17, over real HTTP: broken or invisible text is refused naming the field (and
 * nothing is written); a page size over the limit is BAD_USER_INPUT naming `first`, literal or variable; an
 * unknown `withinId` is NOT_FOUND.
 */
let http: HttpGraphQL;
const count = async (cypher: string) => Number((await testDatabase().runStatement('input-refusals.test', cypher, {}))[0]?.n);

beforeAll(async () => {
  http = await startHttpGraphQL();
});
afterAll(async () => {
  await testDatabase().runStatement('input-refusals.test', 'MATCH (n:Entity) WHERE n.id STARTS WITH "zz-clean-" DETACH DELETE n', {});
  await http?.stop();
});

describe('free text must be real, visible text', () => {
  const refusals: [string, string, Record<string, unknown>, string][] = [
    ['a lone high surrogate in a name', 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { id: 'zz-clean-1', nameEn: 'Asel \ud800' } }, 'nameEn'],
    ['a lone low surrogate in a name', 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { id: 'zz-clean-2', nameRu: '\udc00Асель' } }, 'nameRu'],
    ['a reversed surrogate pair in an alias', 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { id: 'zz-clean-3', nameEn: 'Asel', aliases: ['ok', '\udc00\ud800'] } }, 'aliases'],
    ['a name of zero-width characters only', 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input: { id: 'zz-clean-4', kind: 'OTHER', nameEn: '\u200b\u200c\u200d\ufeff\u2060' } }, 'nameEn'],
    ['a Kyrgyz name of a soft hyphen and a space', 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input: { id: 'zz-clean-5', kind: 'OTHER', nameEn: 'Fine', nameKy: '\u00ad ' } }, 'nameKy'],
    ['a zero-width source', 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input: { id: 'zz-clean-6', kind: 'OTHER', nameEn: 'Fine', source: '\u200b' } }, 'source'],
    ['a zero-width place of an event', 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }', { input: { id: 'zz-clean-7', kind: 'SEMINAR', date: '2020-01-01', nameEn: 'Fine', placeEn: '\u2060' } }, 'placeEn'],
    ['a lone surrogate in a post title', 'mutation ($input: AddPositionInput!) { addPosition(input: $input) { id } }', { input: { personId: 'person-mambetova-asel', organisationId: 'sdc', title: 'Head \udbff' } }, 'title'],
  ];

  it.each(refusals)('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_what, mutation, variables, field) => {
    const before = await count('MATCH (n) RETURN count(n) AS n');
    const { status, body } = await http.post(mutation, variables);
    expect(status).toBe(200);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(body.errors![0]!.message).toMatch(new RegExp(`^${field}: `));
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(before);
  });

  it('refuses an update to an invisible name too', async () => {
    const { body } = await http.post('mutation { updatePerson(id: "person-mambetova-asel", input: { nameEn: "\\u200B" }) { id } }');
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameEn' });
    expect(await count('MATCH (p:Person {id: "person-mambetova-asel"}) WHERE p.nameEn = "Asel Mambetova" RETURN count(p) AS n')).toBe(1);
  });

  it('keeps accepting real text: emoji (surrogate pairs), joiners inside words, Cyrillic', async () => {
    const nameEn = 'Aigul 👩\u200d💻 Zero\u200bWidth';
    const { body } = await http.post('mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id nameEn nameRu } }', {
      input: { id: 'zz-clean-ok', nameEn, nameRu: 'Айгүл' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.createPerson).toEqual({ id: 'zz-clean-ok', nameEn, nameRu: 'Айгүл' });
  });
});

describe('page sizes and unknown filters', () => {
  it('refuses first: 1000000 written in the query as BAD_USER_INPUT naming first, not a cost error', async () => {
    const { status, body } = await http.post('{ people(first: 1000000) { totalCount items { id } } }', {}, Role.VIEWER);
    expect(status).toBe(200);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(body.errors![0]!.message).toMatch(/^first: .*500/);
  });

  it('refuses the same page size given as a variable the same way', async () => {
    const { body } = await http.post('query ($n: Int!) { organisations(first: $n) { totalCount } }', { n: 1_000_000 }, Role.VIEWER);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('still refuses an expensive query within the page limits by its cost', async () => {
    const nested = 'items { id positions { organisation { nameEn territory { nameEn parent { nameEn parent { nameEn } } } } } }';
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: people(first: 500) { ${nested} }`).join(' ');
    const { status, body } = await http.post(`{ ${aliases} }`, {}, Role.VIEWER);
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0]!.message).toMatch(/cost/i);
  });

  it('answers territories(withinId: <unknown>) with NOT_FOUND naming withinId', async () => {
    const { body } = await http.post('{ territories(withinId: "41799999999999") { totalCount } }', {}, Role.VIEWER);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'withinId' });
    const known = await http.post('{ territories(withinId: "41704000000000", levels: [RAYON]) { totalCount } }', {}, Role.VIEWER);
    expect(known.body.errors).toBeUndefined();
    expect(known.body.data.territories.totalCount).toBeGreaterThan(0);
  });

  it('refuses a JSON literal argument that is not a backup as BAD_USER_INPUT, not an internal error (found by the fuzzer)', async () => {
    const { status, body } = await http.post('mutation { restoreGraph(backup: {minScore: {}}) { nodes } }');
    expect(status).toBe(200);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'backup' });
  });

  it('answers a refused role with 403 and FORBIDDEN, not HTTP 500 (found by the fuzzer)', async () => {
    const { status, body } = await http.post('mutation { deleteEvent(id: "zz-fuzz-0") { deleted } }', {}, Role.ANALYST);
    expect(status).toBe(403);
    expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
