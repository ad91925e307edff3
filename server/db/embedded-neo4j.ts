/**
 * Builds (with Maven) and spawns the embedded Neo4j 5 Community server in neo4j/, Aimak Graph's
 * default local database. The Java side is neo4j/src/main/java/kg/aimak/neo4j/EmbeddedNeo4j.java:
 * Bolt on 127.0.0.1 only, auth disabled, store and logs under the data directory.
 *
 * The child gets `--exit-on-stdin-eof` and a stdin pipe that this process never closes, so if
 * this Node process dies, the pipe closes and Neo4j shuts down cleanly instead of lingering.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectPath, projectRoot } from '../common/project-root.js';

export interface EmbeddedNeo4jOptions {
  /** Bolt port on 127.0.0.1 (default 7687). */
  port?: number;
  /** Neo4j home: store and logs; relative paths resolve against the repo root (default `.data/neo4j`). */
  dataDir?: string;
  /** JVM max heap, e.g. `1g` (default `1g`). */
  heap?: string;
  /** Neo4j page cache, e.g. `512m` (default `512m`). */
  pageCache?: string;
  /** Receives every line the Java process prints (stdout and stderr). */
  log?: (line: string) => void;
}

/** How the Java process ended: an exit code, or the signal that killed it. */
export interface Neo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when `stop()` asked for it; false for a crash (out of memory, SIGKILL, …). */
  requested: boolean;
}

export interface EmbeddedNeo4j {
  /** e.g. `bolt://127.0.0.1:7687`; the server accepts any credentials (auth is disabled). */
  uri: string;
  /** Process id of the JVM. */
  pid: number | undefined;
  /** Settles when the JVM has exited, whatever the reason (server/db/supervised-neo4j.ts restarts it). */
  exited: Promise<Neo4jExit>;
  /** SIGTERM, then wait for a clean exit (SIGKILL after 30 s). Safe to call more than once. */
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const DEFAULT_PORT = 7687;
const DEFAULT_DATA_DIR = '.data/neo4j';
const DEFAULT_HEAP = '1g';
const DEFAULT_PAGE_CACHE = '512m';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
const TAIL_LINES = 30;
const MAIN_CLASS = 'kg.aimak.neo4j.EmbeddedNeo4j';
const READY_PREFIX = 'NEO4J_READY ';
const STANDBY_LINE = 'NEO4J_STANDBY';
/** Exit code EmbeddedNeo4j.java uses when the Bolt port cannot be bound. */
const EXIT_PORT_IN_USE = 3;

/** What Neo4j's own launcher passes; without them Neo4j logs warnings and loses native I/O paths. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
];

const NEO4J_DIR = projectPath('neo4j');
const POM = path.join(NEO4J_DIR, 'pom.xml');
const SRC_DIR = path.join(NEO4J_DIR, 'src');
const TARGET_DIR = path.join(NEO4J_DIR, 'target');
const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
const LIB_DIR = path.join(TARGET_DIR, 'lib');
/** Touched after every successful build; its mtime is "when the build was last up to date". */
const BUILD_STAMP = path.join(TARGET_DIR, '.aimak-build-stamp');

function newestMtimeMs(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    newest = Math.max(newest, newestMtimeMs(path.join(entry, name)));
  }
  return newest;
}

function needsBuild(): boolean {
  if (!fs.existsSync(path.join(CLASSES_DIR, ...MAIN_CLASS.split('.')) + '.class')) return true;
  if (!fs.existsSync(LIB_DIR) || !fs.readdirSync(LIB_DIR).some((f) => f.endsWith('.jar'))) return true;
  const stamp = fs.statSync(BUILD_STAMP, { throwIfNoEntry: false });
  if (!stamp) return true;
  return Math.max(newestMtimeMs(POM), newestMtimeMs(SRC_DIR)) > stamp.mtimeMs;
}

let buildInFlight: Promise<void> | undefined;

/**
 * Runs `mvn -q -B -f neo4j/pom.xml package -DskipTests` when the build output is missing or older
 * than the pom or the Java sources. The first run downloads Neo4j from Maven Central (~125 MB).
 */
export async function buildEmbeddedNeo4j(): Promise<void> {
  if (!needsBuild()) return;
  buildInFlight ??= runMaven().finally(() => {
    buildInFlight = undefined;
  });
  return buildInFlight;
}

