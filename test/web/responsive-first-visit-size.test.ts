/**
 * The JavaScript a first-time visitor downloads (entry chunk, the network view it opens, their static imports and
 * the layout worker) stays within 150 kB gzip-compressed, and the other views' code is not part of it.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstVisitJavaScript, totalGzipBytes } from '../../scripts/bench/web-bundle.js';
import { ensureWebBuilt } from '../../web/build.js';

const distDir = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const BUDGET_BYTES = 150_000;

beforeAll(async () => {
  await ensureWebBuilt();
}, 120_000);

describe('first-visit JavaScript', () => {
  it('is at most 150 kB gzip-compressed', () => {
    const chunks = firstVisitJavaScript(distDir);
    const total = totalGzipBytes(chunks);
    expect(total, chunks.map((chunk) => `${chunk.file}: ${chunk.gzipBytes} B`).join('\n')).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('leaves the other views to be fetched when their tab is opened', () => {
    const files = firstVisitJavaScript(distDir).map((chunk) => chunk.file);
    expect(files.some((file) => /network-page-/.test(file))).toBe(true);
    for (const view of ['events-page', 'map-page', 'analysis-page', 'import-page']) {
      expect(files.filter((file) => file.includes(view))).toEqual([]);
    }
  });
});
