// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npm run bench`: performance side by side, on one Neo4j, in one run.
 *
 * Starts an embedded Neo4j of its own (`.data/bench/scale-<n>`, heap 2g, page cache 1g), applies the schema,
 * loads the seed and the generated national-scale programme (reused when a marker says it is there), then
 * three servers, each in a process of its own, all on loopback:
 * - ours: the service (`startApp`, production: false), called with an admin token;
 * - bare: the same Cypher files through the bare neo4j-driver behind a tiny HTTP handler (the floor);
 * - peer: the same questions through `@neo4j/graphql` (scripts/bench/peer-schema.ts).
 * For each of five questions it checks that the three answers agree, counts Cypher round trips per request,
 * warms up, and runs autocannon against each server in turn. It prints p50/p99 latency, throughput, the
 * ratios and our process's memory, and writes everything to `.data/bench/results/`.
 *
 *   npm run bench -- [--scale 1|10] [--seconds 15] [--warmup 3] [--database-warmup 15] [--connections 10] [--ops search,event,…]
 *                    [--rounds 3] [--latency-seconds 5] [--heap 2g] [--page-cache 1g]
 *                    [--uri bolt://… (a disposable Neo4j instead of the embedded one) [--neo4j-pid <its pid>]]
 */
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { AutocannonRequest } from 'autocannon';
import { authSettings, signToken } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { openBenchDatabase } from './bench-database.js';
import { cpuTimeMs, measure, merge, rssMb, sampleRss, type Measurement } from './measure.js';
import { operations, type Operation, type Variables } from './operations.js';
import { neo4jPid, requestLog, startTarget, type RequestLogLine, type RunningTarget, type TargetKind } from './targets.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    'database-warmup': { type: 'string', default: '15' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    'latency-seconds': { type: 'string', default: '5' },
    ops: { type: 'string' },
    uri: { type: 'string' },
    'data-dir': { type: 'string' },
    heap: { type: 'string', default: '2g' },
    'page-cache': { type: 'string', default: '1g' },
    /** With --uri: the pid of that Neo4j, when it runs on this machine, for its CPU time and memory. */
    'neo4j-pid': { type: 'string' },
  },
});
const scale = Number(values.scale);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const databaseWarmup = Number(values['database-warmup']);
const connections = Number(values.connections);
const rounds = Number(values.rounds);
const latencySeconds = Number(values['latency-seconds']);
const kinds: TargetKind[] = ['ours', 'bare', 'peer'];

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));

interface TargetResult {
  measurement: Measurement;
  roundTrips: number;
  /** Answer size per input (rows, nodes, participants), to show the three answered the same question. */
  sizes: number[];
  rss?: { peakMb: number | null; afterMb: number | null };
  /** CPU time per request under load: the server's process, and the Neo4j JVM (embedded only). */
  cpuMsPerRequest?: { server: number; database: number };
  /** One client, one request at a time. */
  single?: { p50: number; p99: number; throughput: number };
  /** Ours only: server-side time per request from the log (Apollo request start to response), ms. */
  serverMs?: { p50: number; p99: number };
}

interface OperationResult {
  name: string;
  title: string;
  targets: Partial<Record<TargetKind, TargetResult>>;
}

function requestsFor(op: Operation, kind: TargetKind, token: string): AutocannonRequest[] {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (kind === 'ours') headers.authorization = `Bearer ${token}`;
  return op.inputs.map((input: Variables) => {
    if (kind === 'bare') return { method: 'POST', path: `/op/${op.name}`, headers, body: JSON.stringify(input) };
    const query = kind === 'ours' ? op.ours : op.peer;
    const variables = kind === 'peer' && op.peerVariables ? op.peerVariables(input) : input;
    return { method: 'POST', path: '/graphql', headers, body: JSON.stringify({ operationName: op.operationName, query, variables }) };
  });
}

function baseUrl(target: RunningTarget): string {
  return new URL(target.url).origin;
}

