// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * Checks (and, with --fill, completes) the press-release evaluation corpus in test/fixtures/press/.
 *
 *   npx tsx scripts/check-press-fixtures.ts          check every <name>.expected.json against <name>.txt and the seed
 *   npx tsx scripts/check-press-fixtures.ts --fill   first fill in start/end (and shorthand fields), then check
 *
 * --fill locates each mention's `text` in the release (the nth occurrence when the mention says `occurrence: n`),
 * expands `"match": "<id>"` to `{ "id": "<id>" }`, derives `status` from `match`, and takes an organisation's
 * `kind` or a territory's `level` from the seeded graph when the mention is matched and gives none.
 * The ids are the ones the seed writes: the seed plan is built from data/ exactly as `npm run seed` builds it.
 * Exits non-zero on any error; warnings (e.g. a matched node whose names share no word with the mention) are printed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../server/common/project-root.js';
import { latinKeyWords } from '../server/search/search-text.js';
import { buildSeedPlan, readSeedInputs } from '../server/seed/seed-plan.js';

const dir = projectPath('test/fixtures/press');
const fill = process.argv.includes('--fill');

const languages = ['ru', 'en', 'ky'];
const eventKinds = ['CONFERENCE', 'EXCHANGE_VISIT', 'MEETING', 'OTHER', 'SEMINAR', 'TRAINING', 'WORKSHOP'];
// The graph's OrganisationKind, plus the two kinds issue 13 names that the graph does not have yet.
const organisationKinds = [
  'AYIL_OKMOTU', 'CONSORTIUM', 'DONOR', 'DONOR_AGENCY', 'GOVERNMENT_AGENCY', 'IMPLEMENTER', 'OBLAST_ADMINISTRATION',
  'OTHER', 'RAYON_ADMINISTRATION', 'TOWN_ADMINISTRATION', 'LOCAL_COUNCIL', 'NGO',
];
// The graph's TerritoryLevel, plus VILLAGE: villages are not nodes of the graph, so a village is never matched.
const territoryLevels = ['COUNTRY', 'OBLAST', 'RAYON', 'CITY', 'CITY_DISTRICT', 'AYIL_AIMAK', 'VILLAGE'];
const statuses = ['MATCH', 'CREATE'];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

// ---- the seeded graph -------------------------------------------------------------------------------------------
const plan = buildSeedPlan(readSeedInputs());
interface Node {
  id: string;
  kind?: string;
  level?: string;
  names: string[];
}
function nodes(rows: readonly { id: string; props: Record<string, unknown> }[]): Map<string, Node> {
  return new Map(
    rows.map((row) => {
      const p = row.props;
      const names = [p.nameRu, p.nameEn, p.nameKy, p.nameRuShort, ...((p.aliases as string[] | undefined) ?? [])].filter(
        (n): n is string => typeof n === 'string',
      );
      return [row.id, { id: row.id, kind: p.kind as string | undefined, level: p.level as string | undefined, names }];
    }),
  );
}
const territories = nodes(plan.territories);
const organisations = nodes(plan.organisations);
const people = nodes(plan.people);
const programmes = nodes(plan.programmes);
const phases = new Map(plan.phases.map((phase) => [phase.id, phase]));
/** The villages the SOATE extract lists for each ayil aimak (the graph has no village nodes). */
const villagesOf = new Map(readSeedInputs().adminUnits.map((row) => [row.soate_code ?? '', (row.villages_ru_soate ?? '').split(';').map((v) => v.trim()).filter(Boolean)]));

// ---- reading and writing the expected files ---------------------------------------------------------------------
type Json = Record<string, any>;
interface Problems {
  errors: string[];
  warnings: string[];
}

function locate(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let n = 0; n < occurrence; n += 1) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** The mention lists of a file, with the graph nodes a match in each list may name. */
const lists: [string, Map<string, Node>][] = [
  ['organisations', organisations],
  ['people', people],
  ['territories', territories],
];

