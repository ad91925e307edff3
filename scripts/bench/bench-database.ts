// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * The benchmark's own Neo4j: an embedded server in `.data/bench/scale-<n>` (git-ignored), with the schema, the
 * real seed and the generated national-scale programme. A marker node records what was generated, so a
 * second run reuses the store instead of writing 200,000 participations again.
 */
import { performance } from 'node:perf_hooks';
import neo4j, { type Driver } from 'neo4j-driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, freeLoopbackPort } from '../../server/db/embedded-neo4j.js';
import { GraphDatabase } from '../../server/db/graph-database.js';
import { applySchema } from '../../server/db/migrate.js';
import { isSeeded, seedDatabase } from '../../server/seed/seed.js';
import { GENERATOR_VERSION, generateNational, readMarker, type GenerationMarker } from './generate-national.js';

export interface BenchDatabaseOptions {
  scale: number;
  /** Relative to the repo root; default `.data/bench/scale-<scale>`. */
  dataDir?: string;
  heap?: string;
  pageCache?: string;
  /** Use this Neo4j instead of starting the embedded one (it must be disposable: generated data is written). */
  uri?: string;
  log?: (message: string) => void;
}

export interface BenchDatabase {
  uri: string;
  dataDir: string | null;
  /** Our executor, for schema and seed. */
  db: GraphDatabase;
  /** A plain driver, for the generator and for checks. */
  driver: Driver;
  marker: GenerationMarker;
  /** Seconds spent generating in this run (0 when the generated data was reused). */
  generatedSeconds: number;
  close(): Promise<void>;
}

/** A free TCP port on the loopback interface. */

/** The driver settings our GraphDatabase uses, so the bare and peer servers get the same connection pool. */
export function benchDriver(uri: string): Driver {
  return neo4j.driver(uri, undefined, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    userAgent: 'aimak-graph-bench',
  });
}

export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const log = options.log ?? (() => {});
  let embedded: EmbeddedNeo4j | undefined;
  let uri = options.uri;
  const dataDir = options.uri ? null : (options.dataDir ?? `.data/bench/scale-${options.scale}`);
  if (!uri) {
    const started = performance.now();
    embedded = await startEmbeddedNeo4j({
      port: await freeLoopbackPort(),
      dataDir: dataDir!,
      heap: options.heap ?? '2g',
      pageCache: options.pageCache ?? '1g',
    });
    uri = embedded.uri;
    log(`embedded Neo4j at ${uri} (data in ${dataDir}), started in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const db = GraphDatabase.connect({ uri, user: 'neo4j', password: '', database: undefined }, { transactionTimeoutMs: 600_000 });
  const driver = benchDriver(uri);
  const close = async () => {
    await driver.close();
    await db.close();
    await embedded?.stop();
  };
  try {
    await db.verifyConnectivity();
    await applySchema(db);
    if (!(await isSeeded(db))) {
      const started = performance.now();
      await seedDatabase(db);
      log(`seed loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    let marker = await readMarker(driver);
    let generatedSeconds = 0;
    if (marker && marker.complete && marker.scale === options.scale && marker.version === GENERATOR_VERSION) {
      log(`reusing generated data (scale ${marker.scale}, generated ${marker.generatedAt} in ${marker.seconds.toFixed(1)} s)`);
    } else {
      if (marker) log(`generated data present but not reusable (scale ${marker.scale}, version ${marker.version}, complete ${marker.complete}): regenerating`);
      const started = performance.now();
      marker = await generateNational(driver, { scale: options.scale, log });
      generatedSeconds = (performance.now() - started) / 1000;
    }
    return { uri, dataDir, db, driver, marker, generatedSeconds, close };
  } catch (error) {
    await close();
    throw error;
  }
}

