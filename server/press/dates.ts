/**
 * Event dates in Russian, English and Kyrgyz: «18 июля 2019 г.», «12–14 мая 2021 года», «С 24 по 26 августа»,
 * «26.02.2020», "From 8 to 10 October 2025", "22–23 September", «2024-жылдын 3–4-октябрында», «18-июлда»,
 * «20-майынан 22-майына чейин», «Вчера», «Кечээ», "yesterday". A date written without a year takes it from the
 * dateline (`publishedOn`): the latest such date not after it. «двухдневный», "three-day", «үч күндүк» give the
 * end date; "completed a three-day training … on 18 June" gives the start.
 */
export interface FoundDate {
  start: number;
  end: number;
  date: string;
  endDate: string | null;
  /** Written with its year (a dateline usually is). */
  hasYear: boolean;
}

// Month stems: Russian genitive («июля»), English, Kyrgyz («июлда», «майынан», «октябрында»). Matched on the stem.
const months: [RegExp, number][] = [
  [/^(январ|january|jan\b|үчтүн|январ)/i, 1],
  [/^(феврал|february|feb\b)/i, 2],
  [/^(март|march|mar\b)/i, 3],
  [/^(апрел|april|apr\b)/i, 4],
  [/^(ма[йяюе]|may\b)/i, 5],
  [/^(июн|june|jun\b)/i, 6],
  [/^(июл|july|jul\b)/i, 7],
  [/^(август|august|aug\b)/i, 8],
  [/^(сентябр|september|sept?\b)/i, 9],
  [/^(октябр|october|oct\b)/i, 10],
  [/^(ноябр|november|nov\b)/i, 11],
  [/^(декабр|december|dec\b)/i, 12],
];
const monthWord = '[А-Яа-яЁёA-Za-zөүңӨҮҢ]{3,}';
const dash = '\\s*[-–—]\\s*';

