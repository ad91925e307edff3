import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, freeLoopbackPort } from '../../server/db/embedded-neo4j.js';
import { GraphDatabase, type Params, type Row } from '../../server/db/graph-database.js';
import { applySchema } from '../../server/db/migrate.js';
import { createApolloServer } from '../../server/graphql/apollo.js';
import { createContext } from '../../server/graphql/context.js';
import { testDatabase } from '../support/database.js';
import { graphql, graphqlData } from '../support/graphql.js';

/**
 * Export and backup: the whole seeded graph (plus nodes with every kind of typed value) is exported, restored
 * into a SECOND, fresh Neo4j, and compared by a fingerprint of every node and relationship computed here,
 * independently of the export code. The CLI (`npm run export`, `npm run restore`) is checked the same way.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const source = (text: string, params: Params = {}): Promise<Row[]> => testDatabase().runStatement('exports.test', text, params);
let fresh: EmbeddedNeo4j;
let freshDb: GraphDatabase;
let workDir: string;
const target = (text: string, params: Params = {}): Promise<Row[]> => freshDb.runStatement('exports.test', text, params);


/**
 * Every node as labels + properties (with Neo4j's type of each value) and every relationship as type +
 * properties + the ids of its ends (a node without an id by its content), hashed and sorted.
 */
async function fingerprintOf(run: typeof source): Promise<{ nodes: number; relationships: number; hash: string }> {
  const value = `[key IN keys(x) | [key, valueType(x[key]), CASE WHEN valueType(x[key]) STARTS WITH 'STRING' OR valueType(x[key]) STARTS WITH 'LIST<STRING' THEN x[key]
    WHEN valueType(x[key]) STARTS WITH 'LIST' THEN [item IN x[key] | toString(item)] ELSE toString(x[key]) END]]`;
  const nodes = await run(`MATCH (x) RETURN elementId(x) AS element, x.id AS id, labels(x) AS labels, ${value} AS properties`);
  const rels = await run(`MATCH (a)-[x]->(b) RETURN elementId(a) AS start, elementId(b) AS end, type(x) AS type, ${value} AS properties`);
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const sortProps = (props: unknown) => JSON.stringify((props as [string][]).sort((a, b) => a[0].localeCompare(b[0])));
  const identity = new Map(nodes.map((n) => [n.element, typeof n.id === 'string' ? n.id : sha(JSON.stringify([(n.labels as string[]).sort(), sortProps(n.properties)]))]));
  const lines = [
    ...nodes.map((n) => sha(JSON.stringify(['node', (n.labels as string[]).sort(), sortProps(n.properties)]))),
    ...rels.map((r) => sha(JSON.stringify(['rel', r.type, identity.get(r.start), identity.get(r.end), sortProps(r.properties)]))),
  ].sort();
  return { nodes: nodes.length, relationships: rels.length, hash: sha(lines.join('\n')) };
}

beforeAll(async () => {
  // Values of every type a property can hold, on nodes with and without an id, and a relationship carrying them.
  await source(`
    MATCH (country:Territory {id: '41700000000000'})
    CREATE (t:ZzExportTyped {id: 'test-export-typed', float: 2.0, bigInteger: 9007199254740993, negative: -7, yes: true,
      date: date('2024-02-29'), datetime: datetime('2024-03-01T10:15:30.123+06:00[Asia/Bishkek]'), offset: datetime('2024-03-01T10:15:30Z'),
      local: localdatetime('2024-03-01T10:15'), time: time('10:15+06:00'), localTime: localtime('10:15:30'), duration: duration('P1Y2M3DT4H'),
      dates: [date('2024-01-01'), date('2024-01-02')], floats: [1.0, 2.5], integers: [1, 2], booleans: [true, false], text: 'Ысык-Көл «ң ө ү»'})
    CREATE (t)-[:ZZ_TYPED {weight: 0.5, since: date('2019-07-18'), count: 3}]->(country)
    CREATE (:ZzExportNoId {note: 'a node without an id'})-[:ZZ_LINK]->(t)`);
  workDir = mkdtempSync(join(tmpdir(), 'aimak-export-test-'));
  fresh = await startEmbeddedNeo4j({ port: await freeLoopbackPort(), dataDir: join(workDir, 'neo4j'), heap: '512m', pageCache: '64m' });
  freshDb = GraphDatabase.connect({ uri: fresh.uri, user: 'neo4j', password: '', database: undefined }, { transactionTimeoutMs: 120_000 });
  await applySchema(freshDb);
});

