import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, freeLoopbackPort } from '../../server/db/embedded-neo4j.js';
import { GraphDatabase } from '../../server/db/graph-database.js';
import { applySchema } from '../../server/db/migrate.js';
import { createApolloServer } from '../../server/graphql/apollo.js';
import { createContext } from '../../server/graphql/context.js';


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(100);
  }
}
const dataDir = mkdtempSync(join(tmpdir(), 'aimak-outage-'));
let neo4jServer: EmbeddedNeo4j | undefined;
let db: GraphDatabase | undefined;

afterAll(async () => {
  await db?.close();
  await neo4jServer?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

// A Neo4j of its own, stopped and started again under load: the shared test database stays up.
describe('Neo4j outage', () => {
  it('fails fast with DATABASE_UNAVAILABLE while Neo4j is down, recovers by itself, and keeps exactly the writes it confirmed', { timeout: 300_000 }, async () => {
    const port = await freeLoopbackPort();
    neo4jServer = await startEmbeddedNeo4j({ port, dataDir, pageCache: '64m' });
    db = GraphDatabase.connect({ uri: neo4jServer.uri, user: 'neo4j', password: '', database: undefined }, { transactionTimeoutMs: 10_000, retryTimeMs: 2_000 });
    await applySchema(db);
    const apollo = await createApolloServer();
    const create = `mutation ($id: ID!) { createPerson(input: { id: $id, nameEn: "Load" }) { id } }`;

    const confirmed: string[] = [];
    const failed: { id: string; code: unknown; outcome: unknown; requestId: string; ms: number }[] = [];
    let stop = false;
    let counter = 0;
    const worker = async (w: number) => {
      while (!stop) {
        const id = `outage-${w}-${(counter += 1)}`;
        const started = Date.now();
        const contextValue = createContext(db!);
        const response = await apollo.executeOperation({ query: create, variables: { id } }, { contextValue });
        const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
        const error = result?.errors?.[0];
        if (error) failed.push({ id, code: error.extensions?.code, outcome: error.extensions?.outcome, requestId: contextValue.requestId, ms: Date.now() - started });
        else confirmed.push(id);
        await sleep(20);
      }
    };
    const workers = Array.from({ length: 8 }, (_, w) => worker(w));

    await until(() => confirmed.length >= 30, 60_000);
    await neo4jServer.stop();
    await until(() => failed.length >= 8, 30_000);
    await sleep(2_000);
    neo4jServer = await startEmbeddedNeo4j({ port, dataDir, pageCache: '64m' });
    const afterRestart = confirmed.length;
    await until(() => confirmed.length >= afterRestart + 30, 60_000); // recovered without restarting the app
    stop = true;
    await Promise.all(workers);

    const unavailable = failed.filter((f) => f.code === 'DATABASE_UNAVAILABLE');
    expect(unavailable.length).toBeGreaterThan(0);
    expect(failed.filter((f) => f.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(Math.max(...unavailable.map((f) => f.ms))).toBeLessThan(10_000);

    const rows = await db.runStatement('test: stored', 'MATCH (p:Person) WHERE p.id STARTS WITH "outage-" RETURN collect(p.id) AS ids');
    const stored = new Set(rows[0]!.ids as string[]);
    expect(confirmed.filter((id) => !stored.has(id)), 'confirmed but missing').toEqual([]); // every confirmed write is there
    const notApplied = failed.filter((f) => f.outcome === 'NOT_APPLIED');
    expect(notApplied.length).toBeGreaterThan(0);
    expect(notApplied.filter((f) => stored.has(f.id)).map((f) => f.id), 'failed but stored').toEqual([]); // no failed one is
    // A write cut off while committing is reported as UNKNOWN, never as failed; the audit trail settles it.
    const unknown = failed.filter((f) => f.outcome === 'UNKNOWN');
    expect(failed.length).toBe(notApplied.length + unknown.length);
    const check = `query ($r: ID!) { changesOfRequest(requestId: $r) { subjectId } }`;
    for (const f of unknown) {
      const answer = await apollo.executeOperation({ query: check, variables: { r: f.requestId } }, { contextValue: createContext(db) });
      const saved = answer.body.kind === 'single' ? ((answer.body.singleResult.data as any).changesOfRequest as unknown[]).length > 0 : false;
      expect(saved, f.id).toBe(stored.has(f.id));
    }
  });
});
