import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { projectPath } from '../../server/common/project-root.js';
import type { ReviewDocument } from '../../server/press/batch/review-file.js';

/**
 * `npm run import:press` end to end: the real command in a child process against the test run's seeded Neo4j,
 * on a folder and a zip of corpus releases, and on hostile archives, which are refused before anything is written.
 */
const work = mkdtempSync(join(tmpdir(), 'aimak-import-press-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const corpus = (name: string) => readFileSync(projectPath(`test/fixtures/press/${name}.txt`), 'utf8');
const original = corpus('ru-02-jeti-oguz-training');
/** Three releases of three events, a reprint of one under another headline, and a file that is not a release. */
const releases: Record<string, string> = {
  'ru/2021-05-17-jeti-oguz-training.txt': original,
  'ru/reprint.txt': `В Иссык-Кульской области учили вести реестр муниципального имущества\n${original.slice(original.indexOf('\n'))}`,
  'en/en-10.txt': corpus('en-10-jeti-oguz-imc-signing'),
  'ky/ky-05.html': `<html><body><h1>Talas</h1>${corpus('ky-05-talas-service-training').split('\n').map((line) => `<p>${line}</p>`).join('')}</body></html>`,
  'notes.xlsx': 'not a release',
};

function runImport(input: string, out: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/import-press.ts', input, '--out', out, ...args], {
    cwd: projectPath('.'),
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? '', LOG_LEVEL: 'warn', LANG: 'C' },
    timeout: 240_000,
  });
}

function zipOf(entries: Record<string, Uint8Array | string>, level: 0 | 1 | 6 = 6): string {
  const path = join(work, `archive-${Math.random().toString(36).slice(2)}.zip`);
  const files = Object.fromEntries(Object.entries(entries).map(([name, content]) => [name, typeof content === 'string' ? new TextEncoder().encode(content) : content]));
  writeFileSync(path, zipSync(files, { level }));
  return path;
}

function expectReview(out: string, stdout: string): ReviewDocument {
  const review = JSON.parse(readFileSync(out, 'utf8')) as ReviewDocument;
  expect(review.counts).toMatchObject({ files: 4, drafts: 4, groups: 3, problems: 0, skipped: 1 });
  expect(review.drafts.map((d) => d.file).sort()).toEqual(['en/en-10.txt', 'ky/ky-05.html', 'ru/2021-05-17-jeti-oguz-training.txt', 'ru/reprint.txt']);
  const training = review.drafts.find((d) => d.file === 'ru/2021-05-17-jeti-oguz-training.txt')!;
  // The dateline comes from the file name; the draft is the engine's, with its text and offsets.
  expect(training).toMatchObject({ language: 'ru', date: '2021-05-12', endDate: '2021-05-14', publishedOn: '2021-05-17', placeTerritoryId: '41702210850000' });
  expect(training.draft.text).toBe(original);
  expect(training.counts.reportedParticipants).toBe(27);
  expect(training.counts.organisations).toBeGreaterThan(0);
  const pair = review.groups.find((g) => g.files.length === 2)!;
  expect(pair.files).toEqual(['ru/2021-05-17-jeti-oguz-training.txt', 'ru/reprint.txt']);
  expect(pair.links[0]!.reason).toBe('SAME_TEXT');
  expect(review.drafts.find((d) => d.file === 'ru/reprint.txt')!.group).toBe(pair.index);
  expect(review.skipped).toEqual([{ file: 'notes.xlsx', code: 'UNSUPPORTED_TYPE', message: { en: expect.any(String), ru: expect.any(String) } }]);
  expect(stdout).toMatch(/4 drafts in 3 groups/);
  return review;
}

describe('npm run import:press', () => {
  it('drafts every release of a folder and groups the reprint with its original', () => {
    const folder = join(work, 'folder');
    for (const [name, text] of Object.entries(releases)) {
      mkdirSync(join(folder, name, '..'), { recursive: true });
      writeFileSync(join(folder, name), text);
    }
    const out = join(work, 'folder-review.json');
    const run = runImport(folder, out, '--source-url-prefix', 'https://example.org/news');
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(run.status, run.stderr).toBe(0);
    const review = expectReview(out, run.stdout);
    expect(review.drafts.find((d) => d.file === 'en/en-10.txt')!.sourceUrl).toBe('https://example.org/news/en/en-10.txt');
    // Progress went to stderr.
    expect(run.stderr).toMatch(/4\/4/);
  });

  it('drafts the releases of a zip the same way', () => {
    const out = join(work, 'zip-review.json');
    const run = runImport(zipOf(releases), out);
    expect(run.status, run.stderr).toBe(0);
    expectReview(out, run.stdout);
  });

  describe('refuses a hostile archive whole, with a clear message, a non-zero exit and no file written', () => {
    const refused = (archive: string, message: RegExp) => {
      const out = join(work, `refused-${Math.random().toString(36).slice(2)}.json`);
      const run = runImport(archive, out);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(work).filter((name) => name.startsWith('refused-'))).toEqual([]);
    };

    it('too many entries', () => {
      const entries = Object.fromEntries(Array.from({ length: 2_001 }, (_, i) => [`release-${i}.txt`, 'Семинар']));
      refused(zipOf(entries, 0), /Refused: it holds 2001 files; at most 2000 are read at once/);
    });

    it('a zip bomb: one small entry that unpacks to megabytes of zeros', () => {
      refused(zipOf({ 'release.txt': new Uint8Array(4 * 1024 * 1024) }), /Refused: "release\.txt" unpacks to \d+ times its packed size \(at most 100 times\): a zip bomb\?/);
    });

    it('a zip bomb of many entries whose total is too large', () => {
      const zeros = new Uint8Array(4 * 1024 * 1024);
      refused(zipOf(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`r${i}.txt`, zeros])), 1), /Refused: its files unpack to more than 200 MB/);
    });

    it('a name that climbs out of the archive (../)', () => {
      refused(zipOf({ 'ok.txt': 'Семинар', '../../outside.txt': 'Семинар' }), /Refused: "\.\.\/\.\.\/outside\.txt" points outside the archive/);
    });

    it('an absolute name', () => {
      refused(zipOf({ '/etc/cron.d/release.txt': 'Семинар' }), /Refused: "\/etc\/cron\.d\/release\.txt" points outside the archive/);
    });

    it('in Russian when asked', () => {
      const out = join(work, 'ru-refused.json');
      const run = runImport(zipOf({ '../x.txt': 'x' }), out, '--lang', 'ru');
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/Отклонено: «\.\.\/x\.txt» указывает за пределы архива/);
      expect(existsSync(out)).toBe(false);
    });
  });
});
