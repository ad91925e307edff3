import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { protectedPlanRefusal } from '../../server/cypher-console/protected-data.js';
import type { PlanOperator } from '../../server/cypher-console/plan-inspection.js';
import { contactSeal } from '../../server/privacy/contact-seal.js';
import { testDatabase } from '../support/database.js';
import { as, graphql, graphqlData } from '../support/graphql.js';

/**
 * Issue 11, point 5: the analysts' console cannot read the audit trail or sealed values, whatever the query:
 * naming the label or an audit property is refused, and every route that does not name them (all-nodes scans
 * with `n[key]`, properties(n), keys(n), n{.*}, collect(n), paths, list comprehensions, filters) finds
 * nothing readable. The audit trail itself still works for editors, old plain entries included.
 */
const personId = 'zz-audit-secret-person';
const actor = 'zz-auditor-secret-actor';
const nameEn = 'Zz Secret Asel';
const phone = '+996555000111';
const analyst = { principal: as(Role.ANALYST, 'zz-analyst') };
const runCypher = `query ($query: String!, $parameters: JSONObject) { runCypher(query: $query, parameters: $parameters, rowLimit: 10000) { columns rows graph { nodes { id } } } }`;
const cypher = (text: string, params: Record<string, unknown> = {}) => testDatabase().runStatement('console-protected.test', text, params);
/** Nothing of the entries may show: not the actor, the name, the phone, its sealed form, nor the summary. */
const secrets = [actor, nameEn, phone, 'sealed:v1:', 'Deleted person', 'DELETED'];

