import { parentPort } from 'node:worker_threads';
import { lowerThisThreadPriority } from '../../imports/worker-priority.js';
import { decodeIatiUpload } from './decode-iati-upload.js';
import { IatiRefusalError, type IatiRefusal } from './iati-read-error.js';
import type { IatiFileReading } from './iati-record.js';
import { schemaValidator } from './iati-schemas.js';
import { readIatiXml } from './read-iati-xml.js';

/**
 * The worker thread that reads IATI uploads, one job at a time: base64 and gzip decoding, parsing, validation and
 * extraction all happen here, so the main thread only hands the text over (started by read-iati-file.ts).
 */
export interface IatiJob {
  id: number;
  fileBase64: string;
}

export type IatiAnswer = { id: number; reading: IatiFileReading } | { id: number; refusal: IatiRefusal };

export interface IatiWorkerReady {
  ready: true;
}

function answer(job: IatiJob): IatiAnswer {
  try {
    return { id: job.id, reading: readIatiXml(decodeIatiUpload(job.fileBase64)) };
  } catch (error) {
    if (error instanceof IatiRefusalError) return { id: job.id, refusal: error.refusal };
    return { id: job.id, refusal: { reason: 'UNREADABLE', en: 'the file could not be read as IATI activities', ru: 'файл не удалось прочитать как активности IATI' } };
  }
}

lowerThisThreadPriority();
// Compiling the 2.03 schema costs tens of milliseconds: done once, before the first upload.
schemaValidator('2.03');
parentPort!.on('message', (job: IatiJob) => parentPort!.postMessage(answer(job)));
parentPort!.postMessage({ ready: true } satisfies IatiWorkerReady);
