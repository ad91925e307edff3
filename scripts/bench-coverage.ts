// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * Prints how long the coverage statements take on the benchmark's national-scale data (the seed plus the
 * generated programme of scripts/bench: 20,000 people, about 200,000 participations at scale 1), beside
 * today's single-phase statement, so a planner regression shows as a jump in the figures (no assertion).
 *
 *   npx tsx scripts/bench-coverage.ts [--scale 1] [--rounds 15]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { openBenchDatabase } from './bench/bench-database.js';
import { percentile } from './bench/measure.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, rounds: { type: 'string', default: '15' } } });
const rounds = Number(values.rounds);
const NARYN = '41704000000000';
const COUNTRY = '41700000000000';

const statements: [string, string, Record<string, unknown>][] = [
  ['phase psi-phase-2, Naryn (today\'s unengagedMunicipalities)', 'engagement/municipalities', { phaseId: 'psi-phase-2', territoryId: NARYN, since: null }],
  ['phase psi-phase-2, country', 'engagement/municipalities', { phaseId: 'psi-phase-2', territoryId: COUNTRY, since: null }],
  ['all programmes, Naryn (coverage/reach)', 'coverage/reach', { programmeIds: null, territoryId: NARYN, since: null }],
  ['all programmes, country (coverage/reach)', 'coverage/reach', { programmeIds: null, territoryId: COUNTRY, since: null }],
  ['programme psi since 2020-01-01, country', 'coverage/reach', { programmeIds: ['psi'], territoryId: COUNTRY, since: '2020-01-01' }],
  ['3W facts, all programmes, country', 'coverage/who-does-what-where', { programmeIds: null, territoryId: COUNTRY }],
];

const bench = await openBenchDatabase({ scale: Number(values.scale), heap: '1g', pageCache: '512m', log: (message) => console.error(message) });
try {
  console.log(`scale ${values.scale}, ${rounds} rounds after 3 warm-up runs; ms`);
  console.log('statement'.padEnd(58), 'median'.padStart(8), 'p95'.padStart(8));
  for (const [title, name, params] of statements) {
    for (let i = 0; i < 3; i += 1) await bench.db.read(name, params);
    const times: number[] = [];
    for (let i = 0; i < rounds; i += 1) {
      const start = performance.now();
      await bench.db.read(name, params);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(title.padEnd(58), percentile(times, 50).toFixed(1).padStart(8), percentile(times, 95).toFixed(1).padStart(8));
  }
} finally {
  await bench.close();
}
