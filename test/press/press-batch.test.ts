import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../server/common/project-root.js';
import { BatchRefusal } from '../../server/press/batch/batch-messages.js';
import { publishedOnFromName, sourceUrlFor, type DraftJob } from '../../server/press/batch/draft-file.js';
import { draftAll } from '../../server/press/batch/draft-pool.js';
import { readArchive, readReleaseFiles } from '../../server/press/batch/release-files.js';
import { seedGazetteerData } from '../../server/press/seed-gazetteer.js';

/** The parts of the batch below the command: the folder reader's limits, the draft pool's workers, names. */
const work = mkdtempSync(join(tmpdir(), 'aimak-press-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const corpus = (name: string) => readFileSync(projectPath(`test/fixtures/press/${name}.txt`));

describe('the draft pool', () => {
  it('drafts in worker threads exactly as on this thread, and a file it cannot read is a problem of that file', async () => {
    const data = seedGazetteerData();
    const jobs: DraftJob[] = [
      { name: 'ru-02.txt', bytes: corpus('ru-02-jeti-oguz-training'), publishedOn: '2021-05-17', sourceUrl: null },
      { name: 'broken.docx', bytes: Buffer.from('not a word file'), publishedOn: null, sourceUrl: null },
      { name: 'ky-01.txt', bytes: corpus('ky-01-jeti-oguz-seminar'), publishedOn: '2022-07-20', sourceUrl: 'https://example.org/ky-01' },
    ];
    const progress: string[] = [];
    const inWorkers = await draftAll(jobs, data, { threads: 2, draftHere: false, onProgress: (done, total) => progress.push(`${done}/${total}`) });
    const here = await draftAll(jobs, data, { threads: 1 });
    expect(inWorkers).toEqual(here);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    expect(inWorkers.map((o) => o.name)).toEqual(['ru-02.txt', 'broken.docx', 'ky-01.txt']);
    expect(inWorkers[1]).toMatchObject({ problem: { code: 'UNREADABLE' } });
    expect(inWorkers[0]).toMatchObject({ draft: { language: 'ru', event: { date: '2021-05-12', reportedParticipantCount: 27 } } });
    expect(inWorkers[2]).toMatchObject({ draft: { language: 'ky', sourceUrl: 'https://example.org/ky-01', event: { date: '2022-07-18' } } });
  });
});

describe('a folder of releases', () => {
  it('is read without following links, passing over hidden files and other types', async () => {
    const folder = join(work, 'plain');
    mkdirSync(join(folder, '.git'), { recursive: true });
    writeFileSync(join(folder, 'release.txt'), 'Семинар прошел 5 мая 2020 года в Караколе.');
    writeFileSync(join(folder, '.DS_Store'), 'x');
    writeFileSync(join(folder, '.git', 'config.txt'), 'x');
    writeFileSync(join(folder, 'budget.xlsx'), 'x');
    writeFileSync(join(work, 'outside.txt'), 'a file outside the folder');
    symlinkSync(join(work, 'outside.txt'), join(folder, 'link.txt'));
    const { files, skipped } = await readReleaseFiles(folder);
    expect(files.map((f) => f.name)).toEqual(['release.txt']);
    expect(skipped.map((s) => [s.name, s.reason.code]).sort()).toEqual([['.DS_Store', 'HIDDEN'], ['.git/', 'HIDDEN'], ['budget.xlsx', 'UNSUPPORTED_TYPE'], ['link.txt', 'LINK']]);
  });

  it('is refused whole when one file is larger than a release may be, before any file is read', async () => {
    const folder = join(work, 'large');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Семинар');
    writeFileSync(join(folder, 'b.pdf'), '');
    truncateSync(join(folder, 'b.pdf'), 6 * 1024 * 1024);
    const refusal = await readReleaseFiles(folder).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BatchRefusal);
    expect(refusal).toMatchObject({ code: 'FILE_TOO_LARGE', message: '"b.pdf" is 6.0 MB; a release is at most 5.0 MB' });
    expect((refusal as BatchRefusal).worded('ru')).toBe('«b.pdf» занимает 6.0 MB; пресс-релиз — не более 5.0 MB');
  });

  it('is refused when it is not there, or is neither a folder nor a zip', async () => {
    await expect(readReleaseFiles(join(work, 'missing'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    writeFileSync(join(work, 'single.txt'), 'x');
    await expect(readReleaseFiles(join(work, 'single.txt'))).rejects.toMatchObject({ code: 'NOT_A_FOLDER_OR_ZIP' });
    writeFileSync(join(work, 'fake.zip'), 'not a zip');
    await expect(readReleaseFiles(join(work, 'fake.zip'))).rejects.toMatchObject({ code: 'NOT_A_ZIP' });
  });
});

describe('what a file name says', () => {
  it.each([
    ['2019-07-18-seminar.txt', '2019-07-18'],
    ['news/press-release-2019-07-18.ru.txt', '2019-07-18'],
    ['2019-02-30-seminar.txt', null],
    ['seminar-20190718.txt', null],
  ])('%s has the dateline %s', (name, date) => expect(publishedOnFromName(name)).toBe(date));

  it('gives a source address under the prefix, each part encoded', () => {
    expect(sourceUrlFor('https://example.org/news', 'ru/Семинар 1.txt')).toBe('https://example.org/news/ru/%D0%A1%D0%B5%D0%BC%D0%B8%D0%BD%D0%B0%D1%80%201.txt');
    expect(sourceUrlFor(null, 'a.txt')).toBeNull();
  });
});

describe('a zip of releases', () => {
  it('reads the first of two entries with one name (a backslash is a slash) and passes over the second', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const archive = Buffer.from(zipSync({ 'ru/a.txt': strToU8('первый'), 'ru\\a.txt': strToU8('второй'), 'ru/b.txt': strToU8('третий') }));
    const { files, skipped } = await readArchive(archive, 'releases.zip');
    expect(files.map((f) => [f.name, f.bytes.toString('utf8')])).toEqual([['ru/a.txt', 'первый'], ['ru/b.txt', 'третий']]);
    expect(skipped).toEqual([{ name: 'ru/a.txt', reason: { code: 'DUPLICATE_NAME', params: {} } }]);
  });
});
