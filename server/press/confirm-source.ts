import { createHash } from 'node:crypto';

/**
 * Where what a confirmed release creates came from, stored on every node and relationship it creates: `source` as
 * the seed and the import store it (a line saying where: here the release's address, or "press release sha256:…"
 * when it has none) and `sourceTextSha256`, the SHA-256 of the release text, which finds them all again.
 */
export interface ReleaseSource {
  textSha256: string;
  sourceUrl: string | null;
  properties: { source: string; sourceTextSha256: string };
}

export function releaseSource(text: string, sourceUrl: string | null | undefined): ReleaseSource {
  const textSha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const url = sourceUrl?.trim() || null;
  return { textSha256, sourceUrl: url, properties: { source: url ?? `press release sha256:${textSha256}`, sourceTextSha256: textSha256 } };
}
