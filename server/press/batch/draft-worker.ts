// Modules the engine reaches may hold type-graphql classes, whose decorators need the metadata API first.
import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { Gazetteer } from '../gazetteer.js';
import type { GazetteerData } from '../types.js';
import { draftFile, type DraftJob, type DraftOutcome } from './draft-file.js';

/** A worker of the draft pool (draft-pool.ts): builds the gazetteer once, then drafts the files it is sent, one at a time. */
export type WorkerJob = DraftJob & { id: number };
export type WorkerAnswer = { id: number; outcome: DraftOutcome } | { ready: true };

const gazetteer = new Gazetteer((workerData as { gazetteer: GazetteerData }).gazetteer);
const port = parentPort!;
port.on('message', (job: WorkerJob) => {
  void draftFile(job, gazetteer)
    .catch((error: unknown): DraftOutcome => ({ name: job.name, problem: { code: 'UNREADABLE', params: { reason: error instanceof Error ? error.message : String(error) } } }))
    .then((outcome) => port.postMessage({ id: job.id, outcome } satisfies WorkerAnswer));
});
port.postMessage({ ready: true } satisfies WorkerAnswer);
