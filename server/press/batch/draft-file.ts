import { BadInputError } from '../../errors.js';
import { draftFromText } from '../draft.js';
import type { Gazetteer } from '../gazetteer.js';
import { releaseText } from '../release-text.js';
import type { Draft } from '../types.js';
import { batchLimits } from './batch-limits.js';
import type { BatchMessage } from './batch-messages.js';

/** One file of a batch to draft: its name in the folder or archive, its bytes, and what the CLI knows about it. */
export interface DraftJob {
  name: string;
  bytes: Uint8Array;
  publishedOn: string | null;
  sourceUrl: string | null;
}

/** A file drafted, as `pressReleaseDraft` would return it (text, source and dateline included). */
export interface DraftedRelease extends Draft {
  text: string;
  sourceUrl: string | null;
  publishedOn: string | null;
}

export type DraftOutcome = { name: string; draft: DraftedRelease } | { name: string; problem: BatchMessage };

/**
 * Reads one file to text (release-text.ts: the same kept libraries and the same 5 MB limit as a single upload) and
 * drafts it. A file that cannot be read is a problem of that file, not of the batch: the others are drafted.
 */
export async function draftFile(job: DraftJob, gazetteer: Gazetteer): Promise<DraftOutcome> {
  let text: string;
  try {
    text = await releaseText({ file: Buffer.from(job.bytes).toString('base64'), fileName: job.name });
  } catch (error) {
    const reason = error instanceof BadInputError ? error.message.replace(/^\w+: /, '') : error instanceof Error ? error.message : String(error);
    return { name: job.name, problem: { code: 'UNREADABLE', params: { reason } } };
  }
  if (!text.trim()) return { name: job.name, problem: { code: 'EMPTY', params: {} } };
  if (text.length > batchLimits.characters) return { name: job.name, problem: { code: 'TOO_LONG', params: { max: batchLimits.characters.toLocaleString('en') } } };
  const draft = draftFromText(text, gazetteer, { publishedOn: job.publishedOn });
  return { name: job.name, draft: { ...draft, text, sourceUrl: job.sourceUrl, publishedOn: job.publishedOn } };
}

/** A dateline written in the file name ("2019-07-18-seminar.txt", "press-release-2019-07-18.ru.txt"). */
export function publishedOnFromName(name: string): string | null {
  const found = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(name.split('/').pop() ?? name);
  if (!found) return null;
  const date = new Date(`${found[1]}-${found[2]}-${found[3]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== found[0] ? null : found[0];
}

/** The source address of a file: the prefix and the file's path, each segment URL-encoded. */
export function sourceUrlFor(prefix: string | null, name: string): string | null {
  if (!prefix) return null;
  return `${prefix.replace(/\/?$/, '/')}${name.split('/').map(encodeURIComponent).join('/')}`;
}
