import type { GraphDatabase } from '../db/graph-database.js';
import { BadInputError } from '../errors.js';
import { draftFromText } from './draft.js';
import { liveGazetteer } from './press-gazetteer.js';
import type { PressReleaseInput } from './press.input.js';
import type { PressReleaseDraft } from './press.type.js';
import { releaseText } from './release-text.js';

export async function pressReleaseDraft(db: GraphDatabase, input: PressReleaseInput): Promise<PressReleaseDraft> {
  const text = await releaseText(input);
  if (!text.trim()) throw new BadInputError(input.file ? 'file' : 'text', 'the release has no text');
  const gazetteer = await liveGazetteer(db);
  const draft = draftFromText(text, gazetteer, { publishedOn: input.publishedOn ?? null, language: input.language ?? null });
  return { ...draft, text, sourceUrl: input.sourceUrl ?? null, publishedOn: input.publishedOn ?? null };
}