afterAll(async () => {
  await source('MATCH (n) WHERE n:ZzExportTyped OR n:ZzExportNoId DETACH DELETE n');
  await freshDb?.close();
  await fresh?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const EXPORT = `query ($filter: ExportFilterInput) { exportGraph(filter: $filter) { nodeCount relationshipCount fingerprint document csvFiles { name rows content } } }`;
const RESTORE = `mutation ($backup: JSONObject!) { restoreGraph(backup: $backup) { nodes relationships fingerprint } }`;

async function restoreInto(db: GraphDatabase, backup: unknown) {
  const apollo = await createApolloServer();
  const response = await apollo.executeOperation({ query: RESTORE, variables: { backup } }, { contextValue: createContext(db) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('export and restore', () => {
  let exported: any;
  beforeAll(async () => {
    exported = (await graphqlData(EXPORT)).exportGraph;
  });

  it('exports every node and relationship, keeping the type of every value', async () => {
    const [counts] = await source('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships');
    expect([exported.nodeCount, exported.relationshipCount]).toEqual([counts!.nodes, counts!.relationships]);
    expect(exported.document).toMatchObject({ format: 'aimak-graph-export', version: 1, filter: null, fingerprint: exported.fingerprint, counts: { nodes: counts!.nodes } });
    const typed = exported.document.nodes.find((node: any) => node.ref === 'test-export-typed');
    expect(typed).toEqual({
      ref: 'test-export-typed',
      labels: ['ZzExportTyped'],
      properties: {
        bigInteger: { type: 'integer', value: '9007199254740993' },
        booleans: [true, false],
        date: { type: 'date', value: '2024-02-29' },
        dates: { type: 'list<date>', value: ['2024-01-01', '2024-01-02'] },
        datetime: { type: 'datetime', value: '2024-03-01T10:15:30.123+06:00[Asia/Bishkek]' },
        duration: { type: 'duration', value: 'P1Y2M3DT4H' },
        float: { type: 'float', value: 2 },
        floats: { type: 'list<float>', value: [1, 2.5] },
        id: 'test-export-typed',
        integers: [1, 2],
        local: { type: 'localdatetime', value: '2024-03-01T10:15:00' },
        localTime: { type: 'localtime', value: '10:15:30' },
        negative: -7,
        offset: { type: 'datetime', value: '2024-03-01T10:15:30Z' },
        text: 'Ысык-Көл «ң ө ү»',
        time: { type: 'time', value: '10:15:00+06:00' },
        yes: true,
      },
    });
    expect(exported.document.relationships.find((rel: any) => rel.type === 'ZZ_TYPED')).toEqual({
      type: 'ZZ_TYPED', start: 'test-export-typed', end: '41700000000000',
      properties: { count: 3, since: { type: 'date', value: '2019-07-18' }, weight: { type: 'float', value: 0.5 } },
    });
  });

  it('restores the export exactly on a fresh database: the fingerprint of every node and relationship is the same', async () => {
    const before = await fingerprintOf(source);
    const result = await restoreInto(freshDb, JSON.parse(JSON.stringify(exported.document)));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ restoreGraph: { nodes: before.nodes, relationships: before.relationships, fingerprint: exported.fingerprint } });
    expect(await fingerprintOf(target)).toEqual(before);
    const [types] = await target(`MATCH (t:ZzExportTyped) RETURN valueType(t.float) AS float, valueType(t.bigInteger) AS big, t.bigInteger = 9007199254740993 AS exact,
      valueType(t.datetime) AS datetime, toString(t.datetime) AS zoned, valueType(t.dates) AS dates`);
    expect(types).toEqual({ float: 'FLOAT NOT NULL', big: 'INTEGER NOT NULL', exact: true, datetime: 'ZONED DATETIME NOT NULL', zoned: '2024-03-01T10:15:30.123+06:00[Asia/Bishkek]', dates: 'LIST<DATE NOT NULL> NOT NULL' });
    // The restored graph answers the API like the original.
    const [seminar] = await target(`MATCH (e:Event {id: 'event-2019-07-18-karakol-inception'}) RETURN COUNT { (e)<-[:PARTICIPATED_IN]-(:Person) } AS people`);
    expect(seminar).toEqual({ people: 4 });
  });

  it('refuses to restore into a database that holds anything, or a file that was changed', async () => {
    const full = await restoreInto(freshDb, exported.document);
    expect(full.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['CONFLICT', `The database is not empty (${exported.nodeCount} nodes); restore only into an empty database`]]);
    const changed = JSON.parse(JSON.stringify(exported.document));
    changed.nodes.find((node: any) => node.ref === 'person-mambetova-asel').properties.nameRu = 'Кто-то другой';
    const edited = await graphql(RESTORE, { backup: changed });
    expect(edited.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'backup: its fingerprint does not match its content: the file was changed or damaged']]);
    const other = await graphql(RESTORE, { backup: { format: 'something-else' } });
    expect(other.errors?.[0]?.message).toBe('backup: not an Aimak Graph export (format must be "aimak-graph-export")');
    const float = await graphql(RESTORE, { backup: { format: 'aimak-graph-export', version: 1, nodes: [{ ref: 'x', labels: ['X'], properties: { weight: 0.5 } }], relationships: [] } });
    expect(float.errors?.[0]?.message).toBe('backup: node x.weight: a plain number must be a whole number; floats are written {"type": "float", "value": …}');
  });

  it('exports CSV per kind of node and type of relationship', async () => {
    const files = new Map<string, any>(exported.csvFiles.map((file: any) => [file.name, file]));
    const [people] = await source('MATCH (p:Person) RETURN count(p) AS n');
    expect(files.get('nodes/Person.csv').rows).toBe(people!.n);
    expect(files.get('nodes/Territory.csv').rows).toBe(536);
    expect(files.get('relationships/PART_OF.csv').rows).toBe(535);
    // Columns are the properties people have (other test files may add some): read the file as a table.
    const table = parse(files.get('nodes/Person.csv').content, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(table[0]!).slice(0, 2)).toEqual(['id', 'aliases']);
    expect(table.find((row) => row.id === 'person-mambetova-asel')).toMatchObject({
      aliases: 'Мамбетова Асель | Мамбетова А. | А. Мамбетова | Mambetova Asel | Mambetova A. | A. Mambetova',
      nameEn: 'Asel Mambetova',
      nameRu: 'Асель Мамбетова',
    });
    const posts = parse(files.get('relationships/HOLDS_POSITION.csv').content, { bom: true, columns: true }) as Record<string, string>[];
    expect(posts.find((row) => row.id === 'position-baidyldaev-m-k-gamsumo')).toMatchObject({ start: 'person-baidyldaev-m-k', end: 'gamsumo', observedOn: '2019-07-18', title: 'Deputy Director' });
  });

  it('exports a filtered part: an event with the nodes next to it and only the relationships among them', async () => {
    const filter = { ids: ['event-2019-07-18-karakol-inception'], neighbours: true };
    const part = (await graphqlData(EXPORT, { filter })).exportGraph;
    const [expected] = await source(`MATCH (e:Event {id: 'event-2019-07-18-karakol-inception'})
      WITH e, COLLECT { MATCH (e)--(n) RETURN DISTINCT n } + [e] AS nodes
      RETURN size(nodes) AS nodes, COUNT { MATCH (a)-[r]->(b) WHERE a IN nodes AND b IN nodes } AS relationships`);
    expect([part.nodeCount, part.relationshipCount]).toEqual([expected!.nodes, expected!.relationships]);
    expect(part.document.filter).toEqual({ labels: null, ids: filter.ids, neighbours: true });
    const people = (await graphqlData(EXPORT, { filter: { labels: ['Person'] } })).exportGraph;
    expect(people.document.nodes.every((node: any) => node.labels.includes('Person'))).toBe(true);
    expect(people.relationshipCount).toBe(0);
  });

  it('backs up and restores with the command line: npm run export, npm run restore', async () => {
    await target('MATCH (n) DETACH DELETE n');
    const file = join(workDir, 'backup.json');
    const run = (script: string, args: string[], uri: string) =>
      spawnSync('npx', ['tsx', `server/cli/${script}.ts`, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: '' }, timeout: 180_000 });
    const exportRun = run('export', ['--out', file, '--csv', join(workDir, 'csv')], inject('neo4jUri'));
    expect(exportRun.status, exportRun.stderr).toBe(0);
    const document = JSON.parse(readFileSync(file, 'utf8'));
    expect(exportRun.stdout).toContain(`Wrote ${file}: ${document.counts.nodes} nodes, ${document.counts.relationships} relationships, ${document.fingerprint}`);
    expect(readFileSync(join(workDir, 'csv', 'nodes', 'Person.csv'), 'utf8').startsWith('\uFEFFid,')).toBe(true);
    const restoreRun = run('restore', [file], fresh.uri);
    expect(restoreRun.status, restoreRun.stderr).toBe(0);
    expect(restoreRun.stdout).toContain(`Restored ${document.counts.nodes} nodes and ${document.counts.relationships} relationships; fingerprint ${document.fingerprint} matches the file`);
    expect(await fingerprintOf(target)).toEqual(await fingerprintOf(source));
  });
});