function runMaven(): Promise<void> {
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', POM, 'package', '-DskipTests'];
  return new Promise<void>((resolve, reject) => {
    const output: string[] = [];
    const child = spawn('mvn', args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (s: string) => output.push(s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => output.push(s));
    child.on('error', (err: NodeJS.ErrnoException) => {
      reject(
        new Error(
          err.code === 'ENOENT'
            ? 'Maven (`mvn`) was not found on PATH; the embedded Neo4j needs Java 17+ and Maven to build'
            : `could not run Maven: ${err.message}`,
        ),
      );
    });
    child.on('close', (code, signal) => {
      if (code === 0) {
        fs.mkdirSync(TARGET_DIR, { recursive: true });
        fs.writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
        resolve();
        return;
      }
      const tail = lastLines(output.join('').split('\n'), TAIL_LINES);
      reject(
        new Error(
          `Embedded Neo4j build failed (mvn ${args.join(' ')} exited with ${signal ?? `code ${code}`}):\n${tail}`,
        ),
      );
    });
  });
}

/** Starts the embedded Neo4j and resolves once its default database accepts Bolt connections. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions = {}): Promise<EmbeddedNeo4j> {
  const settings = checkOptions(options);
  await buildEmbeddedNeo4j();
  await ensurePortFree(settings.port);
  const launched = launch(settings, false);
  return running(launched, await launched.lineStartingWith(READY_PREFIX));
}

/** A warmed-up JVM that opens the store and serves Bolt only when asked (server/db/supervised-neo4j.ts). */
export interface Neo4jStandby {
  /** Opens the store and resolves once Bolt accepts connections, like startEmbeddedNeo4j. Call at most once. */
  activate(): Promise<EmbeddedNeo4j>;
  /** Ends the standby JVM (or, once activated, the running Neo4j). */
  stop(): Promise<void>;
}

/**
 * Spawns the launcher with `--standby` and resolves once it has warmed up (a throwaway DBMS run through a query,
 * see EmbeddedNeo4j.java). It holds no port and no store until activated, so it can wait next to a running Neo4j
 * on the same data folder; activating it costs about a tenth of the CPU of a cold start.
 */
export async function prepareEmbeddedNeo4j(options: EmbeddedNeo4jOptions = {}, signal?: AbortSignal): Promise<Neo4jStandby> {
  const settings = checkOptions(options);
  await buildEmbeddedNeo4j();
  signal?.throwIfAborted();
  const launched = launch(settings, true);
  // Stopping the service must not wait for a warm-up (tens of seconds on a busy machine).
  const abandon = () => void launched.stop();
  signal?.addEventListener('abort', abandon, { once: true });
  try {
    await launched.lineStartingWith(STANDBY_LINE);
  } finally {
    signal?.removeEventListener('abort', abandon);
  }
  let activated: Promise<EmbeddedNeo4j> | undefined;
  return {
    activate() {
      activated ??= (async () => {
        await ensurePortFree(settings.port);
        launched.child.stdin?.write('start\n');
        return running(launched, await launched.lineStartingWith(READY_PREFIX));
      })();
      return activated;
    },
    stop: () => launched.stop(),
  };
}

interface CheckedOptions {
  port: number;
  heap: string;
  pageCache: string;
  dataDir: string;
  log: ((line: string) => void) | undefined;
}

function checkOptions(options: EmbeddedNeo4jOptions): CheckedOptions {
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`invalid Neo4j Bolt port: ${String(port)}`);
  }
  return {
    port,
    heap: checkSize('heap', options.heap ?? DEFAULT_HEAP),
    pageCache: checkSize('pageCache', options.pageCache ?? DEFAULT_PAGE_CACHE),
    dataDir: path.resolve(projectRoot, options.dataDir ?? DEFAULT_DATA_DIR),
    log: options.log,
  };
}

/** Fail fast (and clearly) rather than after a JVM start-up; the Java side still reports a bind failure itself (exit code 3). */
async function ensurePortFree(port: number): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new Error(
      `Cannot start embedded Neo4j: port ${HOST}:${port} is already in use ` +
        '(another Neo4j or another program is listening there); stop it or choose another port',
    );
  }
}

interface Launched {
  child: ChildProcess;
  exited: Promise<void>;
  exitInfo(): { code: number | null; signal: NodeJS.Signals | null };
  /** The rest of the first stdout line starting with `prefix`; rejects if the JVM exits or times out first. */
  lineStartingWith(prefix: string): Promise<string>;
  stop(): Promise<void>;
  stopRequested(): boolean;
}