function monthOf(word: string): number | null {
  for (const [re, n] of months) if (re.test(word)) return n;
  return null;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
function valid(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
export function addDays(date: string, days: number): string {
  const dt = new Date(`${date}T00:00:00Z`);
  dt.setUTCDate(dt.getUTCDate() + days);
  return dt.toISOString().slice(0, 10);
}

/** The year of a day and month written without one: the latest not after the dateline. */
function yearFor(m: number, d: number, publishedOn: string | null): number | null {
  if (!publishedOn) return null;
  const y = Number(publishedOn.slice(0, 4));
  return iso(y, m, d) <= publishedOn ? y : y - 1;
}

interface Pattern {
  re: RegExp;
  /** Day, end day, month word, end month word, year from a match. */
  read: (m: RegExpExecArray) => { d1: string; d2?: string; mon1?: string; mon2?: string; num1?: string; y?: string };
}

const patterns: Pattern[] = [
  // 26.02.2020
  { re: /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g, read: (m) => ({ d1: m[1]!, num1: m[2]!, y: m[3]! }) },
  // Kyrgyz: «2025-жылдын 20-майынан 22-майына чейин»
  { re: new RegExp(`(?:(\\d{4})-жыл\\S*\\s+)?(\\d{1,2})-(${monthWord})\\s+(\\d{1,2})-(${monthWord})\\s+чейин`, 'g'), read: (m) => ({ y: m[1], d1: m[2]!, mon1: m[3]!, d2: m[4], mon2: m[5] }) },
  // Kyrgyz: «2024-жылдын 3–4-октябрында», «2019-жылы 18-июлда»
  { re: new RegExp(`(\\d{4})-жыл\\S*\\s+(\\d{1,2})(?:${dash}(\\d{1,2}))?-(${monthWord})`, 'g'), read: (m) => ({ y: m[1]!, d1: m[2]!, d2: m[3], mon1: m[4]! }) },
  // Kyrgyz: «18-июлда», «3–4-октябрында»
  { re: new RegExp(`(?<![\\d.])(\\d{1,2})(?:${dash}(\\d{1,2}))?-(${monthWord})`, 'g'), read: (m) => ({ d1: m[1]!, d2: m[2], mon1: m[3]! }) },
  // «С 24 по 26 августа 2024 года», "From 8 to 10 October 2025"
  { re: new RegExp(`(?:[Сс]|[Ff]rom)\\s+(\\d{1,2})(?:\\s+(${monthWord}))?\\s+(?:по|to|till|until)\\s+(\\d{1,2})\\s+(${monthWord})(?:,?\\s+(\\d{4}))?`, 'g'), read: (m) => ({ d1: m[1]!, mon1: m[2], d2: m[3], mon2: m[4]!, y: m[5] }) },
  // «12–14 мая 2021 года», "22–23 September", «18 июля 2019 г.»
  { re: new RegExp(`(?<![\\d.])(\\d{1,2})(?:${dash}(\\d{1,2}))?\\s+(${monthWord})(?:,?\\s+(\\d{4}))?`, 'g'), read: (m) => ({ d1: m[1]!, d2: m[2], mon1: m[3]!, y: m[4] }) },
  // "September 22, 2021", "March 3"
  { re: new RegExp(`(${monthWord})\\s+(\\d{1,2})(?:${dash}(\\d{1,2}))?(?:,\\s+(\\d{4}))?(?!\\d)`, 'g'), read: (m) => ({ mon1: m[1]!, d1: m[2]!, d2: m[3], y: m[4] }) },
];

/** Every date the text writes, in text order (one per place: the longest reading). */
export function findDates(text: string, publishedOn: string | null): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  for (const { re, read } of patterns) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const r = read(m as RegExpExecArray);
      const m1 = r.num1 ? Number(r.num1) : r.mon1 ? monthOf(r.mon1) : r.mon2 ? monthOf(r.mon2) : null;
      const m2 = r.mon2 ? monthOf(r.mon2) : m1;
      if (!m1 || !m2) continue;
      const d1 = Number(r.d1);
      const d2 = r.d2 ? Number(r.d2) : null;
      let y = r.y ? Number(r.y) : yearFor(m1, d1, publishedOn);
      if (!y) continue;
      if (!valid(y, m1, d1) || (d2 !== null && !valid(y, m2, d2))) continue;
      const date = iso(y, m1, d1);
      let endDate = d2 !== null ? iso(y, m2, d2) : null;
      if (endDate && endDate < date) endDate = null;
      found.push({ start, end, date, endDate, hasYear: Boolean(r.y) });
      taken.push([start, end]);
    }
  }
  // «Вчера», «Кечээ», "yesterday": the day before the dateline.
  if (publishedOn) {
    for (const m of text.matchAll(/(?<![\p{L}])(вчера|кечээ|yesterday)(?![\p{L}])/giu)) {
      if (taken.some(([s, e]) => m.index! < e && m.index! + m[0].length > s)) continue;
      const near = found.find((f) => f.start > m.index! && f.start - m.index! < 20);
      if (near) continue;
      found.push({ start: m.index!, end: m.index! + m[0].length, date: addDays(publishedOn, -1), endDate: null, hasYear: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const durationWords: [RegExp, number][] = [
  [/двухднев|two-day|2-day|эки\s+күндүк/iu, 2],
  [/тр[её]хднев|three-day|3-day|үч\s+күндүк/iu, 3],
  [/четыр[её]хднев|four-day|4-day|төрт\s+күндүк/iu, 4],
  [/пятиднев|five-day|5-day|беш\s+күндүк/iu, 5],
];

/** The event's dates: the first date that is not just the dateline, stretched by a stated duration. */
export function eventDates(text: string, publishedOn: string | null): { date: string | null; endDate: string | null } {
  const all = findDates(text, publishedOn);
  // A dateline repeats the publication date near the top; the event is the first other date, when there is one.
  const body = all.filter((f) => !(publishedOn && f.date === publishedOn && !f.endDate && f.start < 200));
  const chosen = body[0] ?? all[0];
  if (!chosen) return { date: null, endDate: null };
  let { date, endDate } = chosen;
  if (!endDate) {
    const duration = durationWords.find(([re]) => re.test(text))?.[1];
    if (duration) {
      const around = text.slice(Math.max(0, chosen.start - 200), chosen.end + 50);
      // "completed a three-day training … on 18 June": the date written is the last day.
      if (/\b(completed|concluded|ended|wrapped up)\b|завершил|завершил[аи]|закончил|аяктады|жыйынтыкталды/iu.test(around)) {
        endDate = date;
        date = addDays(date, -(duration - 1));
      } else endDate = addDays(date, duration - 1);
    }
  }
  return { date, endDate };
}
