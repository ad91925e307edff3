// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * One autocannon run with latencies kept at full precision: autocannon's own histogram has 1 ms resolution,
 * too coarse for requests of a few milliseconds, so every response time it reports is kept and sorted here.
 */
import { readFileSync } from 'node:fs';
import autocannon, { type AutocannonRequest } from 'autocannon';

export interface Measurement {
  seconds: number;
  /** Responses with status 2xx and no GraphQL `errors` (or, for the load run, counted by the caller). */
  requests: number;
  /** Requests per second over the run. */
  throughput: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  /** Connection errors, timeouts, non-2xx answers, answers with `errors`. */
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  /** Every 2xx response time, ms (to merge interleaved rounds). */
  samples: number[];
}

export interface MeasureOptions {
  url: string;
  requests: AutocannonRequest[];
  connections: number;
  seconds: number;
  /** Answer check; a false return counts as a mismatch (an error). Default: no `"errors"` key in the body. */
  verifyBody?: (body: string) => boolean;
  timeoutSeconds?: number;
}

export function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const noGraphQLErrors = (body: string) => !body.includes('"errors":');

export async function measure(options: MeasureOptions): Promise<Measurement> {
  const times: number[] = [];
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: options.timeoutSeconds ?? 30,
    requests: options.requests,
    verifyBody: options.verifyBody ?? noGraphQLErrors,
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
  });
  const result = await instance;
  const sorted = Float64Array.from(times).sort();
  const sum = times.reduce((a, b) => a + b, 0);
  const good = Math.max(0, sorted.length - result.mismatches);
  return {
    seconds: result.duration,
    requests: good,
    throughput: good / result.duration,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    mean: sorted.length ? sum / sorted.length : NaN,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    samples: times,
  };
}

/** Several runs of one target (interleaved with other targets' runs) as one measurement. */
export function merge(runs: readonly Measurement[]): Measurement {
  const samples = runs.flatMap((run) => run.samples);
  const sorted = Float64Array.from(samples).sort();
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const total = (key: 'errors' | 'timeouts' | 'non2xx' | 'mismatches') => runs.reduce((sum, run) => sum + run[key], 0);
  return {
    seconds,
    requests,
    throughput: requests / seconds,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    mean: samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : NaN,
    errors: total('errors'),
    timeouts: total('timeouts'),
    non2xx: total('non2xx'),
    mismatches: total('mismatches'),
    samples,
  };
}

/** Resident set size of a process, in MB (Linux /proc). */
export function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; clock-tick resolution). */
export function cpuTimeMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted from "state" (field 3) here.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100;

/** Samples a process's RSS every `everyMs` until stopped; returns the peak and the last sample. */
export function sampleRss(pid: number, everyMs = 500): { stop(): { peak: number | null; last: number | null } } {
  let peak: number | null = null;
  let last: number | null = null;
  const take = () => {
    last = rssMb(pid);
    if (last !== null) peak = Math.max(peak ?? 0, last);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peak, last };
    },
  };
}
