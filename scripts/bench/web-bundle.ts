/**
 * What a first-time visitor's browser downloads of the built web view's JavaScript: the entry chunk, the view
 * the page opens (the network explorer by default) and everything those import statically, plus any Web Worker
 * they start. Read from Vite's manifest (web/dist/.vite/manifest.json); sizes gzip-compressed at the level the
 * server's `compression` middleware uses (zlib's default).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export const FIRST_VIEW_SOURCE = 'src/network/network-page.ts';

function readManifest(distDir: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
}

/** The chunks loaded before the first view can draw, with their raw and gzip sizes. */
export function firstVisitJavaScript(distDir: string, firstView = FIRST_VIEW_SOURCE): ChunkSize[] {
  const manifest = readManifest(distDir);
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('the Vite manifest names no entry chunk');
  if (!manifest[firstView]) throw new Error(`the Vite manifest has no chunk for ${firstView}`);
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key]!;
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  visit(firstView);
  // Workers are emitted outside the manifest's import graph; a chunk names the worker's file when it starts one.
  for (const file of [...files]) {
    for (const match of readFileSync(join(distDir, file), 'utf8').matchAll(/[\w-]+\.worker-[\w-]+\.js/g)) files.add(`assets/${match[0]}`);
  }
  return [...files].map((file) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
}

export function totalGzipBytes(chunks: ChunkSize[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
}
