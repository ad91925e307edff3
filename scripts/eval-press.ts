// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npm run eval:press`: drafts every release of test/fixtures/press/ and scores the drafts against the expected ones.
 *
 * Event fields (date, end date, place territory, participant count, kind, programme, phase) are scored as accuracy.
 * Mention lists are scored per entity: an expected entity is found when a drafted mention overlaps any of its
 * mentions (`text` or `otherMentions`); a drafted mention overlapping no expected mention (optional ones included)
 * is a false positive; extra mentions of a found entity are neither. "matched" is the share of found entities whose
 * drafted `match.id` (or CREATE) agrees with the expected one. Posts are scored over people whose post is given.
 * Finally the time to draft a 5,000-character text after warm-up (issue 13, section 6: at most 300 ms).
 *
 *   npm run eval:press            the table
 *   npm run eval:press -- --show  also every miss and false positive, file by file
 *   npm run eval:press -- --only ru   only the releases whose name starts with ru (or en, ky)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { projectPath } from '../server/common/project-root.js';
import { draftFromText } from '../server/press/draft.js';
import { Gazetteer } from '../server/press/gazetteer.js';
import { seedGazetteerData } from '../server/press/seed-gazetteer.js';
import type { Draft } from '../server/press/types.js';

type Json = Record<string, any>;
const dir = projectPath('test/fixtures/press');
const show = process.argv.includes('--show');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const gazetteer = new Gazetteer(seedGazetteerData());

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  matched: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, matched: 0 });
const lists = { organisations: tally(), people: tally(), territories: tally() };
const posts = tally();
const accuracy: Record<string, [number, number]> = {};
const score = (field: string, ok: boolean) => {
  const [hit, all] = accuracy[field] ?? [0, 0];
  accuracy[field] = [hit + (ok ? 1 : 0), all + 1];
};
const spans = (m: Json): [number, number][] => [[m.start, m.end], ...((m.otherMentions ?? []) as Json[]).map((o): [number, number] => [o.start, o.end])];
const overlaps = (a: [number, number], s: number, e: number) => a[0] < e && a[1] > s;
const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && (!only || f.startsWith(only))).sort();
const texts: string[] = [];
for (const file of files) {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  texts.push(text);
  const expected = JSON.parse(readFileSync(`${dir}/${file.replace(/\.txt$/, '.expected.json')}`, 'utf8')) as Json;
  const draft: Draft = draftFromText(text, gazetteer, { publishedOn: expected.publishedOn ?? null });
  const notes: string[] = [];
  const e = expected.event;
  const check = (field: string, got: unknown, want: unknown) => {
    const ok = JSON.stringify(got ?? null) === JSON.stringify(want ?? null);
    score(field, ok);
    if (!ok) notes.push(`  ${field}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  };
  check('language', draft.language, expected.language);
  check('event date', draft.event.date, e.date);
  check('event end date', draft.event.endDate, e.endDate);
  check('event place', draft.event.placeTerritory?.id ?? null, e.placeTerritory?.id ?? null);
  check('participant count', draft.event.reportedParticipantCount, e.reportedParticipantCount);
  check('event kind', draft.event.kind, e.kind);
  check('programme', draft.event.programme?.id ?? null, e.programme?.id ?? null);
  check('phase', draft.event.phase?.id ?? null, e.phase?.id ?? null);
  for (const list of ['organisations', 'people', 'territories'] as const) {
    const wanted = expected[list] as Json[];
    const got = draft[list] as Json[];
    const t = lists[list];
    for (const w of wanted) {
      const found = got.filter((g) => spans(w).some((s) => overlaps(s, g.start, g.end)));
      // The best of the overlapping mentions: the one whose span is closest to an expected one.
      const best = found.sort((a, b) => Math.abs(a.end - a.start - (w.end - w.start)) - Math.abs(b.end - b.start - (w.end - w.start)))[0];
      if (!best) {
        if (!w.optional) {
          t.fn += 1;
          notes.push(`  ${list} missed: ${w.text}`);
        }
        continue;
      }
      t.tp += 1;
      const same = (best.match?.id ?? null) === (w.match?.id ?? null);
      if (same) t.matched += 1;
      else notes.push(`  ${list} "${w.text}": matched ${best.match?.id ?? 'CREATE'} ≠ ${w.match?.id ?? 'CREATE'}`);
      if (list === 'people' && w.post) {
        if (norm(best.post) === norm(w.post)) posts.tp += 1;
        else {
          posts.fn += 1;
          if (best.post) posts.fp += 1;
          notes.push(`  post of ${w.text}: ${JSON.stringify(best.post)} ≠ ${JSON.stringify(w.post)}`);
        }
      }
    }
    for (const g of got) {
      if (!wanted.some((w) => spans(w).some((s) => overlaps(s, g.start, g.end)))) {
        t.fp += 1;
        notes.push(`  ${list} extra: ${g.text}`);
      }
    }
    if (list === 'people') for (const w of wanted) if (w.post && !got.some((g) => spans(w).some((s) => overlaps(s, g.start, g.end)))) posts.fn += 1;
  }
  if (show && notes.length) console.log(`${file}\n${notes.join('\n')}`);
}

const pct = (n: number) => `${(100 * n).toFixed(1)} %`.padStart(8);
const f = (n: number) => n.toFixed(2).padStart(6);
console.log(`\nPress-release drafts: ${files.length} texts of test/fixtures/press/\n`);
console.log('field               accuracy');
for (const [field, [hit, all]] of Object.entries(accuracy)) console.log(`${field.padEnd(20)}${pct(hit / all)}  (${hit}/${all})`);
console.log('\nmentions            precision  recall      F1   matched   (tp/fp/fn)');
for (const [name, t] of [...Object.entries(lists), ['posts', posts] as const]) {
  const p = t.tp / (t.tp + t.fp || 1);
  const r = t.tp / (t.tp + t.fn || 1);
  const f1 = (2 * p * r) / (p + r || 1);
  const matched = name === 'posts' ? '       ' : pct(t.matched / (t.tp || 1));
  console.log(`${String(name).padEnd(20)}${f(p)}   ${f(r)}  ${f(f1)}  ${matched}   (${t.tp}/${t.fp}/${t.fn})`);
}

// Speed: a 5,000-character text (releases joined and cut), after warm-up.
const long = texts.join('\n').slice(0, 5000);
for (let i = 0; i < 5; i += 1) draftFromText(long, gazetteer, { publishedOn: '2024-01-01' });
const times: number[] = [];
for (let i = 0; i < 20; i += 1) {
  const t0 = performance.now();
  draftFromText(long, gazetteer, { publishedOn: '2024-01-01' });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`\n5,000 characters after warm-up: median ${times[10]!.toFixed(1)} ms, worst ${times.at(-1)!.toFixed(1)} ms (target ≤ 300 ms)`);
