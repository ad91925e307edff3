import { basename } from 'node:path';
import type { GazetteerData } from '../types.js';
import { BatchRefusal } from './batch-messages.js';
import { publishedOnFromName, sourceUrlFor } from './draft-file.js';
import { draftAll } from './draft-pool.js';
import { readReleaseFiles } from './release-files.js';
import { placeTreeOf, reviewDocument, type ReviewDocument } from './review-file.js';

export interface PressBatchOptions {
  /** A folder or a .zip of releases. */
  path: string;
  /** The graph's names; asked for only once the files have passed every limit (the CLI opens the database then). */
  gazetteer: () => Promise<GazetteerData>;
  sourceUrlPrefix?: string | null;
  /** Threads drafting (this one and workers); see draft-pool.ts. */
  threads?: number;
  onProgress?: (done: number, total: number, name: string) => void;
}

/**
 * Many releases at once: reads the folder or archive within its limits (refusing the whole batch otherwise), drafts
 * every release against the graph, groups the drafts of one event, and returns the review document. Writes nothing.
 */
export async function pressBatch(options: PressBatchOptions): Promise<ReviewDocument> {
  const { files, skipped } = await readReleaseFiles(options.path);
  if (files.length === 0) throw new BatchRefusal('NO_RELEASES');
  const gazetteer = await options.gazetteer();
  const jobs = files.map((file) => ({ name: file.name, bytes: file.bytes, publishedOn: publishedOnFromName(file.name), sourceUrl: sourceUrlFor(options.sourceUrlPrefix ?? null, file.name) }));
  const outcomes = await draftAll(jobs, gazetteer, { ...(options.threads !== undefined ? { threads: options.threads } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  return reviewDocument(basename(options.path), outcomes, skipped, placeTreeOf(gazetteer.territories));
}
