// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npm run bench:load`: a bounded load run on loopback. 50 concurrent clients for 60 seconds against our server
 * (in a process of its own, on the benchmark's embedded Neo4j with the generated national-scale data), each
 * client cycling through the five benchmarked reads and a write flow: create a person, record them at an
 * event, delete them again (which removes the participation too). Every answer is checked: any connection
 * error, non-2xx status or GraphQL `errors` counts as an error, and there must be none.
 *
 *   npm run bench:load -- [--connections 50] [--seconds 60] [--warmup 20] [--scale 1] [--mix all|reads|writes]
 *                         [--uri bolt://… (disposable)]
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AutocannonRequest } from 'autocannon';
import { authSettings, signToken } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { openBenchDatabase } from './bench-database.js';
import { cpuTimeMs, measure, rssMb, sampleRss } from './measure.js';
import { operations } from './operations.js';
import { neo4jPid, requestLog, startTarget, type RunningTarget } from './targets.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    /** Seconds of the same mix at 10 clients first (not counted): a freshly started JVM runs cold. */
    warmup: { type: 'string', default: '20' },
    uri: { type: 'string' },
    'data-dir': { type: 'string' },
    heap: { type: 'string', default: '2g' },
    'page-cache': { type: 'string', default: '1g' },
    /** all (default), reads (the five reads only) or writes (the write flow only): to tell their costs apart. */
    mix: { type: 'string', default: 'all' },
  },
});
const scale = Number(values.scale);
const connections = Number(values.connections);
const seconds = Number(values.seconds);
if (!(connections >= 1 && connections <= 200) || !(seconds >= 1 && seconds <= 600)) throw new Error('--connections must be 1–200 and --seconds 1–600: the run stays bounded');

const log = (message: string) => console.log(`[load ${new Date().toISOString().slice(11, 19)}] ${message}`);
const LOAD_PREFIX = 'gen-load-';
/** Who the load run's token names: its audit entries are removed afterwards. */
const LOAD_ACTOR = 'load';

interface ClientContext {
  client?: number;
  cycle?: number;
  personId?: string;
}

interface Tally {
  responses: number;
  errors: number;
  firstError?: string;
}

