// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/** Starting and stopping the servers under test (scripts/bench/target.ts), each in a process of its own. */
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchInputs } from './generate-national.js';

export type TargetKind = 'ours' | 'bare' | 'peer';

export interface RunningTarget {
  kind: TargetKind;
  /** Where requests go: `/graphql` for ours and peer, the base URL for bare (`/op/<name>`). */
  url: string;
  pid: number;
  /** stdout and stderr of the process (ours: its JSON log lines). */
  logFile: string;
  /** Cypher statements sent so far (bare and peer count them themselves; ours logs them per request). */
  roundTrips(): Promise<number>;
  stop(): Promise<void>;
}

const targetScript = fileURLToPath(new URL('./target.ts', import.meta.url));

export async function startTarget(kind: TargetKind, uri: string, inputs: BenchInputs, logFile: string, env: Record<string, string> = {}): Promise<RunningTarget> {
  mkdirSync(dirname(logFile), { recursive: true });
  const fd = openSync(logFile, 'w');
  const child: ChildProcess = fork(targetScript, [kind, uri, JSON.stringify(inputs)], {
    // BENCH_CPU_PROFILE_DIR: each server writes a V8 CPU profile there when it stops (for finding hot spots).
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : [])],
    stdio: ['ignore', fd, fd, 'ipc'],
    // graphql-js skips its development-mode checks under NODE_ENV=production; every target gets the same.
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  closeSync(fd);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start within 120 s (see ${logFile})`)), 120_000);
    child.on('message', (message: { type: string; url?: string; pid?: number }) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve({ url: message.url!, pid: message.pid! });
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited before it was ready (see ${logFile}):\n${readFileSync(logFile, 'utf8').slice(-2000)}`));
    });
  });
  let stopping: Promise<void> | undefined;
  return {
    kind,
    url: ready.url,
    pid: ready.pid,
    logFile,
    roundTrips: () =>
      new Promise<number>((resolve) => {
        const onMessage = (message: { type: string; count?: number }) => {
          if (message.type !== 'round-trips') return;
          child.off('message', onMessage);
          resolve(message.count ?? 0);
        };
        child.on('message', onMessage);
        child.send({ type: 'round-trips' });
      }),
    stop: () => {
      stopping ??= (async () => {
        if (child.exitCode === null && child.connected) child.send({ type: 'stop' });
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

export interface RequestLogLine {
  operation: string | null;
  ms: number;
  roundTrips: number;
  errors: number;
}

/** The 'graphql request' lines of our server's log. */
export function requestLog(logFile: string): RequestLogLine[] {
  const lines: RequestLogLine[] = [];
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('"graphql request"')) continue;
    try {
      const entry = JSON.parse(line) as RequestLogLine & { msg: string };
      if (entry.msg === 'graphql request') lines.push({ operation: entry.operation, ms: entry.ms, roundTrips: entry.roundTrips, errors: entry.errors });
    } catch {
      /* a partly written last line */
    }
  }
  return lines;
}

/** The pid of the embedded Neo4j JVM started by this process, if any (for its memory). */
export function neo4jPid(): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8').trim();
      const [, comm, rest] = /^\d+ \((.*)\) (.*)$/.exec(stat) ?? [];
      const ppid = Number(rest?.split(' ')[1]);
      if (comm === 'java' && ppid === process.pid) return Number(entry);
    } catch {
      /* gone */
    }
  }
  return null;
}
