import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../../common/module-worker.js';
import { logger } from '../../logging/logger.js';
import { decodeReading } from './encoded-reading.js';
import { iatiLimits } from './iati-limits.js';
import { IatiReadError, type IatiRefusal } from './iati-read-error.js';
import type { IatiFileReading } from './iati-record.js';
import type { IatiAnswer, IatiJob, IatiWorkerReady } from './iati-worker.js';

/**
 * IATI uploads are read off the main thread, one at a time, in a worker with a heap limit and a time limit (the
 * pattern of the sheet reader, server/imports/sheet-reader.ts). The worker stays up for a few idle seconds and is
 * ended after that, or when it runs out of heap or time, so that its memory (libxml2's WebAssembly memory
 * included, which only grows) goes back to the system.
 */
const idleMs = 10_000;

function startWorker(): Worker {
  return startModuleWorker(import.meta.url, 'iati-worker', { resourceLimits: { maxOldGenerationSizeMb: iatiLimits.workerHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 } });
}

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | undefined;
let nextJobId = 1;
let keepWarm = false;

function stopWorker(): void {
  clearTimeout(idleTimer);
  const stopping = worker;
  worker = null;
  void stopping?.terminate();
}

function retireIdleWorker(): void {
  stopWorker();
  if (keepWarm) void warmIatiReader();
}

function runningWorker(): Worker {
  if (worker) return worker;
  const started = startWorker();
  const forget = () => {
    if (worker === started) worker = null;
  };
  started.on('error', forget).on('exit', forget);
  started.unref();
  worker = started;
  return started;
}

/** Starts the worker ahead of the first upload and keeps a fresh one ready after each; resolves once it is loaded. */
export function warmIatiReader(): Promise<void> {
  keepWarm = true;
  const current = runningWorker();
  return new Promise<void>((resolve) => {
    const done = () => {
      current.off('message', onMessage).off('exit', done).off('error', done);
      resolve();
    };
    const onMessage = (message: IatiWorkerReady | IatiAnswer) => {
      if ('ready' in message) done();
    };
    current.on('message', onMessage).on('exit', done).on('error', done);
  });
}

const refusal = (reason: IatiRefusal['reason'], en: string, ru: string) => new IatiReadError({ reason, en, ru });

function readInWorker(fileBase64: string, fileName: string): Promise<IatiFileReading> {
  clearTimeout(idleTimer);
  const current = runningWorker();
  current.ref();
  const job: IatiJob = { id: nextJobId++, fileBase64 };
  return new Promise<IatiFileReading>((resolve, reject) => {
    const settle = (outcome: () => void, keepWorker: boolean) => {
      clearTimeout(timer);
      current.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keepWorker && worker === current) {
        current.unref();
        idleTimer = setTimeout(retireIdleWorker, idleMs).unref();
      } else if (worker === current) stopWorker();
      outcome();
    };
    const onMessage = (answer: IatiAnswer | IatiWorkerReady) => {
      if ('ready' in answer || answer.id !== job.id) return;
      if ('reading' in answer) settle(() => resolve(decodeReading(answer.reading)), true);
      else settle(() => reject(new IatiReadError(answer.refusal)), true);
    };
    const onError = (error: Error & { code?: string }) => {
      if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') logger.error({ err: error, fileName }, 'the IATI reader worker failed');
      settle(
        () =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? refusal('TOO_MUCH_MEMORY', `reading "${fileName}" needed more memory than an IATI file may take`, `для чтения «${fileName}» нужно больше памяти, чем допустимо для файла IATI`)
              : refusal('UNREADABLE', `"${fileName}" could not be read as IATI activities`, `«${fileName}» не удалось прочитать как активности IATI`),
          ),
        false,
      );
    };
    const onExit = () => settle(() => reject(refusal('UNREADABLE', `"${fileName}" could not be read as IATI activities`, `«${fileName}» не удалось прочитать как активности IATI`)), false);
    const timer = setTimeout(
      () => settle(() => reject(refusal('TOO_SLOW', `"${fileName}" took longer than ${iatiLimits.readMs / 1000} seconds to read`, `чтение «${fileName}» заняло больше ${iatiLimits.readMs / 1000} секунд`)), false),
      iatiLimits.readMs,
    );
    current.on('message', onMessage).on('error', onError).on('exit', onExit);
    current.postMessage(job);
  });
}

let reading = false;
const waiting: (() => void)[] = [];

async function inTurn<T>(task: () => Promise<T>): Promise<T> {
  if (reading) {
    if (waiting.length >= iatiLimits.waiting) {
      throw refusal('BUSY', `${iatiLimits.waiting} IATI files are already waiting to be read; try again in a minute`, `уже ждут чтения файлов IATI: ${iatiLimits.waiting}; попробуйте через минуту`);
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

/**
 * Reads an uploaded IATI activity file (base64 of XML, or of gzip of it) off the main thread. Refuses with
 * BAD_USER_INPUT (IatiReadError: `extensions.reason`, `extensions.messages.ru/en`) a file that is not base64, too
 * large, not XML, not IATI activities or of an unsupported version; schema problems of single activities are
 * returned in `invalidActivities`, and the other activities stay usable.
 */
export function readIatiFile(input: { fileBase64: string; fileName: string }): Promise<IatiFileReading> {
  return inTurn(() => readInWorker(input.fileBase64, input.fileName));
}

/** Ends the worker now and keeps none warm (for measurements and a clean exit). */
export async function stopIatiReader(): Promise<void> {
  keepWarm = false;
  const stopping = worker;
  stopWorker();
  await stopping?.terminate();
}
