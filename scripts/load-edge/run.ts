// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npx tsx scripts/load-edge/run.ts [--connections 200] [--seconds 30] [--warmup 20] [--neo4j-warmup 60]
 *   [--modes development,production]`: the HTTP edge under
 * load, in development and in production mode. A fresh embedded Neo4j with the real seed; the app in a
 * process of its own, configured from the environment as `npm start` is; autocannon with 200 connections
 * for 30 s cycling through the web view's opening reads (programmes, the events page, an event's detail)
 * with a valid token, while /healthz is asked every 200 ms on a new connection from a worker thread.
 * Prints requests per second, p50/p99 latency, errors (connection errors, timeouts, non-2xx, GraphQL
 * errors) and the /healthz latency during the run. Figures depend on the machine and what else runs on it.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { randomBytes } from 'node:crypto';
import type { AutocannonRequest } from 'autocannon';
import { authSettings, signToken } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { GraphDatabase } from '../../server/db/graph-database.js';
import { freeLoopbackPort, startEmbeddedNeo4j } from '../../server/db/embedded-neo4j.js';
import { applySchema } from '../../server/db/migrate.js';
import { seedDatabase } from '../../server/seed/seed.js';
import { EVENT_DETAIL, EVENTS, PROGRAMMES } from '../../web/src/api/queries.js';
import { measure, percentile } from '../bench/measure.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '20' },
    /** Extra warm-up before the first mode only: a freshly started, freshly seeded Neo4j runs cold. */
    'neo4j-warmup': { type: 'string', default: '60' },
    modes: { type: 'string', default: 'development,production' },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const neo4jWarmup = Number(values['neo4j-warmup']);
const log = (message: string) => console.log(`[load-edge ${new Date().toISOString().slice(11, 19)}] ${message}`);

/**
 * Asks GET /healthz on a new connection every intervalMs (not waiting for the previous answer, so a slow
 * server still gets sampled on time) and reports every latency (ms) when told to stop.
 */
const healthzSampler = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const samples = []; let failures = 0; let pending = 0; let stopping = false;
const finish = () => { if (stopping && pending === 0) parentPort.postMessage({ samples, failures }); };
const timer = setInterval(() => {
  const started = performance.now();
  pending += 1;
  const done = (ok) => { if (ok) samples.push(performance.now() - started); else failures += 1; pending -= 1; finish(); };
  const request = http.get(workerData.url, { agent: false, timeout: 30000 }, (response) => {
    response.resume();
    response.on('end', () => done(response.statusCode === 200));
  });
  request.on('error', () => done(false));
  request.on('timeout', () => request.destroy(new Error('timeout')));
}, workerData.intervalMs);
parentPort.on('message', () => { stopping = true; clearInterval(timer); finish(); });
`;

async function runMode(mode: 'development' | 'production', neo4jUri: string, warmupSeconds: number): Promise<void> {
  const secret = randomBytes(32).toString('hex');
  const child = fork(fileURLToPath(new URL('./server.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: {
      ...process.env,
      NODE_ENV: mode,
      LOAD_EDGE_NEO4J_URI: neo4jUri,
      AIMAK_JWT_SECRET: secret,
      AIMAK_DATA_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    },
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.on('message', (message: { type: string; url: string }) => message.type === 'ready' && resolve(message.url));
    child.once('exit', (code) => reject(new Error(`the ${mode} server exited (${code}) before it was ready`)));
  });
  try {
    const token = await signToken(authSettings({ production: false, jwtSecret: secret }), 'load-edge', Role.VIEWER, '1h');
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
    const requests: AutocannonRequest[] = [
      { method: 'POST', path: '/graphql', headers, body: body(PROGRAMMES) },
      { method: 'POST', path: '/graphql', headers, body: body(EVENTS, { first: 20, offset: 0 }) },
      { method: 'POST', path: '/graphql', headers, body: body(EVENT_DETAIL, { id: 'event-2019-07-18-karakol-inception' }) },
    ];
    const origin = new URL(url).origin;
    if (warmupSeconds > 0) {
      const warm = await measure({ url: origin, requests, connections: Math.min(20, connections), seconds: warmupSeconds });
      log(`${mode}: warm-up ${warm.requests} requests in ${warmupSeconds} s (not counted)`);
    }
    const sampler = new Worker(healthzSampler, { eval: true, workerData: { url: `${origin}/healthz`, intervalMs: 200 } });
    let firstError: string | undefined;
    const answered = (answer: string) => {
      if (!answer.includes('"errors":')) return true;
      firstError ??= answer.slice(0, 400);
      return false;
    };
    const m = await measure({ url: origin, requests, connections, seconds, verifyBody: answered });
    sampler.postMessage('stop');
    const health = await new Promise<{ samples: number[]; failures: number }>((resolve) => sampler.once('message', resolve));
    await sampler.terminate();
    const sorted = health.samples.sort((a, b) => a - b);
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(
      [
        `${mode}: ${connections} connections for ${m.seconds} s`,
        `  requests/s ${m.throughput.toFixed(0)} (${m.requests} good answers)`,
        `  latency p50 ${f(m.p50)}, p99 ${f(m.p99)}, max ${f(m.max)}`,
        `  errors ${m.errors} (timeouts ${m.timeouts}, non-2xx ${m.non2xx}, GraphQL errors ${m.mismatches})${firstError ? `; first: ${firstError}` : ''}`,
        `  /healthz during the run: ${sorted.length} samples, p50 ${f(percentile(sorted, 50))}, p99 ${f(percentile(sorted, 99))}, max ${f(sorted.at(-1) ?? NaN)}, failed ${health.failures}`,
      ].join('\n'),
    );
  } finally {
    child.send({ type: 'stop' });
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aimak-load-edge-'));
  const neo4j = await startEmbeddedNeo4j({ port: await freeLoopbackPort(), dataDir, heap: '1g', pageCache: '256m' });
  try {
    const db = GraphDatabase.connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: undefined }, { transactionTimeoutMs: 60_000 });
    try {
      await applySchema(db);
      await seedDatabase(db);
    } finally {
      await db.close();
    }
    log(`seeded Neo4j at ${neo4j.uri}`);
    const modes = values.modes.split(',') as ('development' | 'production')[];
    for (const [index, mode] of modes.entries()) await runMode(mode, neo4j.uri, warmup + (index === 0 ? neo4jWarmup : 0));
  } finally {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
