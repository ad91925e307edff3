import { afterAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { startOwnService, until, type OwnService } from './own-service.js';

let service: OwnService | undefined;
afterAll(async () => {
  await service?.close();
});

const runCypher = `query ($query: String!) { runCypher(query: $query, timeoutSeconds: 20) { rows } }`;

// Issue 11, point 1: each of these ended the JVM with "OutOfMemoryError: Java heap space" on a 1 GB heap, and nothing
// brought it back. Run against a Neo4j of its own, so that even if one got through, the shared test database is unharmed.
const heapExhausting: [string, string][] = [
  ['string growth (the query from the issue)', "RETURN size(reduce(s = 'x', i IN range(1, 31) | s + s)) AS n"],
  ['list growth', 'RETURN size(reduce(l = [1], i IN range(1, 40) | l + l)) AS n'],
  ['map growth', "RETURN size(reduce(m = {a: 'x'}, i IN range(1, 40) | {a: m.a + m.a, b: m}).a) AS n"],
  ['a huge list comprehension', 'RETURN size([i IN range(1, 2000000000) | i]) AS n'],
];

describe('analyst queries that would exhaust the heap', () => {
  it('are refused or stopped, Neo4j keeps running, and a viewer can read within 30 s', { timeout: 300_000 }, async () => {
    service = await startOwnService();
    const own = service;
    expect((await own.graphql(Role.EDITOR, `mutation { createPerson(input: { id: "reader-check", nameEn: "Still here" }) { id } }`)).errors).toBeUndefined();
    const pid = own.neo4j.pid;

    for (const [what, query] of heapExhausting) {
      const answer = await own.graphql(Role.ANALYST, runCypher, { query });
      expect(answer.errors?.[0]?.extensions, what).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    }

    // Growth Neo4j itself accounts for (an aggregation) is stopped by the transaction memory limit.
    const collected = await own.graphql(Role.ANALYST, runCypher, { query: 'UNWIND range(1, 200000000) AS x RETURN size(collect(x)) AS n' });
    expect(collected.errors?.[0]?.extensions).toMatchObject({ code: 'RESOURCE_LIMIT', field: 'query' });
    expect(collected.errors[0].message).toMatch(/more memory than a query may use/);

    const started = Date.now();
    await until(async () => (await own.graphql(Role.VIEWER, `{ person(id: "reader-check") { nameEn } }`)).data?.person?.nameEn === 'Still here', 30_000, "a viewer's read");
    console.log(`[fault figures] viewer read answered ${Date.now() - started} ms after the heap-exhausting queries`);
    expect(own.neo4j.pid).toBe(pid); // the JVM never went down
    expect(own.neo4j.status()).toEqual({ state: 'running', restarts: 0 });
  });
});