function fillMention(m: Json, text: string, where: string, p: Problems, graph: Map<string, Node>, list: string): Json {
  const occurrence = m.occurrence ?? 1;
  const start = typeof m.text === 'string' && m.text ? locate(text, m.text, occurrence) : -1;
  if (start < 0) p.errors.push(`${where}: "${m.text}" (occurrence ${occurrence}) is not in the text`);
  const match = typeof m.match === 'string' ? { id: m.match } : (m.match ?? null);
  const node = match && graph.get(match.id);
  const out: Json = { text: m.text };
  if (m.occurrence !== undefined && m.occurrence !== 1) out.occurrence = m.occurrence;
  out.start = start < 0 ? null : start;
  out.end = start < 0 ? null : start + m.text.length;
  if (list === 'organisations') out.kind = m.kind ?? node?.kind ?? null;
  if (list === 'territories') out.level = m.level ?? node?.level ?? null;
  if (list === 'people') {
    out.name = m.name ?? null;
    out.post = m.post ?? null;
    out.organisationText = m.organisationText ?? null;
  }
  out.status = m.status ?? (match ? 'MATCH' : 'CREATE');
  out.match = match;
  for (const key of Object.keys(m)) if (!(key in out) && key !== 'occurrence') out[key] = m[key];
  if (Array.isArray(m.otherMentions)) {
    out.otherMentions = m.otherMentions.map((o: Json, i: number) => {
      const occ = o.occurrence ?? 1;
      const s = locate(text, o.text, occ);
      if (s < 0) p.errors.push(`${where}.otherMentions[${i}]: "${o.text}" (occurrence ${occ}) is not in the text`);
      const r: Json = { text: o.text };
      if (occ !== 1) r.occurrence = occ;
      r.start = s < 0 ? null : s;
      r.end = s < 0 ? null : s + o.text.length;
      return r;
    });
  }
  return out;
}

