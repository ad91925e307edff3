import { parentPort } from 'node:worker_threads';
import { BadInputError } from '../errors.js';
import { toRefusal, type Refusal } from './sheet-limits.js';
import { parseSheet } from './sheet-parser.js';
import type { Sheet } from './sheet-types.js';
import { lowerThisThreadPriority } from './worker-priority.js';

/**
 * The worker thread that reads uploaded sheets, one job at a time (started by sheet-reader.ts with a heap limit,
 * ended after a time limit, a refusal for a limit, or a few idle seconds).
 */
export interface SheetJob {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  sheetName: string | null;
}

export type SheetAnswer = { id: number; sheet: Sheet } | { id: number; refusal: Refusal };
/** Sent once the worker has loaded and can take jobs. */
export interface WorkerReady {
  ready: true;
}

async function answer(job: SheetJob): Promise<SheetAnswer> {
  try {
    return { id: job.id, sheet: await parseSheet(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.fileName, job.sheetName) };
  } catch (error) {
    const refusal = error instanceof BadInputError ? toRefusal(error) : { field: 'file', message: `"${job.fileName}" could not be read as a spreadsheet`, limit: null };
    return { id: job.id, refusal };
  }
}

lowerThisThreadPriority();
parentPort!.on('message', (job: SheetJob) => {
  void answer(job).then((result) => parentPort!.postMessage(result));
});
parentPort!.postMessage({ ready: true } satisfies WorkerReady);
