import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../../common/module-worker.js';
import { Gazetteer } from '../gazetteer.js';
import type { GazetteerData } from '../types.js';
import { draftFile, type DraftJob, type DraftOutcome } from './draft-file.js';
import type { WorkerAnswer, WorkerJob } from './draft-worker.js';

/**
 * Drafts many files on `threads` threads: this one and `threads - 1` workers. This thread starts at once; a worker first loads the engine and builds its own gazetteer from the
 * graph's names (several seconds under tsx), then takes the next file from the same queue as soon as it is done with
 * one, so a small batch is never slower than on one thread and a large one gets both cores (`npm run bench:press`
 * measures it). A worker that dies (out of heap on a hostile file) or takes longer than `fileTimeoutMs` on one file is
 * ended; that file becomes a problem and a new worker takes the rest. Hand-written on worker_threads rather than a
 * pool library (piscina, tinypool): a worker here needs tsx's loader registered under `npm run` (as
 * server/imports/sheet-reader.ts does), this thread drafts too, and the queue is a few lines.
 */
export interface DraftPoolOptions {
  threads?: number;
  /** Called after each file, in the order files finish. */
  onProgress?: (done: number, total: number, name: string) => void;
  fileTimeoutMs?: number;
  /** Heap of one worker: the gazetteer takes about 100 MB. */
  workerHeapMb?: number;
  /** false: only the workers draft (tests of the workers; a server would keep its thread free). */
  draftHere?: boolean;
}

/**
 * One thread unless asked: on the shared two-core machine (load 12–24) `npm run bench:press` drafted 500 releases in
 * 5.3–11.9 s on one thread and 5.9–22.0 s on two; only one run of six was faster on two. A worker's start under tsx
 * (loading the engine, building its gazetteer) costs seconds of the same cores. `--threads 2` is there for a machine
 * with idle cores and batches of thousands. Never more than the machine's cores.
 */
export const defaultThreads = () => 1;
export const maxThreads = () => availableParallelism();

export async function draftAll(jobs: readonly DraftJob[], gazetteer: GazetteerData, options: DraftPoolOptions = {}): Promise<DraftOutcome[]> {
  const here = options.draftHere ?? true;
  const workers = here ? Math.max(0, Math.min((options.threads ?? defaultThreads()) - 1, maxThreads() - 1, jobs.length - 1)) : Math.max(1, Math.min(options.threads ?? 1, jobs.length));
  const outcomes: DraftOutcome[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const timeoutMs = options.fileTimeoutMs ?? 60_000;
  const heap = options.workerHeapMb ?? 512;
  const starting = new Set<Worker>();
  const finish = (index: number, outcome: DraftOutcome) => {
    outcomes[index] = outcome;
    done += 1;
    options.onProgress?.(done, jobs.length, jobs[index]!.name);
  };

  const runHere = async (): Promise<void> => {
    // Let the workers start before this thread builds its gazetteer (a second of work that blocks it).
    await new Promise((resume) => setImmediate(resume));
    const local = new Gazetteer(gazetteer);
    while (next < jobs.length) {
      const index = next++;
      finish(index, await draftFile(jobs[index]!, local));
      // The workers' answers are taken between files.
      await new Promise((resume) => setImmediate(resume));
    }
    // All files are taken: a worker still starting is not needed.
    for (const worker of starting) void worker.terminate();
  };

  const runWorker = async (): Promise<void> => {
    while (next < jobs.length) {
      const worker = startWorker(gazetteer, heap);
      starting.add(worker);
      try {
        if (!(await ready(worker))) {
          if (here) return;
          throw new Error('the drafting worker could not start');
        }
      } finally {
        starting.delete(worker);
      }
      try {
        // Draft until this worker fails on a file (then a new one takes the rest) or nothing is left.
        while (next < jobs.length) {
          const index = next++;
          const job = jobs[index]!;
          const outcome = await draftIn(worker, { ...job, id: index }, timeoutMs);
          finish(index, outcome ?? { name: job.name, problem: { code: 'UNREADABLE', params: { reason: `the drafting worker stopped (out of memory, or longer than ${timeoutMs / 1000} s)` } } });
          if (!outcome) break;
        }
      } finally {
        await worker.terminate();
      }
    }
  };
  await Promise.all([...(here ? [runHere()] : []), ...Array.from({ length: workers }, runWorker)]);
  return outcomes;
}

function startWorker(gazetteer: GazetteerData, heapMb: number): Worker {
  return startModuleWorker(import.meta.url, 'draft-worker', { workerData: { gazetteer }, resourceLimits: { maxOldGenerationSizeMb: heapMb, stackSizeMb: 4 } });
}

/** True once the worker has built its gazetteer; false if it failed or was ended first (then this thread drafts on). */
function ready(worker: Worker): Promise<boolean> {
  return new Promise((resolve) => {
    const settle = (value: boolean) => {
      worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
      resolve(value);
    };
    const onMessage = (answer: WorkerAnswer) => {
      if ('ready' in answer) settle(true);
    };
    const onFailure = () => settle(false);
    worker.on('message', onMessage).on('error', onFailure).on('exit', onFailure);
  });
}

/** One file in a worker; null when the worker died or ran out of time on it. */
function draftIn(worker: Worker, job: WorkerJob, timeoutMs: number): Promise<DraftOutcome | null> {
  return new Promise((resolve) => {
    const settle = (outcome: DraftOutcome | null) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
      resolve(outcome);
    };
    const onMessage = (answer: WorkerAnswer) => {
      if ('id' in answer && answer.id === job.id) settle(answer.outcome);
    };
    const onFailure = () => settle(null);
    const timer = setTimeout(onFailure, timeoutMs);
    worker.on('message', onMessage).on('error', onFailure).on('exit', onFailure);
    worker.postMessage(job);
  });
}
