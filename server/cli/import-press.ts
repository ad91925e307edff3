// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npm run import:press -- <folder or .zip> [--out press-drafts.json] [--source-url-prefix https://…/news/]
 * [--threads 2] [--lang ru|en]`: drafts every .txt/.html/.docx/.pdf release of a folder or archive against the graph's
 * gazetteer, groups the drafts of one event, and writes a review file (server/press/batch/review-file.ts). Nothing is
 * written to the graph. A folder or archive over a limit (too many files, a file or the whole too large, a zip bomb,
 * a name pointing outside the archive) is refused with exit code 2 and no file written. A date written in a file's
 * name (2019-07-18) is taken as its dateline. Uses NEO4J_URI when set, otherwise starts the embedded Neo4j (stop
 * `npm start` first, or point NEO4J_URI at the running one).
 */
import { renameSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readConfig } from '../config/config.js';
import { openDatabase } from '../database-lifecycle.js';
import { BatchRefusal, type BatchLanguage } from '../press/batch/batch-messages.js';
import { fillTemplate } from '../imports/import-messages.js';
import { pressBatch } from '../press/batch/press-batch.js';
import { readGazetteerData } from '../press/press-gazetteer.js';

const words = {
  usage: { en: 'usage: npm run import:press -- <folder or .zip> [--out press-drafts.json] [--source-url-prefix URL] [--threads N] [--lang ru|en]', ru: 'запуск: npm run import:press -- <папка или .zip> [--out press-drafts.json] [--source-url-prefix URL] [--threads N] [--lang ru|en]' },
  refused: { en: 'Refused', ru: 'Отклонено' },
  failed: { en: 'Import failed', ru: 'Импорт не удался' },
  drafting: { en: 'Drafting', ru: 'Черновики' },
  wrote: {
    en: 'Wrote {out}: {drafts} drafts in {groups} groups (events), {problems} unreadable, {skipped} passed over, in {seconds} s',
    ru: 'Записан {out}: {drafts} черновиков в {groups} группах (событиях), {problems} не прочитано, {skipped} пропущено, за {seconds} с',
  },
};

function language(value: string | undefined): BatchLanguage {
  const chosen = value ?? process.env.LC_ALL ?? process.env.LANG ?? '';
  return chosen.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** A `\r` line on stderr when it is a terminal; a line every tenth of the way otherwise (logs, tests). */
function progressLine(label: string): (done: number, total: number, name: string) => void {
  const tty = process.stderr.isTTY;
  return (done, total, name) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}`;
    if (tty) process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 100) - 1).padEnd((process.stderr.columns || 100) - 1)}${done === total ? '\n' : ''}`);
    else if (done === total || Math.floor((done * 10) / total) !== Math.floor(((done - 1) * 10) / total)) process.stderr.write(`${line}\n`);
  };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, 'source-url-prefix': { type: 'string' }, threads: { type: 'string' }, lang: { type: 'string' } },
  });
  const lang = language(values.lang);
  const input = positionals[0];
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (!input || positionals.length > 1 || (threads !== undefined && (!Number.isInteger(threads) || threads < 1 || threads > 16))) {
    console.error(words.usage[lang]);
    return 2;
  }
  const out = resolve(values.out ?? 'press-drafts.json');
  try {
    if (statSync(out, { throwIfNoEntry: false })?.isDirectory()) throw new BatchRefusal('OUT_EXISTS_AS_FOLDER', { path: out });
    const started = performance.now();
    let close: (() => Promise<void>) | undefined;
    try {
      const review = await pressBatch({
        path: input,
        sourceUrlPrefix: values['source-url-prefix'] ?? null,
        ...(threads !== undefined ? { threads } : {}),
        onProgress: progressLine(words.drafting[lang]),
        gazetteer: async () => {
          const opened = await openDatabase(readConfig(), (line) => console.error(line));
          close = opened.close;
          try {
            return await readGazetteerData(opened.db);
          } finally {
            // The names are read: the database is not needed while drafting.
            await opened.close();
            close = undefined;
          }
        },
      });
      // Written beside and renamed, so a reader never sees half a review file.
      const partial = `${out}.partial`;
      writeFileSync(partial, `${JSON.stringify(review, null, 1)}\n`);
      renameSync(partial, out);
      const { counts } = review;
      const summary = { out, drafts: counts.drafts, groups: counts.groups, problems: counts.problems, skipped: counts.skipped, seconds: ((performance.now() - started) / 1000).toFixed(1) };
      console.log(fillTemplate(words.wrote[lang], summary, lang));
      return 0;
    } finally {
      await close?.();
    }
  } catch (error) {
    if (error instanceof BatchRefusal) {
      console.error(`${words.refused[lang]}: ${error.worded(lang)}`);
      return 2;
    }
    console.error(`${words.failed[lang]}:`, error instanceof Error ? error.message : error);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