beforeAll(async () => {
  const admin = { principal: as(Role.ADMIN, actor) };
  await graphqlData('mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { id: personId, nameEn } }, admin);
  // Phones come from attendance sheets, sealed; set one the same way.
  await cypher('MATCH (p:Person {id: $id}) SET p.phone = $phone', { id: personId, phone: contactSeal().seal('phone', phone) });
  await graphqlData('mutation ($id: ID!) { updatePerson(id: $id, input: { nameRu: "Асель" }) { id } }', { id: personId }, admin);
  await graphqlData('mutation ($id: ID!) { deletePerson(id: $id) { deleted } }', { id: personId }, admin);
});
afterAll(async () => {
  await cypher('MATCH (c:Change) WHERE c.entityId IN [$id, "zz-audit-old-entry"] DELETE c', { id: personId });
});

describe('the audit entries themselves', () => {
  it('are stored sealed, apart from the keys they are found by', async () => {
    const rows = await cypher('MATCH (c:Change {entityId: $id}) RETURN properties(c) AS c', { id: personId });
    expect(rows).toHaveLength(3);
    for (const { c } of rows as { c: Record<string, unknown> }[]) {
      for (const column of ['actor', 'action', 'entityType', 'subjectId', 'summary']) expect(String(c[column])).toMatch(/^sealed:v1:/);
      expect(JSON.stringify(c)).not.toContain(actor);
      expect(JSON.stringify(c)).not.toContain(nameEn);
    }
  });

  it('still read in full through changes, for those allowed', async () => {
    const history = (await graphqlData('query ($id: ID!) { changes(entityId: $id) { actor action entityType subjectId summary before after } }', { id: personId })).changes;
    expect(history.map((c: any) => [c.action, c.actor, c.entityType, c.subjectId])).toEqual([
      ['DELETED', actor, 'Person', personId],
      ['UPDATED', actor, 'Person', personId],
      ['CREATED', actor, 'Person', personId],
    ]);
    expect(history[0].summary).toBe(`Deleted person «${nameEn}»`);
    expect(history[0].before).toMatchObject({ nameEn, nameRu: 'Асель' });
    expect(history[1].after).toEqual({ nameRu: 'Асель' });
  });

  it('reads entries stored in plain text before sealing existed', async () => {
    await cypher(`CREATE (:Change {id: 'zz-old', entityId: 'zz-audit-old-entry', at: datetime('2024-01-01T00:00:00Z'), actor: 'old-actor', requestId: null,
      action: 'UPDATED', entityType: 'Person', subjectId: 'zz-audit-old-entry', summary: 'Updated person «Old»', before: '{"nameEn":"A"}', after: '{"nameEn":"B"}'})`);
    const [entry] = (await graphqlData('{ changes(entityId: "zz-audit-old-entry") { actor action summary before after } }')).changes;
    expect(entry).toEqual({ actor: 'old-actor', action: 'UPDATED', summary: 'Updated person «Old»', before: { nameEn: 'A' }, after: { nameEn: 'B' } });
  });
});

describe('the console', () => {
  const refused: [string, string][] = [
    ['the issue’s query', 'MATCH (c:Change) RETURN c.actor, c.before, c.after'],
    ['the label quoted', 'MATCH (c:`Change`) RETURN c'],
    ['the label in a filter', 'MATCH (n) WHERE n:Change RETURN count(n)'],
    ['the label as a string', "MATCH (n) WHERE 'Change' IN labels(n) RETURN n"],
    ['an audit property by name', 'MATCH (n) WHERE n.entityId = $id RETURN n'],
    ['reading by filtering on a named property', "MATCH (n) WHERE n.before CONTAINS 'Asel' RETURN n.id"],
    ['a comprehension over a named property', 'MATCH (n) RETURN [x IN collect(n) | x.before] AS values'],
    ['a map projection of a named property', 'MATCH (n) RETURN n {.actor, .summary} AS m'],
    ['a property by a quoted key', "MATCH (n) RETURN n['summary'] AS s"],
  ];
  it.each(refused)('refuses %s naming the query', async (_what, query) => {
    const result = await graphql(runCypher, { query, parameters: { id: personId } }, analyst);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(result.errors?.[0]?.message).toMatch(/audit trail/);
  });

  it('refuses a plan that scans or seeks the audit label, however the label was written', async () => {
    const { driver } = testDatabase() as unknown as { driver: Driver };
    const explained = await driver.executeQuery('EXPLAIN MATCH (c:Change {entityId: $id}) RETURN c', { id: personId });
    expect(protectedPlanRefusal(explained.summary.plan as PlanOperator)).toMatch(/audit trail/);
    const scanned = await driver.executeQuery('EXPLAIN MATCH (c:Change) RETURN count(c)');
    expect(protectedPlanRefusal(scanned.summary.plan as PlanOperator)).toMatch(/audit trail/);
    const plain = await driver.executeQuery('EXPLAIN MATCH (p:Person) RETURN p');
    expect(protectedPlanRefusal(plain.summary.plan as PlanOperator)).toBeNull();
  });

  // Entries found without naming anything: any node with a property equal to the deleted person's id.
  const found = 'MATCH (n) WHERE any(k IN keys(n) WHERE n[k] = $id)';
  const answered: [string, string][] = [
    ['the nodes themselves', `${found} RETURN n`],
    ['properties(n)', `${found} RETURN properties(n) AS p`],
    ['keys(n) with n[key]', `${found} RETURN keys(n) AS k, [k IN keys(n) | n[k]] AS v`],
    ['n{.*}', `${found} RETURN n {.*} AS m`],
    ['collect(n)', `${found} RETURN collect(n) AS all`],
    ['a path', `MATCH p = (n) WHERE any(k IN keys(n) WHERE n[k] = $id) RETURN p`],
    ['a comprehension by a parameter key', `${found} RETURN [x IN collect(n) | x[$key]] AS values`],
    ['every value as text', `${found} UNWIND keys(n) AS k RETURN k, toString(n[k]) AS v`],
  ];
  it.each(answered)('shows nothing of an entry through %s', async (_what, query) => {
    const result = await graphqlData(runCypher, { query, parameters: { id: personId, key: 'before' } }, analyst);
    expect(result.runCypher.rows.length).toBeGreaterThan(0);
    const shown = JSON.stringify(result.runCypher);
    for (const secret of secrets) expect(shown).not.toContain(secret);
  });

  it('learns nothing by filtering on the entries’ values', async () => {
    for (const secret of [actor, nameEn, 'DELETED', 'Person']) {
      const result = await graphqlData(runCypher, { query: `${found} AND any(k IN keys(n) WHERE toString(n[k]) CONTAINS $secret) RETURN count(n) AS c`, parameters: { id: personId, secret } }, analyst);
      expect(result.runCypher.rows).toEqual([{ c: 0 }]);
    }
  });

  it('masks sealed values of other nodes too (a person’s phone)', async () => {
    await cypher('CREATE (:Person:ZzPhoneHolder {id: "zz-phone-holder", nameEn: "Holder", phone: $phone})', { phone: contactSeal().seal('phone', phone) });
    try {
      const result = await graphqlData(runCypher, { query: 'MATCH (p:ZzPhoneHolder) RETURN p, p.phone AS phone, properties(p) AS all' }, analyst);
      expect(result.runCypher.rows[0].phone).toBe('[sealed]');
      expect(JSON.stringify(result.runCypher)).not.toContain('sealed:v1:');
    } finally {
      await cypher('MATCH (p:ZzPhoneHolder) DELETE p');
    }
  });
});
