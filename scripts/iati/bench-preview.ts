// type-graphql's decorators need the metadata API before any decorated class loads (the import's input types).
import 'reflect-metadata';
/**
 * `npm run bench:iati`: issue 14's figure for a large IATI file. A generated file of 1,000 activities (~10 MB; another
 * count as the first argument) goes through `previewIatiImport` (the reader's worker, then matching against the
 * seeded graph) on a throwaway embedded Neo4j with the real seed, or TEST_NEO4J_URI. Prints the preview time (goal
 * ≤ 20 s) and the longest event-loop delay of the main thread meanwhile (goal ≤ 100 ms), for a cold and a warm run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { freeLoopbackPort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/db/embedded-neo4j.js';
import { GraphDatabase } from '../../server/db/graph-database.js';
import { applySchema } from '../../server/db/migrate.js';
import { previewIatiImport } from '../../server/iati/iati-import.service.js';
import { readIatiFile, stopIatiReader, warmIatiReader } from '../../server/iati/reading/read-iati-file.js';
import { seedDatabase } from '../../server/seed/seed.js';
import { generateIatiActivities } from './activity-generator.js';

const count = Number(process.argv[2] ?? 1000);
const xml = generateIatiActivities(count);
const file = Buffer.from(xml).toString('base64');

let server: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;
let uri = process.env.TEST_NEO4J_URI;
if (!uri) {
  dataDir = mkdtempSync(join(tmpdir(), 'aimak-bench-iati-'));
  console.error('Starting a throwaway embedded Neo4j and loading the seed…');
  server = await startEmbeddedNeo4j({ port: await freeLoopbackPort(), dataDir, heap: '1g', pageCache: '256m' });
  uri = server.uri;
}
const db = GraphDatabase.connect({ uri, user: process.env.TEST_NEO4J_USER ?? 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '', database: undefined }, { transactionTimeoutMs: 120_000 });
try {
  if (server) {
    await applySchema(db);
    await seedDatabase(db);
  }
  await warmIatiReader();
  console.log(`activities: ${count} (${(Buffer.byteLength(xml) / 1024 / 1024).toFixed(1)} MB of XML)`);
  for (const run of ['cold', 'warm']) {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const preview = await previewIatiImport(db, { file, fileName: 'generated.xml' }, readIatiFile);
    const seconds = (performance.now() - started) / 1000;
    delay.disable();
    console.log(
      `${run}: preview ${seconds.toFixed(2)} s (goal ≤ 20 s); longest event-loop delay ${(delay.max / 1e6).toFixed(1)} ms (goal ≤ 100 ms); ` +
        `${preview.activities.length} activities, ${preview.invalidActivities.length} invalid`,
    );
  }
} finally {
  await stopIatiReader();
  await db.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