/** One request per input: the answer must have no errors; returns its size per input. */
async function check(op: Operation, target: RunningTarget, token: string): Promise<number[]> {
  const sizes: number[] = [];
  for (const request of requestsFor(op, target.kind, token)) {
    const response = await fetch(`${baseUrl(target)}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
    const text = await response.text();
    if (!response.ok || text.includes('"errors":')) throw new Error(`${target.kind} ${op.name}: ${response.status} ${text.slice(0, 500)}`);
    const answer = JSON.parse(text) as { data?: unknown };
    sizes.push(op.size(target.kind === 'bare' ? answer.data : answer, target.kind));
  }
  return sizes;
}

function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

async function main(): Promise<void> {
  const started = performance.now();
  const bench = await openBenchDatabase({ scale, uri: values.uri, dataDir: values['data-dir'], heap: values.heap, pageCache: values['page-cache'], log });
  const runDir = join('.data', 'bench', 'results');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const targets: RunningTarget[] = [];
  try {
    const inputs = bench.marker.inputs;
    const [size] = (
      await bench.driver.executeQuery(
        `MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships`,
        {},
        { routing: 'READ' },
      )
    ).records.map((r) => r.toObject());
    const [component] = (await bench.driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition', {}, { routing: 'READ' })).records.map((r) => r.toObject());
    const storeMb = bench.dataDir ? Number(execFileSync('du', ['-sm', bench.dataDir], { encoding: 'utf8' }).split('\t')[0]) : null;
    log(`graph: ${size?.nodes} nodes, ${size?.relationships} relationships; store ${storeMb ?? '?'} MB; ${component?.name} ${component?.version} ${component?.edition}`);

    const secret = randomBytes(32).toString('hex');
    const token = await signToken(authSettings({ production: false, jwtSecret: secret }), 'bench', Role.ADMIN, '4h');
    const logDir = join('.data', 'bench', 'logs');
    for (const kind of kinds) {
      targets.push(await startTarget(kind, bench.uri, inputs, join(logDir, `${stamp}-${kind}.log`), kind === 'ours' ? { AIMAK_JWT_SECRET: secret, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' } : {}));
    }
    const byKind = new Map(targets.map((t) => [t.kind, t]));
    const ours = byKind.get('ours')!;
    const oursIdleRss = rssMb(ours.pid);
    log(`servers: ${targets.map((t) => `${t.kind} ${t.url} (pid ${t.pid})`).join(', ')}; ours RSS at start ${fmt(oursIdleRss)} MB`);

    const selected = values.ops ? new Set(values.ops.split(',')) : null;
    const ops = operations(inputs).filter((op) => !selected || selected.has(op.name));
    const results: OperationResult[] = [];
    const neo4j = values['neo4j-pid'] ? Number(values['neo4j-pid']) : neo4jPid();
    const neo4jRss = neo4j ? sampleRss(neo4j, 1000) : null;

    for (const op of ops) {
      const result: OperationResult = { name: op.name, title: op.title, targets: {} };
      results.push(result);
      log(`${op.name}: ${op.title}`);
      // Answers first: every target must answer without errors, and with the same number of rows. Twice: the
      // first pass also warms up (the peer checks the Neo4j version on its first request); round trips are
      // counted on the second.
      const sizes = new Map<TargetKind, number[]>();
      const trips = new Map<TargetKind, number>();
      for (const target of targets) {
        await check(op, target, token);
        const before = target.kind === 'ours' ? 0 : await target.roundTrips();
        const logBefore = target.kind === 'ours' ? requestLog(target.logFile).length : 0;
        sizes.set(target.kind, await check(op, target, token));
        if (target.kind === 'ours') {
          await new Promise((resolve) => setTimeout(resolve, 200));
          const lines = requestLog(target.logFile).slice(logBefore).filter((line) => line.operation === op.operationName);
          trips.set('ours', lines.reduce((sum, line) => sum + line.roundTrips, 0) / Math.max(1, lines.length));
        } else {
          trips.set(target.kind, ((await target.roundTrips()) - before) / op.inputs.length);
        }
      }
      const agree = new Set([...sizes.values()].map((s) => s.join(','))).size === 1;
      log(`  answers: ${[...sizes].map(([k, s]) => `${k} ${s.join('/')}`).join(', ')}${agree ? '' : '  ** DIFFER **'}; round trips ${[...trips].map(([k, n]) => `${k} ${fmt(n, 1)}`).join(', ')}`);

      const requests = new Map(targets.map((target) => [target.kind, requestsFor(op, target.kind, token)]));
      const run = (target: RunningTarget, clients: number, runSeconds: number) => measure({ url: baseUrl(target), requests: requests.get(target.kind)!, connections: clients, seconds: runSeconds });
      // Neo4j's JVM keeps compiling a new question's hot paths for tens of seconds (its CPU per request halves
      // over ~30 s). Without this, whichever server is measured first pays for it; through the bare driver,
      // the warm-up exercises Neo4j and little else.
      const databaseWarmer = byKind.get('bare') ?? targets[0]!;
      if (databaseWarmup > 0) await run(databaseWarmer, connections, databaseWarmup);
      if (warmup > 0) for (const target of targets) await run(target, connections, warmup);
      // Latency of one request at a time: what each stack adds per request, without queueing.
      const single = new Map<TargetKind, Measurement>();
      if (latencySeconds > 0) for (const target of targets) single.set(target.kind, await run(target, 1, latencySeconds));
      // Under load: `rounds` rounds, each running every target in turn (starting with a different one each
      // round), so that a change in the machine's background load during the run does not favour one of them.
      const runs = new Map<TargetKind, Measurement[]>(targets.map((t) => [t.kind, []]));
      const oursLines: RequestLogLine[] = [];
      const cpu = new Map<TargetKind, { server: number; database: number; requests: number }>(targets.map((t) => [t.kind, { server: 0, database: 0, requests: 0 }]));
      let oursPeak: number | null = null;
      let oursAfter: number | null = null;
      for (let round = 0; round < rounds; round += 1) {
        for (let i = 0; i < targets.length; i += 1) {
          const target = targets[(i + round) % targets.length]!;
          const logBefore = target.kind === 'ours' ? requestLog(target.logFile).length : 0;
          const rss = target.kind === 'ours' ? sampleRss(target.pid) : null;
          const serverCpu = cpuTimeMs(target.pid);
          const databaseCpu = neo4j ? cpuTimeMs(neo4j) : null;
          const measured = await run(target, connections, seconds / rounds);
          runs.get(target.kind)!.push(measured);
          const spent = cpu.get(target.kind)!;
          spent.server += (cpuTimeMs(target.pid) ?? NaN) - (serverCpu ?? NaN);
          spent.database += neo4j ? (cpuTimeMs(neo4j) ?? NaN) - (databaseCpu ?? NaN) : NaN;
          spent.requests += measured.requests + measured.errors;
          const memory = rss?.stop();
          if (memory) {
            oursPeak = Math.max(oursPeak ?? 0, memory.peak ?? 0);
            oursAfter = memory.last;
          }
          if (target.kind === 'ours') {
            await new Promise((resolve) => setTimeout(resolve, 300));
            oursLines.push(...requestLog(target.logFile).slice(logBefore).filter((line) => line.operation === op.operationName));
          }
        }
      }
      for (const target of targets) {
        const measurement = merge(runs.get(target.kind)!);
        const entry: TargetResult = { measurement, roundTrips: trips.get(target.kind) ?? NaN, sizes: sizes.get(target.kind) ?? [] };
        const spent = cpu.get(target.kind)!;
        entry.cpuMsPerRequest = { server: spent.server / spent.requests, database: spent.database / spent.requests };
        const one = single.get(target.kind);
        if (one) entry.single = { p50: one.p50, p99: one.p99, throughput: one.throughput };
        if (target.kind === 'ours') {
          entry.rss = { peakMb: oursPeak, afterMb: oursAfter };
          const ms = oursLines.map((line) => line.ms);
          entry.serverMs = { p50: quantile(ms, 50), p99: quantile(ms, 99) };
          if (oursLines.length > 0) entry.roundTrips = oursLines.reduce((sum, line) => sum + line.roundTrips, 0) / oursLines.length;
        }
        result.targets[target.kind] = entry;
        const m = measurement;
        log(
          `  ${target.kind.padEnd(4)} p50 ${fmt(m.p50, 2)} ms, p99 ${fmt(m.p99, 2)} ms, ${fmt(m.throughput, 0)} req/s, ${m.requests} requests, ${m.errors} errors` +
            (entry.single ? `; 1 client p50 ${fmt(entry.single.p50, 2)} ms` : '') +
            `; CPU/request server ${fmt(entry.cpuMsPerRequest?.server, 2)} ms, Neo4j ${fmt(entry.cpuMsPerRequest?.database, 2)} ms` +
            (entry.serverMs ? `; server-side p50 ${fmt(entry.serverMs.p50, 2)} ms` : '') +
            (entry.rss ? `; RSS peak ${fmt(entry.rss.peakMb, 0)} MB` : ''),
        );
      }
    }
    const neo4jMemory = neo4jRss?.stop();

    // The table.
    const cell = (t: TargetResult | undefined) => (t ? `${fmt(t.measurement.p50, 2)} / ${fmt(t.measurement.p99, 2)} / ${fmt(t.measurement.throughput, 0)}` : '–');
    const ratio = (a: TargetResult | undefined, b: TargetResult | undefined) =>
      a && b ? `${fmt(a.measurement.p50 / b.measurement.p50, 2)}× (${fmt(b.measurement.throughput / a.measurement.throughput, 2)}×)` : '–';
    const lines = [
      `| operation | ours p50 / p99 ms / req/s | bare driver p50 / p99 / req/s | @neo4j/graphql p50 / p99 / req/s | ours/bare p50 (thr.) | ours/peer p50 (thr.) | round trips ours / bare / peer | 1 client p50 ms ours / bare / peer | ours server-side p50 ms |`,
      `| --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
      ...results.map((r) => {
        const { ours: o, bare: b, peer: p } = r.targets;
        return `| ${r.name} | ${cell(o)} | ${cell(b)} | ${cell(p)} | ${ratio(o, b)} | ${ratio(o, p)} | ${fmt(o?.roundTrips, 0)} / ${fmt(b?.roundTrips, 0)} / ${fmt(p?.roundTrips, 0)} | ${fmt(o?.single?.p50, 2)} / ${fmt(b?.single?.p50, 2)} / ${fmt(p?.single?.p50, 2)} | ${fmt(o?.serverMs?.p50, 2)} |`;
      }),
    ];
    const cpuLines = [
      `| operation | CPU ms per request, server process: ours / bare / peer | CPU ms per request, Neo4j: ours / bare / peer |`,
      `| --- | --- | --- |`,
      ...results.map((r) => {
        const c = (k: TargetKind, part: 'server' | 'database') => fmt(r.targets[k]?.cpuMsPerRequest?.[part], 2);
        return `| ${r.name} | ${c('ours', 'server')} / ${c('bare', 'server')} / ${c('peer', 'server')} | ${c('ours', 'database')} / ${c('bare', 'database')} / ${c('peer', 'database')} |`;
      }),
    ];
    const errors = results.reduce((sum, r) => sum + Object.values(r.targets).reduce((s, t) => s + t.measurement.errors, 0), 0);
    const oursPeak = Math.max(...results.map((r) => r.targets.ours?.rss?.peakMb ?? 0));
    console.log('');
    console.log(`Scale ${scale}: ${size?.nodes} nodes, ${size?.relationships} relationships. ${connections} connections, ${warmup} s warm-up, ${seconds} s measured per cell (${rounds} interleaved rounds). Latency in ms; (thr.) = bare or peer req/s ÷ ours req/s.`);
    console.log(lines.join('\n'));
    console.log('');
    console.log(cpuLines.join('\n'));
    console.log(`errors: ${errors}; ours RSS: ${fmt(oursIdleRss, 0)} MB at start, peak ${fmt(oursPeak, 0)} MB under load; Neo4j JVM RSS peak ${fmt(neo4jMemory?.peak ?? null, 0)} MB`);
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; total ${((performance.now() - started) / 1000).toFixed(0)} s`);

    mkdirSync(runDir, { recursive: true });
    const file = join(runDir, `${stamp}-scale${scale}.json`);
    writeFileSync(
      file,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadavg: os.loadavg(), node: process.version },
          neo4j: { ...component, heap: values.heap, pageCache: values['page-cache'], storeMb, rssPeakMb: neo4jMemory?.peak ?? null },
          scale,
          graph: size,
          generation: { ...bench.marker, secondsThisRun: bench.generatedSeconds },
          settings: { seconds, warmup, connections },
          ours: { rssAtStartMb: oursIdleRss, rssPeakMb: oursPeak },
          results: results.map((r) => ({
            ...r,
            targets: Object.fromEntries(Object.entries(r.targets).map(([k, t]) => [k, { ...t, measurement: { ...t.measurement, samples: undefined } }])),
          })),
          table: lines.join('\n'),
          cpuTable: cpuLines.join('\n'),
        },
        null,
        2,
      ),
    );
    log(`results written to ${file}`);
  } finally {
    for (const target of targets) await target.stop();
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
