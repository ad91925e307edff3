import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../common/module-worker.js';
import { BadInputError } from '../errors.js';
import { logger } from '../logging/logger.js';
import { formatCount, fromRefusal, SheetLimitError, sheetLimits } from './sheet-limits.js';
import type { Sheet } from './sheet-types.js';
import type { SheetAnswer, SheetJob, WorkerReady } from './sheet-worker.js';

/**
 * Uploaded sheets are read off the main thread, one at a time, in a worker with a heap limit and a time limit, so
 * that no file can block the event loop or take the server's memory with it, and uploads at once cannot multiply
 * what one may take. The worker stays up for a few idle seconds (starting one costs more than reading a sheet), and
 * is ended after that, or as soon as it runs out of heap or time, so that its memory goes back to the system.
 */
const idleMs = 10_000;

function startWorker(): Worker {
  return startModuleWorker(import.meta.url, 'sheet-worker', { resourceLimits: { maxOldGenerationSizeMb: sheetLimits.workerHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 } });
}

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | undefined;
let nextJobId = 1;
/** Set by warmSheetReader (the server does at start): a fresh worker always waits for the next upload. */
let keepWarm = false;

function stopWorker(): void {
  clearTimeout(idleTimer);
  const stopping = worker;
  worker = null;
  void stopping?.terminate();
}

/** After a read, once idle: the used worker goes (and its memory with it); a fresh one takes its place when kept warm. */
function retireIdleWorker(): void {
  stopWorker();
  if (keepWarm) void warmSheetReader();
}

const unreadable = (fileName: string) => new BadInputError('file', `"${fileName}" could not be read as a spreadsheet`);

/** The running worker, or a new one; one that fails or exits while idle is simply forgotten. */
function runningWorker(): Worker {
  if (worker) return worker;
  const started = startWorker();
  const forget = () => {
    if (worker === started) worker = null;
  };
  started.on('error', forget).on('exit', forget);
  // Idle, it must not keep the process alive.
  started.unref();
  worker = started;
  return started;
}

/**
 * Starts the reading worker ahead of the first upload and keeps a fresh one ready after each (the server calls it at
 * start). Starting a worker costs the main thread up to ~130 ms under tsx (a few ms compiled), more than the 100 ms
 * an upload may delay the event loop: so that cost is paid while nobody waits. Resolves once the worker is loaded.
 */
export function warmSheetReader(): Promise<void> {
  keepWarm = true;
  const current = runningWorker();
  return new Promise<void>((resolve) => {
    const done = () => {
      current.off('message', onMessage).off('exit', done).off('error', done);
      resolve();
    };
    const onMessage = (message: WorkerReady | SheetAnswer) => {
      if ('ready' in message) done();
    };
    current.on('message', onMessage).on('exit', done).on('error', done);
  });
}

function readInWorker(bytes: Buffer, fileName: string, sheetName: string | null): Promise<Sheet> {
  clearTimeout(idleTimer);
  const current = runningWorker();
  current.ref();
  const copy = new Uint8Array(bytes);
  const job: SheetJob = { id: nextJobId++, bytes: copy, fileName, sheetName };
  return new Promise<Sheet>((resolve, reject) => {
    const settle = (outcome: () => void, keepWorker: boolean) => {
      clearTimeout(timer);
      current.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keepWorker && worker === current) {
        current.unref();
        idleTimer = setTimeout(retireIdleWorker, idleMs).unref();
      } else if (worker === current) stopWorker();
      outcome();
    };
    const onMessage = (answer: SheetAnswer | WorkerReady) => {
      if ('ready' in answer || answer.id !== job.id) return;
      if ('sheet' in answer) settle(() => resolve(answer.sheet), true);
      // The readers refuse before memory grows, so the worker stays up after a refusal too.
      else settle(() => reject(fromRefusal(answer.refusal)), true);
    };
    const onError = (error: Error & { code?: string }) => {
      // Out of heap is the file's doing; anything else escaped the readers or failed to start them: worth a look.
      if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') logger.error({ err: error, fileName }, 'the sheet reader worker failed');
      settle(
        () =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new SheetLimitError('workerHeapMb', `reading "${fileName}" needed more than ${sheetLimits.workerHeapMb} MB of memory, the most a sheet may take`)
              : unreadable(fileName),
          ),
        false,
      );
    };
    const onExit = () => settle(() => reject(unreadable(fileName)), false);
    const timer = setTimeout(
      () => settle(() => reject(new SheetLimitError('readMs', `"${fileName}" took longer than ${sheetLimits.readMs / 1000} seconds to read, the most a sheet may take`)), false),
      sheetLimits.readMs,
    );
    current.on('message', onMessage).on('error', onError).on('exit', onExit);
    current.postMessage(job, [copy.buffer]);
  });
}

let reading = false;
const waiting: (() => void)[] = [];

/** Runs one read at a time; the others wait their turn, and beyond `sheetLimits.waiting` are turned away. */
async function inTurn<T>(task: () => Promise<T>): Promise<T> {
  if (reading) {
    if (waiting.length >= sheetLimits.waiting) {
      throw new SheetLimitError('waiting', `${formatCount(sheetLimits.waiting)} sheets are already waiting to be read; try again in a minute`);
    }
    await new Promise<void>((resume) => waiting.push(resume));
  }
  reading = true;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else reading = false;
  }
}

/** Reads a CSV or XLSX upload off the main thread, refusing with BAD_USER_INPUT (and `extensions.limit` when a limit is hit). */
export function readSheetInWorker(bytes: Buffer, fileName: string, sheetName: string | null): Promise<Sheet> {
  return inTurn(() => readInWorker(bytes, fileName, sheetName));
}

/** Ends the idle worker now rather than after `idleMs`, and keeps none warm (for measurements, and for a clean exit). */
export async function stopSheetReader(): Promise<void> {
  keepWarm = false;
  const stopping = worker;
  stopWorker();
  await stopping?.terminate();
}