function launch({ port, heap, pageCache, dataDir, log }: CheckedOptions, standby: boolean): Launched {
  fs.mkdirSync(dataDir, { recursive: true });

  const javaHome = process.env.JAVA_HOME;
  const javaHomeBin = javaHome ? path.join(javaHome, 'bin', 'java') : undefined;
  const java = javaHomeBin && fs.existsSync(javaHomeBin) ? javaHomeBin : 'java';
  const classpath = [CLASSES_DIR, path.join(LIB_DIR, '*')].join(path.delimiter);
  const args = [
    '-Xms64m',
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    '-cp',
    classpath,
    MAIN_CLASS,
    '--data-dir',
    dataDir,
    '--port',
    String(port),
    '--page-cache',
    pageCache,
    '--exit-on-stdin-eof',
    ...(standby ? ['--standby'] : []),
  ];

  // stdin stays an open pipe for the child's whole life: its EOF means "parent is gone".
  const child = spawn(java, args, { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin?.on('error', () => {
    /* EPIPE once the child has exited: nothing to do */
  });

  const tail: string[] = [];
  const remember = (line: string): void => {
    // Keep stack frames out of the tail so the error summary survives in it.
    if (/^\s+at /.test(line) || /^\s+\.\.\. \d+ more$/.test(line)) return;
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  };

  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let spawnError: NodeJS.ErrnoException | undefined;
  const exited = new Promise<void>((resolve) => {
    child.on('close', (code, signal) => {
      exitInfo ??= { code, signal };
      resolve();
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      spawnError = err;
      // A process that never started may not emit 'close'.
      if (child.pid === undefined) {
        exitInfo ??= { code: null, signal: null };
        resolve();
      }
    });
  });

  const stdoutListeners = new Set<(line: string) => void>();
  onLines(child.stdout, (line) => {
    remember(line);
    log?.(line);
    stdoutListeners.forEach((listener) => listener(line));
  });
  onLines(child.stderr, (line) => {
    remember(line);
    log?.(line);
  });

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= terminate(child, exited));

  const lineStartingWith = (prefix: string) =>
    new Promise<string>((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        stdoutListeners.delete(listener);
        fn();
      };
      const listener = (line: string) => {
        if (line.startsWith(prefix)) settle(() => resolve(line.slice(prefix.length).trim()));
      };
      stdoutListeners.add(listener);

      const timer = setTimeout(() => {
        settle(() => {
          void stop();
          reject(
            new Error(
              `Embedded Neo4j did not become ready within ${START_TIMEOUT_MS / 1000} s ` +
                `(data dir ${dataDir}; see ${path.join(dataDir, 'logs', 'debug.log')}). Last output:\n` +
                lastLines(tail, TAIL_LINES),
            ),
          );
        });
      }, START_TIMEOUT_MS);

      void exited.then(() => {
        const { code, signal } = exitInfo ?? { code: null, signal: null };
        settle(() => {
          if (spawnError) {
            reject(
              new Error(
                spawnError.code === 'ENOENT'
                  ? `Cannot start embedded Neo4j: \`${java}\` was not found (Java 17+ is required)`
                  : `Cannot start embedded Neo4j: ${spawnError.message}`,
              ),
            );
            return;
          }
          const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
          const reason = code === EXIT_PORT_IN_USE ? `port ${HOST}:${port} is already in use` : `the Java process ${how} before it was ready`;
          reject(new Error(`Cannot start embedded Neo4j: ${reason}. Last output:\n${lastLines(tail, TAIL_LINES)}`));
        });
      });
    });

  return {
    child,
    exited,
    exitInfo: () => exitInfo ?? { code: null, signal: null },
    lineStartingWith,
    stop,
    stopRequested: () => stopping !== undefined,
  };
}

function running(launched: Launched, uri: string): EmbeddedNeo4j {
  return {
    uri,
    pid: launched.child.pid,
    exited: launched.exited.then(() => ({ ...launched.exitInfo(), requested: launched.stopRequested() })),
    stop: () => launched.stop(),
  };
}

/** SIGTERM (Neo4j's shutdown hook closes the store), SIGKILL if still alive after 30 s. */
async function terminate(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    await exited;
    return;
  }
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS);
  });
  const killed = await Promise.race([exited.then(() => false), timedOut]);
  clearTimeout(timer);
  if (killed) {
    child.kill('SIGKILL');
    await exited;
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', () => resolve(false));
    probe.listen({ host: HOST, port, exclusive: true }, () => {
      probe.close(() => resolve(true));
    });
  });
}

function onLines(stream: NodeJS.ReadableStream | null, handle: (line: string) => void): void {
  if (!stream) return;
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      handle(buffered.slice(0, newline).replace(/\r$/, ''));
      buffered = buffered.slice(newline + 1);
    }
  });
  stream.on('end', () => {
    if (buffered) handle(buffered);
    buffered = '';
  });
}

function checkSize(name: string, value: string): string {
  if (!/^\d+[kmgKMG]?$/.test(value)) {
    throw new Error(`invalid embedded Neo4j ${name} size: ${JSON.stringify(value)} (expected e.g. 512m or 2g)`);
  }
  return value;
}

function lastLines(lines: string[], count: number): string {
  const kept = lines.filter((l) => l.trim() !== '').slice(-count);
  return kept.length > 0 ? kept.map((l) => `  ${l}`).join('\n') : '  (no output)';
}

/** A loopback port nobody listens on right now: for a throwaway embedded Neo4j (tests, scripts). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}
