import { bestNameMatch, parsePersonName } from '../imports/person-names.js';
import type { Gazetteer } from './gazetteer.js';
import type { Candidate, OrganisationMention, PersonMention } from './types.js';

/**
 * People named with their posts: «Зам. главы Джети-Огузского айыл окмоту Кубатов Аскат», «Барскоон айыл
 * өкмөтүнүн башчысы Исаева Гүлмира», "Deputy Director of GAMSUMO Ms. Aida Osmonova", «Кадырова Айгуль, глава
 * Тамчынского айыл окмоту». A name is two or three capitalised words one of which has a surname's form (…ов, …ева,
 * …уулу), or a surname with initials, or any name after Mr./Ms.; its post is the phrase from a word for a post up to
 * the name (or after it, set off by a comma), and stops where an organisation mention begins.
 */
const W = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
const I = '\\p{Lu}\\.\\s?(?:\\p{Lu}\\.)?';
const nameRe = new RegExp(
  `(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?(?:${I}\\s*${W}|${W}\\s+${I}|${W}(?:\\s+${W}){1,3}(?:\\s+(?:уулу|кызы|uulu|kyzy))?)`,
  'gu',
);
const surnameForm = /(?:ов|ев|ёв|ин|ова|ева|ина|ову|еву|овой|евой|иной|овым|евым|иным|уулу|кызы|ov|ev|ova|eva|ina|uulu|kyzy|bekov|bekova)$/u;
const postWord =
  '(?:[Пп]ерв\\p{L}*\\s+)?(?:[Зз]ам\\.|[Гг]лав\\p{L}*|[Зз]аместител\\p{L}*|[Аа]ким\\p{L}*|[Дд]иректор\\p{L}*|[Рр]уководител\\p{L}*|[Ээ]ксперт\\p{L}*|[Тт]ренер\\p{L}*|' +
  '[Сс]пециалист\\p{L}*|[Мм]эр(?![\\p{L}])|[Мм]эра(?![\\p{L}])|[Пп]резидент\\p{L}*|[Пп]редседател\\p{L}*|[Кк]оординатор\\p{L}*|[Мм]енеджер\\p{L}*|[Сс]оветник\\p{L}*|[Дд]епутат\\p{L}*|' +
  '[Пп]редставител\\p{L}*|[Нн]ачальник\\p{L}*|[Пп]осол\\p{L}*|[Пп]осл\\p{L}*|[Вв]едущ\\p{L}*|[Гг]лавн\\p{L}*|[Сс]тарш\\p{L}*|[Кк]онсультант\\p{L}*|[Мм]инистр\\p{L}*|' +
  '[Hh]ead|[Dd]eputy|[Dd]irector|[Mm]ayor|[Aa]kim|[Cc]oordinator|[Mm]anager|[Ee]xpert|[Tt]rainer|[Ss]pecialist|[Cc]hair\\p{L}*|[Pp]resident|[Aa]mbassador|' +
  '[Aa]dvis[oe]r|[Oo]fficer|[Rr]epresentative|[Mm]inister|[Ss]peaker|[Ff]irst\\s+deputy|[Ss]enior|[Ll]ead|[Cc]onsultant|[Pp]rogramme\\s+\\p{L}+|[Pp]roject\\s+\\p{L}+|' +
  '[Бб]ашчы\\p{L}*|[Аа]кимин\\p{L}*|[Тт]өраг\\p{L}*|[Аа]дис\\p{L}*|[Өө]күл\\p{L}*|[Мм]эри(?![\\p{L}])|[Жж]етекчи\\p{L}*|[Кк]еңешчи\\p{L}*)';
const postStart = new RegExp(`(?<![\\p{L}])${postWord}(?![\\p{L}])`, 'gu');
/** A post set off after the name: «, глава …», « — заместитель …», ", the school director", ", Resident Representative". */
const postAfter = new RegExp(`^\\s*(?:,|—|–)\\s*((?:(?:the|a|an)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?${postWord}[^,.;()\\n—–]*)`, 'u');