async function main(): Promise<void> {
  const bench = await openBenchDatabase({ scale, uri: values.uri, dataDir: values['data-dir'], heap: values.heap, pageCache: values['page-cache'], log });
  let target: RunningTarget | undefined;
  try {
    const inputs = bench.marker.inputs;
    const secret = randomBytes(32).toString('hex');
    const token = await signToken(authSettings({ production: false, jwtSecret: secret }), LOAD_ACTOR, Role.ADMIN, '4h');
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    target = await startTarget('ours', bench.uri, inputs, join('.data', 'bench', 'logs', `${stamp}-load-ours.log`), { AIMAK_JWT_SECRET: secret, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' });
    log(`our server at ${target.url} (pid ${target.pid}), RSS ${rssMb(target.pid)?.toFixed(0)} MB`);

    // Events the write flow records people at: a handful of generated ones.
    const eventIds = (
      await bench.driver.executeQuery(`MATCH (e:Event) WHERE e.id STARTS WITH 'gen-event-' RETURN e.id AS id ORDER BY e.id LIMIT 20`, {}, { routing: 'READ' })
    ).records.map((r) => String(r.get('id')));
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const tallies = new Map<string, Tally>();
    const tally = (name: string, status: number, body: string) => {
      const entry = tallies.get(name) ?? { responses: 0, errors: 0 };
      entry.responses += 1;
      if (status < 200 || status >= 300 || body.includes('"errors":')) {
        entry.errors += 1;
        entry.firstError ??= `${status} ${body.slice(0, 300)}`;
      }
      tallies.set(name, entry);
    };
    let clients = 0;
    const graphql = (name: string, query: string, variables: (context: ClientContext) => Record<string, unknown>, after?: (body: string, context: ClientContext) => void): AutocannonRequest => {
      const request = {
        method: 'POST',
        path: '/graphql',
        headers,
        setupRequest: (req: AutocannonRequest, context: ClientContext) => {
          context.client ??= (clients += 1);
          return { ...req, body: JSON.stringify({ operationName: name, query, variables: variables(context) }) };
        },
        onResponse: (status: number, body: string, context: ClientContext) => {
          tally(name, status, body);
          after?.(body, context);
        },
      };
      return request as AutocannonRequest;
    };

    // The five benchmarked reads, each twice per cycle (search with a different text each time).
    const ops = operations(inputs);
    const readsOnce = (round: number) =>
      ops.map((op) => graphql(op.operationName, op.ours, (context) => op.inputs[((context.client ?? 0) + (context.cycle ?? 0) * 2 + round) % op.inputs.length]!));
    const requests: AutocannonRequest[] = [
      graphql('LoadCreatePerson', `mutation LoadCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, (context) => {
        context.cycle = (context.cycle ?? 0) + 1;
        context.personId = `${LOAD_PREFIX}${stamp.slice(0, 19).toLowerCase()}-${context.client}-${context.cycle}`;
        return { input: { id: context.personId, nameRu: `Нагрузочный Тест ${context.client}-${context.cycle}`, nameEn: `Load Test ${context.client}-${context.cycle}`, gender: 'FEMALE' } };
      }),
      ...readsOnce(0),
      graphql('LoadAddParticipation', `mutation LoadAddParticipation($input: AddParticipationInput!) { addParticipation(input: $input) { id role } }`, (context) => ({
        input: { eventId: eventIds[((context.client ?? 0) + (context.cycle ?? 0)) % eventIds.length], participantId: context.personId, role: 'PARTICIPANT' },
      })),
      ...readsOnce(1),
      graphql('LoadDeletePerson', `mutation LoadDeletePerson($id: ID!) { deletePerson(id: $id) { id deleted } }`, (context) => ({ id: context.personId })),
    ];
    const mix = values.mix;
    if (mix === 'reads') requests.splice(0, requests.length, ...readsOnce(0), ...readsOnce(1));
    else if (mix === 'writes') requests.splice(0, requests.length, requests[0]!, requests[ops.length + 1]!, requests[requests.length - 1]!);
    else if (mix !== 'all') throw new Error('--mix must be all, reads or writes');
    const reads = { length: requests.length - (mix === 'reads' ? 0 : 3) };
    log(`${connections} clients for ${seconds} s; each cycles through ${requests.length} requests (${reads.length} reads, ${requests.length - reads.length} writes)`);

    const warmup = Number(values.warmup);
    if (warmup > 0) {
      const warm = await measure({ url: new URL(target.url).origin, requests, connections: Math.min(10, connections), seconds: warmup, verifyBody: () => true });
      log(`warm-up: ${warm.requests} requests in ${warm.seconds} s (not counted)`);
      tallies.clear();
    }
    const logBefore = requestLog(target.logFile).length;
    const rss = sampleRss(target.pid);
    const neo4j = neo4jPid();
    const neo4jRss = neo4j ? sampleRss(neo4j, 1000) : null;
    const cpuBefore = cpuTimeMs(target.pid);
    const m = await measure({ url: new URL(target.url).origin, requests, connections, seconds, verifyBody: () => true });
    const cpu = (cpuTimeMs(target.pid) ?? NaN) - (cpuBefore ?? NaN);
    const memory = rss.stop();
    const neo4jMemory = neo4jRss?.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));

    // Whatever the last cycles left behind (a client stopped between create and delete) is removed here.
    const leftover = await bench.driver.executeQuery(
      `MATCH (p:Person) WHERE p.id STARTS WITH $prefix WITH collect(p) AS people, count(p) AS n FOREACH (p IN people | DETACH DELETE p) RETURN n`,
      { prefix: LOAD_PREFIX },
      { routing: 'WRITE' },
    );
    // The audit trail of the run's writes (:Change nodes, which have no relationships) goes too, so that the
    // benchmark's store stays the same from run to run.
    const audit = await bench.driver.executeQuery(
      `MATCH (c:Change {actor: $actor}) WITH collect(c) AS changes, count(c) AS n FOREACH (c IN changes | DELETE c) RETURN n`,
      { actor: LOAD_ACTOR },
      { routing: 'WRITE' },
    );
    const lines = requestLog(target.logFile).slice(logBefore);
    const graphqlErrors = [...tallies.values()].reduce((sum, t) => sum + t.errors, 0);
    // Connection errors and timeouts from autocannon; non-2xx answers and GraphQL errors from the answer checks.
    const errors = m.errors - m.non2xx - m.mismatches + graphqlErrors;
    const total = m.requests + m.errors;

    console.log('');
    console.log(`| clients | seconds | requests | errors | p50 ms | p90 ms | p99 ms | max ms | req/s | our server CPU ms/request | our RSS peak MB | Neo4j RSS peak MB |`);
    console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
    console.log(
      `| ${connections} | ${m.seconds} | ${total} | ${errors} | ${m.p50.toFixed(1)} | ${m.p90.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.max.toFixed(0)} | ${(total / m.seconds).toFixed(0)} | ${(cpu / total).toFixed(2)} | ${memory.peak?.toFixed(0)} | ${neo4jMemory?.peak?.toFixed(0) ?? '–'} |`,
    );
    console.log('');
    console.log(`| operation | responses | errors | server-side p50 ms | server-side p99 ms | round trips |`);
    console.log(`| --- | --- | --- | --- | --- | --- |`);
    for (const [name, entry] of [...tallies].sort()) {
      const mine = lines.filter((line) => line.operation === name);
      const ms = mine.map((line) => line.ms).sort((a, b) => a - b);
      const q = (p: number) => ms[Math.min(ms.length - 1, Math.max(0, Math.ceil((p / 100) * ms.length) - 1))] ?? NaN;
      const trips = mine.reduce((sum, line) => sum + line.roundTrips, 0) / Math.max(1, mine.length);
      console.log(`| ${name} | ${entry.responses} | ${entry.errors} | ${q(50).toFixed(1)} | ${q(99).toFixed(1)} | ${trips.toFixed(1)} |`);
    }
    console.log('');
    console.log(
      `connection errors ${m.errors - m.timeouts - m.non2xx - m.mismatches}, timeouts ${m.timeouts}, non-2xx ${m.non2xx}, GraphQL errors ${graphqlErrors}; ` +
        `load-test people left by unfinished cycles and removed: ${leftover.records[0]?.get('n') ?? 0}; ` +
        `audit entries of the run removed: ${audit.records[0]?.get('n') ?? 0}`,
    );
    for (const [name, entry] of tallies) if (entry.firstError) console.log(`first error of ${name}: ${entry.firstError}`);
    if (errors > 0) process.exitCode = 1;
  } finally {
    await target?.stop();
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
