/**
 * Keeps the embedded Neo4j running: when its JVM exits without being asked to (out of memory, SIGKILL,
 * a crash), it is started again on the same port and data folder, with a growing pause between attempts.
 * Neo4j recovers its store from the transaction log on the next start, so every committed write survives;
 * the store lock dies with the process. GraphDatabase's driver reconnects by itself once Bolt is back.
 *
 * Hand-written because no kept npm process supervisor fits: they run detached daemons (pm2, forever) rather
 * than a child whose stdin pipe ties its life to ours (see embedded-neo4j.ts), which is what keeps a JVM
 * from outliving this process.
 */
import { prepareEmbeddedNeo4j, startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedNeo4jOptions, type Neo4jExit, type Neo4jStandby } from './embedded-neo4j.js';

export type Neo4jProcessState = 'running' | 'restarting' | 'stopped';

/** What /readyz reports about the database process. */
export interface DatabaseProcessStatus {
  state: Neo4jProcessState;
  /** How many times the JVM was started again after an unexpected exit. */
  restarts: number;
}

export interface SupervisedNeo4j {
  uri: string;
  /** The current JVM's process id (undefined while it is being restarted). */
  readonly pid: number | undefined;
  status(): DatabaseProcessStatus;
  /** Stops supervising and stops the JVM (waits for a restart in progress to finish first). */
  stop(): Promise<void>;
  /** Resolves once a warmed-up standby JVM is waiting (true), or preparing one failed (false). */
  standbyReady(): Promise<boolean>;
}

export interface SupervisionLog {
  error(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
}

export interface SupervisionOptions {
  log: SupervisionLog;
  /** Pause before restart attempt n (1-based); default 0 s for the first, then 1, 2, 4 … 30 s. */
  backoffMs?: (attempt: number) => number;
  /** A JVM that ran this long without exiting is healthy again: the next crash starts the backoff over. */
  stableAfterMs?: number;
  /** Starts one JVM; tests may wrap it. */
  start?: (options: EmbeddedNeo4jOptions) => Promise<EmbeddedNeo4j>;
  /**
   * Keep a warmed-up standby JVM (EmbeddedNeo4j.java --standby) to take over after a crash (default true).
   * Measured on the 2-core machine under load: a cold start costs ~10 s of CPU, activating a standby ~1 s.
   * It costs an idle JVM's memory (a few hundred MB).
   */
  standby?: boolean;
}

/** The first restart is immediate (the 30 s availability goal leaves no room to wait); repeated failures back off. */
export const defaultBackoffMs = (attempt: number): number => (attempt <= 1 ? 0 : Math.min(1_000 * 2 ** (attempt - 2), 30_000));

/** The JVM's -XX:+ExitOnOutOfMemoryError exits with code 3 (before ready, EmbeddedNeo4j.java uses 3 for a busy port). */
export function describeExit(exit: Neo4jExit): string {
  if (exit.signal) return `killed by ${exit.signal}`;
  if (exit.code === 3) return 'out of heap memory (exit code 3)';
  return `exit code ${exit.code}`;
}


/** Starts the embedded Neo4j (like startEmbeddedNeo4j) and restarts it whenever it exits unasked. */
export async function startSupervisedNeo4j(neo4jOptions: EmbeddedNeo4jOptions, supervision: SupervisionOptions): Promise<SupervisedNeo4j> {
  const start = supervision.start ?? startEmbeddedNeo4j;
  const backoffMs = supervision.backoffMs ?? defaultBackoffMs;
  const stableAfterMs = supervision.stableAfterMs ?? 60_000;
  const { log } = supervision;

  let current: EmbeddedNeo4j | undefined = await start(neo4jOptions);
  const useStandby = supervision.standby ?? true;
  let standby: Promise<Neo4jStandby | undefined> | undefined;
  const abandonStandby = new AbortController();
  const prepareStandby = () => {
    standby = prepareEmbeddedNeo4j(neo4jOptions, abandonStandby.signal).catch((error: unknown) => {
      if (!abandonStandby.signal.aborted) log.error({ err: error }, 'could not prepare a standby Neo4j; a restart will be a cold start');
      return undefined;
    });
  };
  /** The standby activated if there is one (waiting for it to finish warming up), else a cold start. */
  const startAgain = async (): Promise<EmbeddedNeo4j> => {
    const waiting = await standby;
    standby = undefined;
    if (stopRequested) throw new Error('the service is stopping');
    if (waiting) {
      try {
        return await waiting.activate();
      } catch (error) {
        await waiting.stop();
        log.error({ err: error }, 'the standby Neo4j could not take over; starting a new one');
      }
    }
    return start(neo4jOptions);
  };
  let state: Neo4jProcessState = 'running';
  let restarts = 0;
  let stopRequested = false;
  let restarting: Promise<void> | undefined;
  /** Crashes in a row without a stable run in between: sets the pause before the next attempt. */
  let consecutiveFailures = 0;
  /** Ends a backoff pause early when stop() is called. */
  let endPause: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      endPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const restartAfter = async (exit: Neo4jExit, ranForMs: number): Promise<void> => {
    const downSince = Date.now();
    state = 'restarting';
    current = undefined;
    log.error({ exit: describeExit(exit), ranForMs }, `embedded Neo4j stopped unexpectedly (${describeExit(exit)}); restarting it`);
    let attempt = ranForMs >= stableAfterMs ? 1 : consecutiveFailures + 1;
    for (; !stopRequested; attempt += 1) {
      consecutiveFailures = attempt;
      const waitMs = backoffMs(attempt);
      if (waitMs > 0) await pause(waitMs);
      if (stopRequested) break;
      try {
        const started = await startAgain();
        restarts += 1;
        current = started;
        state = 'running';
        // Error level, like the exit: an operator should see that the database was down, and for how long.
        log.error({ restarts, downMs: Date.now() - downSince, attempt }, `embedded Neo4j is running again after ${Date.now() - downSince} ms (restart ${restarts})`);
        watch(started);
        if (useStandby) prepareStandby();
        return;
      } catch (error) {
        log.error({ err: error, attempt, nextInMs: backoffMs(attempt + 1) }, 'embedded Neo4j could not be restarted; trying again');
      }
    }
    state = 'stopped';
  };

  const watch = (neo4j: EmbeddedNeo4j): void => {
    const startedAt = Date.now();
    void neo4j.exited.then((exit) => {
      if (exit.requested || stopRequested) return;
      restarting = restartAfter(exit, Date.now() - startedAt).finally(() => {
        restarting = undefined;
      });
    });
  };
  watch(current);
  if (useStandby) prepareStandby();

  let stopping: Promise<void> | undefined;
  return {
    uri: current.uri,
    get pid() {
      return current?.pid;
    },
    status: () => ({ state, restarts }),
    standbyReady: async () => (await standby) !== undefined,
    stop(): Promise<void> {
      stopping ??= (async () => {
        stopRequested = true;
        abandonStandby.abort();
        endPause?.();
        await restarting;
        await (await standby)?.stop();
        await current?.stop();
        state = 'stopped';
      })();
      return stopping;
    },
  };
}
