// type-graphql's decorators need the metadata API before any decorated class loads (the seed plan reaches some).
import 'reflect-metadata';
/**
 * `npm run bench:press`: the speed targets of issue 13, section 6, printed (not asserted in tests):
 *
 *  1. a 5,000-character release drafted after warm-up: median and p95 (target ≤ 300 ms);
 *  2. 500 releases through the batch (server/press/batch/press-batch.ts, what `npm run import:press` runs), on this
 *     thread alone and on two (this one and a worker) (target ≤ 3 minutes).
 *
 * The 500 texts are made at run time in a temporary folder (not committed) from the corpus test/fixtures/press/*.txt:
 * each corpus release, then variations with the years moved on and, every other round, the places swapped to other
 * rayons and towns; one release in four as HTML; every 25th a reprint of a corpus release under another headline
 * (grouped with its original, so 500 texts make 480 groups); the file names carry the datelines, moved on with the
 * years. The gazetteer is the seed's (as `npm run eval:press`); with `-- --cli` the same folder is also run through
 * the real command against NEO4J_URI (or the embedded Neo4j), database start included.
 *
 *   npm run bench:press                 both figures
 *   npm run bench:press -- --count 200  fewer texts
 *   npm run bench:press -- --cli        also the command end to end
 *   npm run bench:press -- --review r.json   keep the review file of the batch (to see the groups)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { projectPath } from '../server/common/project-root.js';
import { pressBatch } from '../server/press/batch/press-batch.js';
import { draftFromText } from '../server/press/draft.js';
import { Gazetteer } from '../server/press/gazetteer.js';
import { seedGazetteerData } from '../server/press/seed-gazetteer.js';

const { values } = parseArgs({ options: { count: { type: 'string' }, cli: { type: 'boolean' }, runs: { type: 'string' }, review: { type: 'string' } } });
const count = Number(values.count ?? 500);
const runs = Number(values.runs ?? 50);
const corpusDir = projectPath('test/fixtures/press');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({
    file,
    text: readFileSync(join(corpusDir, file), 'utf8'),
    publishedOn: (JSON.parse(readFileSync(join(corpusDir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as { publishedOn: string | null }).publishedOn,
  }));
const data = seedGazetteerData();
const gazetteer = new Gazetteer(data);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

// 1. One 5,000-character release: the longest Russian one, continued with the paragraphs of the others.
const russian = corpus.filter((c) => c.file.startsWith('ru-')).sort((a, b) => b.text.length - a.text.length);
let long = russian[0]!.text;
for (const other of russian.slice(1)) {
  if (long.length >= 5000) break;
  long += `\n\n${other.text.slice(other.text.indexOf('\n') + 1).trim()}`;
}
long = long.slice(0, 5000);
for (let i = 0; i < 10; i += 1) draftFromText(long, gazetteer, { publishedOn: '2022-08-30' });
const times: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const started = performance.now();
  draftFromText(long, gazetteer, { publishedOn: '2022-08-30' });
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(`One release of ${long.length.toLocaleString('en')} characters, ${runs} drafts after 10 warm-up drafts: median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, worst ${ms(times.at(-1)!)} (target ≤ 300 ms)`);

// 2. The batch.
const swaps: Record<string, [string, string][]> = {
  ru: [['Джети-Огуз', 'Ак-Суу'], ['Тюп', 'Тон'], ['Сузак', 'Ноокен'], ['Каракол', 'Балыкчы'], ['Кочкор', 'Ат-Башы'], ['Талас', 'Нарын']],
  en: [['Jeti-Oguz', 'Ak-Suu'], ['Tup', 'Ton'], ['Suzak', 'Nooken'], ['Karakol', 'Balykchy'], ['Kochkor', 'At-Bashy'], ['Talas', 'Naryn']],
  ky: [['Жети-Өгүз', 'Ак-Суу'], ['Түп', 'Тоң'], ['Сузак', 'Ноокен'], ['Каракол', 'Балыкчы'], ['Кочкор', 'Ат-Башы'], ['Талас', 'Нарын']],
};
const swapPlaces = (text: string, language: string) => {
  let out = text;
  for (const [a, b] of swaps[language] ?? []) out = out.replaceAll(a, '\u0000').replaceAll(b, a).replaceAll('\u0000', b);
  return out;
};
const moveYears = (text: string, by: number) => text.replace(/(?<!\d)(20[12]\d)(?!\d)/g, (year) => String(Number(year) + by));
const asHtml = (text: string) => {
  const [title, ...rest] = text.split('\n');
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html><body><h1>${escape(title ?? '')}</h1>${rest.filter((l) => l.trim()).map((l) => `<p>${escape(l)}</p>`).join('')}</body></html>`;
};

const folder = mkdtempSync(join(tmpdir(), 'aimak-bench-press-'));
try {
  let characters = 0;
  for (let i = 0; i < count; i += 1) {
    const base = corpus[i % corpus.length]!;
    const round = Math.floor(i / corpus.length);
    const language = base.file.slice(0, 2);
    let text = base.text;
    // The dateline goes into the file name (as the command reads it), moved on with the years.
    let dateline = base.publishedOn ? moveYears(base.publishedOn, round) : null;
    let name = `${base.file.replace(/\.txt$/, '')}-v${round}`;
    if (i % 25 === 24) {
      // A reprint of a corpus release under another headline, another day: grouped with the original.
      const source = corpus[Math.floor(i / 25) % corpus.length]!;
      text = `${language === 'en' ? 'Reprinted' : 'Перепечатка'}: ${source.text.slice(0, source.text.indexOf('\n'))}\n${source.text.slice(source.text.indexOf('\n'))}`;
      dateline = source.publishedOn;
      name = `reprint-of-${source.file.replace(/\.txt$/, '')}-${i}`;
    } else if (round > 0) {
      text = moveYears(text, round);
      if (round % 2 === 0) text = swapPlaces(text, language);
    }
    characters += text.length;
    if (dateline) name = `${dateline}-${name}`;
    mkdirSync(join(folder, language), { recursive: true });
    if (round % 4 === 3) writeFileSync(join(folder, language, `${name}.html`), asHtml(text));
    else writeFileSync(join(folder, language, `${name}.txt`), text);
  }
  console.log(`\n${count} releases made in ${folder} (${characters.toLocaleString('en')} characters)`);
  for (const threads of [1, 2]) {
    const started = performance.now();
    const review = await pressBatch({ path: folder, gazetteer: async () => data, threads });
    const seconds = (performance.now() - started) / 1000;
    if (values.review && threads === 1) writeFileSync(values.review, `${JSON.stringify(review, null, 1)}\n`);
    console.log(
      `batch, ${threads === 1 ? 'one thread' : `${threads} threads (this one and a worker)`}: ${count} releases in ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(0)} ms each; target ≤ 180 s): ` +
        `${review.counts.drafts} drafts, ${review.counts.groups} groups, ${review.counts.problems} unreadable`,
    );
  }
  if (values.cli) {
    const out = join(folder, 'review.json');
    const started = performance.now();
    const run = spawnSync('npx', ['tsx', 'server/cli/import-press.ts', folder, '--out', out], { cwd: projectPath('.'), encoding: 'utf8', env: process.env });
    const seconds = (performance.now() - started) / 1000;
    console.log(`npm run import:press (database start and gazetteer read included): exit ${run.status} in ${seconds.toFixed(1)} s`);
    console.log(run.stdout.trim());
    if (run.status !== 0) console.log(run.stderr.trim().split('\n').slice(-5).join('\n'));
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