export function findPeople(text: string, gazetteer: Gazetteer, organisations: OrganisationMention[], taken: { start: number; end: number }[]): PersonMention[] {
  const people: PersonMention[] = [];
  // Where the last person's name and post end: the next post is looked for after it.
  let floor = 0;
  for (const m of text.matchAll(nameRe)) {
    let start = m.index!;
    const end = start + m[0].length;
    // «г. Балыкчы Касымалиев Азамат»: a place written before the name is not part of it.
    const before = taken.filter((t) => t.start < start && t.end > start).reduce((at, t) => Math.max(at, t.end), start);
    if (before > start) start = before + (/^\s*/.exec(text.slice(before))?.[0].length ?? 0);
    // «Тренер Асанова Бактыгуль» at a sentence start: the capitalised post is not part of the name.
    const lead = new RegExp(`^${postWord}\\s+`, 'u').exec(text.slice(start, end));
    if (lead) start += lead[0].length;
    if (start >= end) continue;
    const written = text.slice(start, end);
    if (written.split(/\s+/).length < 2) continue;
    const titled = /^(?:Mr|Ms|Mrs|Dr)\.?\s/u.test(written);
    const bare = written.replace(/^(?:Mr|Ms|Mrs|Dr)\.?\s+/u, '');
    const words = bare.split(/\s+/).filter((w) => !/\./.test(w));
    const initials = /\p{Lu}\./u.test(bare);
    if (!titled && !initials && !words.some((w) => surnameForm.test(w))) continue;
    if (organisations.some((f) => f.start < end && f.end > start)) continue;
    // Not a name at the start of a sentence that merely begins with two capitalised words ("Представители Ассоциации").
    if (!titled && words.every((w) => !surnameForm.test(w)) && !initials) continue;
    const post = postOf(text, start, end, organisations, floor);
    floor = Math.max(end, post.end ?? end);
    const name = nominative(bare, post.genitive);
    const candidates = matchPerson(name, gazetteer, post.organisation);
    const best = candidates[0];
    const matched = best && best.score >= 0.85;
    people.push({
      text: written,
      start,
      end,
      name,
      post: post.post,
      organisationText: post.organisation?.text ?? null,
      status: matched ? 'MATCH' : 'CREATE',
      match: matched ? { id: best.id } : null,
      candidates,
    });
  }
  return people;
}

interface Post {
  post: string | null;
  /** Where the post (or its organisation) ends in the text, when it follows the name. */
  end?: number;
  organisation: OrganisationMention | null;
  /** Whether the post is written in an oblique case («заместителя», «главы»), so the name is too. */
  genitive: boolean;
}

function postOf(text: string, start: number, end: number, organisations: OrganisationMention[], floor: number): Post {
  // After the name, set off by a comma: «Кадырова Айгуль, глава Тамчынского айыл окмоту».
  const following = postAfter.exec(text.slice(end, end + 160));
  // «аким … Исаков Замирбек, глава … Рысбаев Жаныбек»: a post running into another name is that person's.
  const nextName = following && new RegExp(`\\p{Lu}\\p{Ll}+(?:${surnameForm.source.replace(/\$$/, '')})(?![\\p{L}])`, 'u').test(following[1]!);
  if (following && !nextName) {
    const from = end + following[0].indexOf(following[1]!);
    const to = from + following[1]!.trimEnd().length;
    const post = cut(text, from, to, organisations, false);
    return { ...post, end: Math.max(to, post.organisation?.end ?? to) };
  }
  // Before the name, in the same sentence and after the previous person.
  const lower = Math.max(floor, start - 160, sentenceStart(text, start));
  const window = text.slice(lower, start);
  let first: RegExpExecArray | null = null;
  for (const m of window.matchAll(postStart)) {
    first = m as RegExpExecArray;
    break;
  }
  if (!first) return { post: null, organisation: null, genitive: false };
  const from = lower + first.index!;
  const before = organisations.filter((o) => o.end <= from && from - o.end <= 3).at(-1) ?? null;
  const result = cut(text, from, start, organisations, true);
  if (!result.organisation && before) result.organisation = before;
  return result;
}

