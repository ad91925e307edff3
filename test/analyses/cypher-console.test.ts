import { describe, expect, it } from 'vitest';
import { testDatabase } from '../support/database.js';
import { graphql, graphqlData, graphqlError } from '../support/graphql.js';

const runCypher = `query ($query: String!, $parameters: JSONObject, $rowLimit: Int, $timeoutSeconds: Int) {
  runCypher(query: $query, parameters: $parameters, rowLimit: $rowLimit, timeoutSeconds: $timeoutSeconds) {
    columns rows graph { nodes { id entityType } edges { type source target } }
  } }`;

/** Everything a refused query could have changed: counts, labels, relationship types, property keys, indexes, constraints. */
async function databaseFingerprint(): Promise<string> {
  const db = testDatabase();
  const [row] = await db.runStatement(
    'test: fingerprint',
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
     CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
     CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS keys }
     RETURN nodes, relationships, labels, types, keys`,
  );
  const indexes = await db.runStatement('test: indexes', 'SHOW INDEXES YIELD name RETURN collect(name) AS names');
  return JSON.stringify([row, indexes]);
}

describe('read-only Cypher for analysts', () => {
  it('returns columns, rows as JSON and the graph part for the view', async () => {
    const data = await graphqlData(runCypher, {
      query: 'MATCH (p:Person {id: $id})-[r:PARTICIPATED_IN]->(e:Event) RETURN p, r, e, e.date AS date, $n AS n',
      parameters: { id: 'person-mambetova-asel', n: 3 },
    });
    const result = data.runCypher;
    expect(result.columns).toEqual(['p', 'r', 'e', 'date', 'n']);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0].p).toMatchObject({ labels: ['Entity', 'Person'], properties: { id: 'person-mambetova-asel', nameEn: 'Asel Mambetova' } });
    expect(result.rows[0].r).toMatchObject({ type: 'PARTICIPATED_IN', properties: { role: 'PRESENTER' } });
    expect(result.rows[0].date).toBe('2019-07-18');
    expect(result.rows[0].n).toBe(3);
    expect(result.graph.nodes.map((n: any) => n.id).sort()).toEqual(['event-2019-07-18-karakol-inception', 'person-mambetova-asel']);
    expect(result.graph.edges).toEqual([{ type: 'PARTICIPATED_IN', source: 'person-mambetova-asel', target: 'event-2019-07-18-karakol-inception' }]);
  });

  it('passes Neo4j’s notifications through with their codes and positions: an unknown label is not just "no rows"', async () => {
    const query = `query ($query: String!) { runCypher(query: $query) { rows notifications { code gqlStatus severity category subject line column offset description } } }`;
    const data = await graphqlData(query, { query: 'MATCH (p:Persn)\nRETURN p.nameEn AS name' });
    expect(data.runCypher.rows).toEqual([]);
    const [unknown] = data.runCypher.notifications;
    expect(unknown).toMatchObject({
      code: 'Neo.ClientNotification.Statement.UnknownLabelWarning',
      severity: 'WARNING',
      subject: 'Persn',
      line: 1,
      column: 10,
      offset: 9,
    });
    expect(unknown.gqlStatus).toMatch(/^01N5\d$/);
    const typo = await graphqlData(query, { query: 'MATCH (:Person)-[:PARTICIPATED]->(e:Event) RETURN e.eventDate AS d' });
    expect(typo.runCypher.notifications.map((n: any) => [n.code.split('.').at(-1), n.subject])).toEqual(
      expect.arrayContaining([['UnknownRelationshipTypeWarning', 'PARTICIPATED'], ['UnknownPropertyKeyWarning', 'eventDate']]),
    );
    // A clean statement has none.
    expect((await graphqlData(query, { query: 'MATCH (p:Person) RETURN count(p) AS n' })).runCypher.notifications).toEqual([]);
  });

  it('accepts whole-number parameters where Cypher needs integers, and catalogue procedures', async () => {
    const limited = await graphqlData(runCypher, { query: 'MATCH (t:Territory) RETURN t.id AS id ORDER BY id LIMIT $n', parameters: { n: 2 } });
    expect(limited.runCypher.rows).toHaveLength(2);
    const labels = await graphqlData(runCypher, { query: 'CALL db.labels() YIELD label RETURN label ORDER BY label' });
    expect(labels.runCypher.rows.map((r: any) => r.label)).toEqual(expect.arrayContaining(['Event', 'Organisation', 'Person', 'Territory']));
    expect(labels.runCypher.graph).toBeNull();
  });

  const refusals: [string, string, RegExp][] = [
    ['a write', "CREATE (:Intruder {name: 'x'})", /writes are not allowed/],
    ['a write hidden after a read', "MATCH (n:Person) WITH n LIMIT 1 SET n.nameEn = 'changed' RETURN n", /writes are not allowed/],
    ['a delete', 'MATCH (n:Event) DETACH DELETE n', /writes are not allowed/],
    ['a write procedure', "CALL db.createLabel('Intruder')", /writes are not allowed/],
    ['a schema change', 'CREATE INDEX intruder IF NOT EXISTS FOR (n:Person) ON (n.phone)', /schema/],
    ['an admin procedure', 'CALL dbms.listConfig() YIELD name RETURN name', /not allowed/],
    ['a procedure outside the list', 'CALL db.info() YIELD id RETURN id', /procedure db\.info is not allowed/],
    ['reading a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
    ['reaching the network', "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row", /LOAD CSV/],
    ['another database', 'USE system SHOW USERS', /USE/],
    ['a monitoring command', 'SHOW TRANSACTIONS', /SHOW/],
    ['two statements', 'MATCH (n) RETURN count(n); MATCH (m) RETURN count(m)', /one statement/],
    ['batched writes', "MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS RETURN count(*)", /IN TRANSACTIONS/],
  ];

  it.each(refusals)('refuses %s with a clear error and changes nothing', async (_what, query, message) => {
    const before = await databaseFingerprint();
    const error = await graphqlError(runCypher, { query });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(error.message).toMatch(message);
    expect(await databaseFingerprint()).toBe(before);
  });

  const neo4jRefusals: [string, string, RegExp][] = [
    ['a syntax error', 'MATCH (n RETURN n', /Invalid input/],
    ['an unknown function', 'RETURN noSuchFunction(1) AS x', /Unknown function 'noSuchFunction'/],
    ['an unknown procedure', 'CALL db.noSuchProcedure() YIELD x RETURN x', /no procedure with the name `db\.noSuchProcedure`/i],
    ['a missing parameter', 'RETURN $absent AS x', /Expected parameter\(s\): absent/],
    ['a division by zero', 'UNWIND [0] AS zero RETURN 1 / zero AS x', /by zero/],
  ];

  it.each(neo4jRefusals)('answers %s with BAD_USER_INPUT and Neo4j\'s own words', async (_what, query, message) => {
    const error = await graphqlError(runCypher, { query });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n'); // Neo4j's caret diagram of the query is left out
  });

  it('is not fooled by keywords inside strings and comments', async () => {
    const data = await graphqlData(runCypher, { query: "// LOAD CSV and CREATE here are only words\nRETURN 'USE system; SHOW USERS' AS text" });
    expect(data.runCypher.rows).toEqual([{ text: 'USE system; SHOW USERS' }]);
  });

  it('refuses results over the row limit instead of cutting them', async () => {
    const error = await graphqlError(runCypher, { query: 'UNWIND range(1, 11) AS x RETURN x', rowLimit: 10 });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rowLimit' });
    expect(error.message).toContain('more than 10 rows');
    const tooHigh = await graphqlError(runCypher, { query: 'RETURN 1', rowLimit: 1_000_000 });
    expect(tooHigh.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stops a query over its time limit and reports it', async () => {
    const started = Date.now();
    const result = await graphql(runCypher, { query: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n', timeoutSeconds: 1 });
    expect(result.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
