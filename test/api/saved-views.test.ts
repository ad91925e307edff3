import { afterAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { testDatabase } from '../support/database.js';
import { as, graphql, graphqlData, graphqlError } from '../support/graphql.js';

/**
 * Issue 15 §4, saved views on the real Neo4j: a signed-in reader keeps named explorer states, anyone signed in
 * who may read the graph opens one by its id (the share link), only the owner renames or deletes it; bad names
 * and oversized states are refused naming the field, writing nothing; views stay out of the graph.
 */
const aigul = as(Role.VIEWER, 'test-saved-views-aigul');
const bakyt = as(Role.ANALYST, 'test-saved-views-bakyt');
const anonymousReader = { id: 'anonymous', role: Role.VIEWER, authenticated: false };

const save = `mutation ($input: SaveViewInput!) { saveView(input: $input) { id name owner mine state createdAt updatedAt } }`;
const list = `{ savedViews { id name mine } }`;
const open = `query ($id: ID!) { savedView(id: $id) { id name owner mine state } }`;
const remove = `mutation ($id: ID!) { deleteView(id: $id) }`;
const state = { version: 1, filters: { types: ['Person', 'Event'] }, selection: 'event-karakol-2021', zoom: { k: 1.5, x: 10, y: -4 }, positions: { 'event-karakol-2021': [120, 80] } };

const count = async (cypher: string, params: Record<string, unknown> = {}) =>
  Number((await testDatabase().runStatement('saved-views.test', cypher, params))[0]?.n);
const viewsOf = (owner: string) => count('MATCH (v:SavedView {owner: $owner}) RETURN count(v) AS n', { owner });

afterAll(async () => {
  await testDatabase().runStatement('saved-views.test', 'MATCH (v:SavedView) WHERE v.owner STARTS WITH "test-saved-views-" DELETE v', {});
});

describe('saving and opening a view', () => {
  it('keeps the state as sent, lists it for its owner only, and opens it by id for another reader', async () => {
    const { saveView } = await graphqlData(save, { input: { name: '  Каракол 2021, глубина 2 ', state } }, { principal: aigul });
    expect(saveView).toMatchObject({ name: 'Каракол 2021, глубина 2', owner: aigul.id, mine: true, state });
    expect(saveView.id).toMatch(/^view-/);

    const own = await graphqlData(list, {}, { principal: aigul });
    expect(own.savedViews).toContainEqual({ id: saveView.id, name: 'Каракол 2021, глубина 2', mine: true });
    const others = await graphqlData(list, {}, { principal: bakyt });
    expect(others.savedViews.map((view: { id: string }) => view.id)).not.toContain(saveView.id);

    const shared = await graphqlData(open, { id: saveView.id }, { principal: bakyt });
    expect(shared.savedView).toEqual({ id: saveView.id, name: 'Каракол 2021, глубина 2', owner: aigul.id, mine: false, state });
  });

  it('stores views apart from the graph: no :Entity label, no relationship, an audit entry for the save', async () => {
    const { saveView } = await graphqlData(save, { input: { name: 'Apart', state } }, { principal: aigul });
    expect(await count('MATCH (v:SavedView {id: $id}) WHERE NOT v:Entity AND NOT (v)--() RETURN count(v) AS n', { id: saveView.id })).toBe(1);
    expect(await count('MATCH (c:Change {entityId: $id}) RETURN count(c) AS n', { id: saveView.id })).toBe(1);
  });

  it('lets the owner rename without resending the state, and delete', async () => {
    const { saveView } = await graphqlData(save, { input: { name: 'Old name', state } }, { principal: aigul });
    const renamed = await graphqlData(save, { input: { id: saveView.id, name: 'New name' } }, { principal: aigul });
    expect(renamed.saveView).toMatchObject({ id: saveView.id, name: 'New name', state });
    expect(await graphqlData(remove, { id: saveView.id }, { principal: aigul })).toEqual({ deleteView: saveView.id });
    expect(await graphqlError(open, { id: saveView.id }, { principal: aigul })).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'id' } });
  });
});

describe('owner rules', () => {
  it('refuses another user renaming or deleting a view (FORBIDDEN naming id), changing nothing', async () => {
    const { saveView } = await graphqlData(save, { input: { name: 'Mine', state } }, { principal: aigul });
    const rename = await graphqlError(save, { input: { id: saveView.id, name: 'Theirs' } }, { principal: bakyt });
    expect(rename.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    const deletion = await graphqlError(remove, { id: saveView.id }, { principal: bakyt });
    expect(deletion.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    const still = await graphqlData(open, { id: saveView.id }, { principal: aigul });
    expect(still.savedView).toMatchObject({ name: 'Mine', owner: aigul.id, mine: true });
  });

  it('refuses callers who are not signed in, even with a reading role from configuration', async () => {
    const before = await count('MATCH (v:SavedView) RETURN count(v) AS n');
    expect((await graphqlError(save, { input: { name: 'x', state } }, { principal: anonymousReader })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await graphqlError(list, {}, { principal: anonymousReader })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await graphqlError(save, { input: { name: 'x', state } }, { principal: as(null) })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await count('MATCH (v:SavedView) RETURN count(v) AS n')).toBe(before);
  });

  it('answers NOT_FOUND for an unknown view, to open, rename or delete', async () => {
    for (const [query, variables] of [
      [open, { id: 'view-nowhere' }],
      [save, { input: { id: 'view-nowhere', name: 'x' } }],
      [remove, { id: 'view-nowhere' }],
    ] as const) {
      expect((await graphqlError(query, variables, { principal: aigul })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
  });
});

describe('validation: BAD_USER_INPUT naming the field, nothing written', () => {
  const refusals: [string, Record<string, unknown>, string][] = [
    ['an empty name', { name: '', state }, 'name'],
    ['a name of spaces only', { name: '   ', state }, 'name'],
    ['a name of zero-width characters', { name: '\u200b\u200d', state }, 'name'],
    ['a name over 120 characters', { name: 'я'.repeat(121), state }, 'name'],
    ['a new view without a state', { name: 'No state' }, 'state'],
    ['a new view without a name', { state }, 'name'],
    ['a state over 256 kB as JSON', { name: 'Too big', state: { positions: { blob: 'ж'.repeat(140 * 1024) } } }, 'state'],
    ['an id that is not an id', { id: 'a b/c', name: 'x' }, 'id'],
  ];
  it.each(refusals)('refuses %s', async (_what, input, field) => {
    const before = await viewsOf(aigul.id);
    const error = await graphqlError(save, { input }, { principal: aigul });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toMatch(new RegExp(`^${field}: `));
    expect(await viewsOf(aigul.id)).toBe(before);
  });

  it('keeps a state just under the cap', async () => {
    const big = { positions: { blob: 'x'.repeat(250 * 1024) } };
    const result = await graphql(save, { input: { name: 'Just fits', state: big } }, { principal: aigul });
    expect(result.errors).toBeUndefined();
  });
});