/** The post runs from its word to `to`; an organisation mention inside ends it and becomes the post's organisation. */
function cut(text: string, from: number, to: number, organisations: OrganisationMention[], beforeName: boolean): Post {
  const inside = organisations.filter((o) => o.start >= from && o.start < to).sort((a, b) => a.start - b.start);
  const organisation = inside.find((o) => !inside.some((p) => p !== o && p.start <= o.start && p.end >= o.end && (p.start < o.start || p.end > o.end))) ?? inside[0] ?? null;
  let stop = organisation ? organisation.start : to;
  let post = text.slice(from, stop);
  post = post
    .replace(/[\s,:–—-]+$/u, '')
    .replace(/\s+(?:Mr|Ms|Mrs|Dr)\.?$/u, '')
    .replace(/\s+(?:of|at|in|from|of\s+the|at\s+the|in\s+the)$/iu, '')
    .replace(/[\s,:–—-]+$/u, '');
  if (!beforeName) post = post.replace(/\s+(?:said|noted|stressed|added)\b.*$/iu, '');
  const genitive = /^(?:[Пп]ерв\p{L}+\s+)?(?:[Зз]ам\.\s+)?\p{L}*(?:теля|тора|главы|ника|ера|ста|та|ры)(?![\p{L}])/u.test(post) || /^\p{L}+(?:ем|ой|ом)(?![\p{L}])/u.test(post);
  return { post: post || null, organisation, genitive: beforeName && genitive };
}

function sentenceStart(text: string, at: number): number {
  const head = text.slice(0, at);
  const m = [...head.matchAll(/(?<!(?:^|[\s(])\p{L}{1,3})[.!?]\s+(?=\p{Lu})|\n/gu)].at(-1);
  return m ? m.index! + m[0].length : 0;
}

/**
 * The nominative of a Russian name met in another case: «Абдукадыровой Зарины» → «Абдукадырова Зарина»,
 * «Монолдорова Д.Ч.» after «заместителя» → «Монолдоров Д.Ч.», «Асель Мамбетовой» → «Асель Мамбетова».
 * Kyrgyz and English names are written in the nominative and stay as they are.
 */
export function nominative(name: string, oblique: boolean): string {
  return name
    .split(/\s+/)
    .map((word) => {
      if (/\./.test(word)) return word;
      if (/(ов|ев|ин)ой$/u.test(word)) return word.replace(/ой$/u, 'а');
      if (/(ов|ев|ин)ым$/u.test(word)) return word.replace(/ым$/u, '');
      if (/(ов|ев|ин)у$/u.test(word)) return word.replace(/у$/u, '');
      if (oblique && /(ов|ев|ин)а$/u.test(word)) return word.replace(/а$/u, '');
      if (/(ов|ев|ин)$/u.test(word)) return word;
      // Given names: feminine «Зарины», «Гулнары» → «-а»; masculine «Нурлана» (only after an oblique post) → «Нурлан».
      if (/[^аеиоуыэюя]ы$/u.test(word) && /\p{Script=Cyrillic}/u.test(word)) return word.replace(/ы$/u, 'а');
      if (oblique && /[бвгджзклмнпрстфхцчшщ]а$/u.test(word)) return word.replace(/а$/u, '');
      return word;
    })
    .join(' ');
}

function matchPerson(name: string, gazetteer: Gazetteer, organisation: OrganisationMention | null): Candidate[] {
  const written = parsePersonName(name);
  if (!written.words.length) return [];
  const out: Candidate[] = [];
  for (const person of gazetteer.people) {
    const found = bestNameMatch([written], person.names);
    if (!found) continue;
    let { score, reason } = found;
    const org = organisation?.match?.id;
    if (org && person.organisationIds.includes(org)) {
      score = Math.min(1, score + 0.05);
      reason += '; holds a post there';
    }
    out.push({ id: person.id, score, reason });
  }
  return out.sort((a, b) => b.score - a.score);
}
