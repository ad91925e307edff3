import type { GraphDatabase } from '../db/graph-database.js';
import { BadInputError } from '../errors.js';
import { draftFromText } from './draft.js';
import { liveGazetteer } from './press-gazetteer.js';
import type { PressReleaseInput } from './press.input.js';
import type { PressReleaseDraft } from './press.type.js';
import { releaseText } from './release-text.js';

const MAX_CHARACTERS = 100_000;

export async function pressReleaseDraft(db: GraphDatabase, input: PressReleaseInput): Promise<PressReleaseDraft> {
  const text = await releaseText(input);
  if (!text.trim()) throw new BadInputError(input.file ? 'file' : 'text', 'the release has no text');
  // A release is a page or two; a longer text is not one release, and drafting time grows with length.
  if (text.length > MAX_CHARACTERS) throw new BadInputError(input.file ? 'file' : 'text', `holds more than ${MAX_CHARACTERS.toLocaleString('en')} characters of text`);
  const gazetteer = await liveGazetteer(db);
  const draft = draftFromText(text, gazetteer, { publishedOn: input.publishedOn ?? null, language: input.language ?? null });
  return { ...draft, text, sourceUrl: input.sourceUrl ?? null, publishedOn: input.publishedOn ?? null };
}