/** Pretty JSON with one mention per line, so that a diff shows one changed mention as one changed line. */
function format(file: Json): string {
  const lines: string[] = ['{'];
  const keys = Object.keys(file);
  keys.forEach((key, i) => {
    const comma = i < keys.length - 1 ? ',' : '';
    const value = file[key];
    if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'object') {
      lines.push(`  ${JSON.stringify(key)}: [`);
      value.forEach((item, j) => lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      lines.push(`  ${JSON.stringify(key)}: {`);
      const inner = Object.keys(value);
      inner.forEach((k, j) => lines.push(`    ${JSON.stringify(k)}: ${JSON.stringify(value[k])}${j < inner.length - 1 ? ',' : ''}`));
      lines.push(`  }${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

// ---- checks -----------------------------------------------------------------------------------------------------
/** Word stems of a name: each word's first four letters, and each pair of words run together ("Ak-Suu" → "aksu"). */
function fold(s: string): Set<string> {
  const words = latinKeyWords(s);
  const stems = words.map((w) => w.slice(0, 4)).filter((w) => w.length >= 3);
  const pairs = words.slice(1).map((w, i) => `${words[i]}${w}`.slice(0, 5)).filter((w) => w.length >= 4);
  return new Set([...stems, ...pairs]);
}

/** True when the mention and one of the node's names share a word (by its first four letters, transliterated). */
function namesMeet(mention: string, node: Node): boolean {
  const words = fold(mention);
  return node.names.some((name) => [...fold(name)].some((w) => words.has(w)));
}

function checkMention(m: Json, text: string, where: string, p: Problems, graph: Map<string, Node>, list: string): void {
  if (typeof m.text !== 'string' || !m.text) p.errors.push(`${where}: no text`);
  if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) p.errors.push(`${where}: start/end missing (run with --fill)`);
  else if (text.slice(m.start, m.end) !== m.text) p.errors.push(`${where}: text[${m.start}, ${m.end}) is "${text.slice(m.start, m.end)}", not "${m.text}"`);
  if (!statuses.includes(m.status)) p.errors.push(`${where}: status "${m.status}" is not one of ${statuses.join(', ')}`);
  if ((m.status === 'MATCH') !== (m.match !== null && m.match !== undefined)) p.errors.push(`${where}: status ${m.status} with match ${JSON.stringify(m.match)}`);
  if (m.optional !== undefined && typeof m.optional !== 'boolean') p.errors.push(`${where}: optional must be true or false`);
  const node = m.match ? graph.get(m.match.id) : undefined;
  if (m.match && !node) p.errors.push(`${where}: match id "${m.match.id}" is not a node of the seeded graph's ${list}`);
  if (node && !namesMeet(m.text, node)) p.warnings.push(`${where}: "${m.text}" shares no word with the names of ${node.id} (${node.names[0]})`);
  if (list === 'organisations') {
    if (!organisationKinds.includes(m.kind)) p.errors.push(`${where}: kind "${m.kind}" is not an organisation kind`);
    if (node && node.kind !== m.kind) p.errors.push(`${where}: kind ${m.kind}, the graph says ${node.kind} for ${node.id}`);
  }
  if (list === 'territories') {
    if (!territoryLevels.includes(m.level)) p.errors.push(`${where}: level "${m.level}" is not a territory level`);
    if (node && node.level !== m.level) p.errors.push(`${where}: level ${m.level}, the graph says ${node.level} for ${node.id}`);
    if (m.level === 'VILLAGE' && m.match) p.errors.push(`${where}: a village is not a node of the graph and cannot be matched`);
    if (m.within !== undefined && m.within !== null && !territories.has(m.within.id)) p.errors.push(`${where}: within "${m.within.id}" is not a territory`);
    if (m.level === 'VILLAGE') {
      const listed = villagesOf.get(m.within?.id) ?? [];
      const node = territories.get(m.within?.id);
      if (!m.within) p.warnings.push(`${where}: village "${m.text}" without a "within" ayil aimak`);
      else if (!listed.some((v) => namesMeet(m.text, { id: v, names: [v] }))) p.warnings.push(`${where}: "${m.text}" is not among the villages of ${m.within.id} (${listed.join(', ') || node?.names[0]})`);
    }
  }
  if (list === 'people') {
    if (typeof m.name !== 'string' || !m.name.trim()) p.errors.push(`${where}: no name`);
    for (const key of ['post', 'organisationText']) {
      if (m[key] !== null && (typeof m[key] !== 'string' || !text.includes(m[key]))) p.errors.push(`${where}: ${key} "${m[key]}" is not written in the text`);
    }
  }
  for (const [i, o] of (m.otherMentions ?? []).entries()) {
    if (text.slice(o.start, o.end) !== o.text) p.errors.push(`${where}.otherMentions[${i}]: offsets do not slice to "${o.text}"`);
  }
}

function checkEvent(file: Json, text: string, where: string, p: Problems): void {
  const e = file.event;
  if (!e || typeof e !== 'object') {
    p.errors.push(`${where}: no event`);
    return;
  }
  const expectedKeys = ['title', 'date', 'endDate', 'place', 'kind', 'reportedParticipantCount', 'placeTerritory', 'programme', 'phase'];
  for (const key of expectedKeys) if (!(key in e)) p.errors.push(`${where}.event: no ${key}`);
  if (typeof e.title !== 'string' || !e.title) p.errors.push(`${where}.event.title: missing`);
  if (!isoDate.test(e.date ?? '')) p.errors.push(`${where}.event.date "${e.date}" is not YYYY-MM-DD`);
  if (e.endDate !== null && (!isoDate.test(e.endDate ?? '') || e.endDate < e.date)) p.errors.push(`${where}.event.endDate "${e.endDate}" is not a date on or after the start`);
  if (e.place !== null && (typeof e.place !== 'string' || !text.includes(e.place))) p.errors.push(`${where}.event.place "${e.place}" is not written in the text`);
  if (!eventKinds.includes(e.kind)) p.errors.push(`${where}.event.kind "${e.kind}" is not an event kind`);
  if (e.reportedParticipantCount !== null && !Number.isInteger(e.reportedParticipantCount)) p.errors.push(`${where}.event.reportedParticipantCount must be an integer or null`);
  if (e.placeTerritory !== null && !territories.has(e.placeTerritory?.id)) p.errors.push(`${where}.event.placeTerritory "${e.placeTerritory?.id}" is not a territory`);
  if (e.programme !== null && !programmes.has(e.programme?.id)) p.errors.push(`${where}.event.programme "${e.programme?.id}" is not a programme`);
  if (e.phase !== null) {
    const phase = phases.get(e.phase?.id);
    if (!phase) p.errors.push(`${where}.event.phase "${e.phase?.id}" is not a phase`);
    else if (e.date < phase.startDate || e.date > phase.endDate) p.errors.push(`${where}.event.phase ${phase.id} runs ${phase.startDate}..${phase.endDate}, the event is on ${e.date}`);
    if (e.programme === null) p.errors.push(`${where}.event: a phase without a programme`);
  }
  if (file.publishedOn !== null && e.date > file.publishedOn) p.warnings.push(`${where}: the event (${e.date}) is after the dateline (${file.publishedOn})`);
}

function checkFile(name: string, file: Json, text: string, p: Problems): void {
  if (!languages.includes(file.language)) p.errors.push(`${name}: language "${file.language}" is not one of ${languages.join(', ')}`);
  if (file.publishedOn !== null && !isoDate.test(file.publishedOn ?? '')) p.errors.push(`${name}: publishedOn "${file.publishedOn}" is not YYYY-MM-DD or null`);
  if (file.sourceUrl !== undefined && !/^https:\/\/(www\.)?example\.org\//.test(file.sourceUrl)) p.errors.push(`${name}: sourceUrl must be an invented example.org address`);
  checkEvent(file, text, name, p);
  for (const [list, graph] of lists) {
    if (!Array.isArray(file[list])) {
      p.errors.push(`${name}: ${list} is not a list`);
      continue;
    }
    const spans: [number, number, string][] = [];
    file[list].forEach((m: Json, i: number) => {
      checkMention(m, text, `${name}.${list}[${i}]`, p, graph, list);
      spans.push([m.start, m.end, m.text]);
      for (const o of m.otherMentions ?? []) spans.push([o.start, o.end, o.text]);
    });
    // A mention may lie inside another (a consortium named by its members), but two may not cross.
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    for (let i = 0; i < spans.length; i += 1) {
      for (let j = i + 1; j < spans.length && spans[j]![0] < spans[i]![1]; j += 1) {
        const [outer, inner] = [spans[i]!, spans[j]!];
        if (inner[1] > outer[1] || (inner[0] === outer[0] && inner[1] === outer[1])) p.errors.push(`${name}.${list}: "${outer[2]}" and "${inner[2]}" overlap`);
      }
    }
  }
  // A mention's text written again elsewhere, neither listed nor inside a listed mention, is likely forgotten.
  const covered = (['organisations', 'people', 'territories'] as const).flatMap((list) =>
    (file[list] ?? []).flatMap((m: Json) => [m, ...(m.otherMentions ?? [])]).map((m: Json) => [m.start, m.end] as [number, number]),
  );
  for (const [list] of lists) {
    for (const m of file[list] ?? []) {
      for (let at = text.indexOf(m.text); at >= 0 && m.text; at = text.indexOf(m.text, at + 1)) {
        if (!covered.some(([s, e]) => s <= at && at + m.text.length <= e)) p.warnings.push(`${name}.${list}: "${m.text}" is written again at ${at} and not listed`);
      }
    }
  }
  for (const [i, person] of (file.people ?? []).entries()) {
    const org = person.organisationText;
    if (org && !file.organisations.some((o: Json) => o.text === org || (o.otherMentions ?? []).some((x: Json) => x.text === org))) {
      p.warnings.push(`${name}.people[${i}]: organisationText "${org}" is not one of the organisation mentions`);
    }
  }
}

// ---- main -------------------------------------------------------------------------------------------------------
const files = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort();
const texts = new Set(readdirSync(dir).filter((f) => f.endsWith('.txt')));
const problems: Problems = { errors: [], warnings: [] };
const tally = {
  language: new Map<string, number>(),
  kind: new Map<string, number>(),
  mentions: new Map<string, number>(),
};
const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

for (const f of files) {
  const base = f.replace(/\.expected\.json$/, '');
  if (!texts.has(`${base}.txt`)) {
    problems.errors.push(`${f}: no ${base}.txt`);
    continue;
  }
  texts.delete(`${base}.txt`);
  const text = readFileSync(join(dir, `${base}.txt`), 'utf8');
  let file: Json;
  try {
    file = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  } catch (error) {
    problems.errors.push(`${f}: ${(error as Error).message}`);
    continue;
  }
  if (fill) {
    const before = JSON.stringify(file);
    for (const [list, graph] of lists) {
      if (Array.isArray(file[list])) file[list] = file[list].map((m: Json, i: number) => fillMention(m, text, `${base}.${list}[${i}]`, problems, graph, list));
    }
    if (file.event) {
      for (const key of ['placeTerritory', 'programme', 'phase']) if (typeof file.event[key] === 'string') file.event[key] = { id: file.event[key] };
    }
    const out = format(file);
    if (JSON.stringify(JSON.parse(out)) !== before || out !== readFileSync(join(dir, f), 'utf8')) writeFileSync(join(dir, f), out);
  }
  checkFile(base, file, text, problems);
  bump(tally.language, file.language);
  bump(tally.kind, file.event?.kind ?? '?');
  for (const [list] of lists) {
    for (const m of file[list] ?? []) bump(tally.mentions, `${list} ${m.status}`);
  }
}
for (const t of texts) problems.errors.push(`${t}: no ${t.replace(/\.txt$/, '.expected.json')}`);

const show = (m: Map<string, number>) => [...m].sort().map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`${files.length} releases in test/fixtures/press`);
console.log(`  by language: ${show(tally.language)}`);
console.log(`  by event kind: ${show(tally.kind)}`);
console.log(`  mentions: ${show(tally.mentions)}`);
for (const w of problems.warnings) console.log(`warning: ${w}`);
for (const e of problems.errors) console.log(`ERROR: ${e}`);
console.log(problems.errors.length === 0 ? 'OK' : `${problems.errors.length} error(s)`);
process.exit(problems.errors.length === 0 ? 0 : 1);
