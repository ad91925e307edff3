import { EventKind } from '../events/event.type.js';
import { cleanText, keyWords, placeCloseness } from './name-keys.js';
import type { SheetRow } from './sheet-file.js';

/**
 * The lines a partner writes above the header of an attendance sheet, read as the new event's fields:
 *   «Список участников семинара «Планирование местного бюджета»» / «г. Каракол, 14 марта 2024 г.»
 *   «Training on citizen participation» / «Talas, 5 June 2024»
 *   «… семинар» / «2024-жылдын 12-марты, Кочкор айылы»
 *   «Дата: | 2024-12-10» / «Место: | г. Бишкек, отель …»
 * Hand-written: no kept library reads Russian and Kyrgyz dates in words (date parsers such as chrono know
 * neither language), and the rest is a few patterns of how these sheets are laid out.
 */
export interface SheetTitle {
  /** The event's name as the sheet gives it ("Список участников семинара «X»" → "Семинар «X»"). */
  title: string | null;
  /** ISO date. */
  date: string | null;
  /** The place as written ("г. Каракол", "Каракол шаары"). */
  place: string | null;
  /** The kind of event the title says (семинар, тренинг, форум…). */
  kind: EventKind | null;
  /** Row numbers of the lines read. */
  lines: number[];
}

// Months by the first letters of their Russian (any case), Kyrgyz and English names; longer stems first ("мар" before "ма").
const monthStems: [string, number][] = [
  ['янв', 1], ['фев', 2], ['мар', 3], ['апр', 4], ['май', 5], ['мая', 5], ['июн', 6], ['июл', 7], ['авг', 8], ['сен', 9], ['окт', 10], ['ноя', 11], ['дек', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['may', 5], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];
const monthWord = '([a-zа-яёңөү]{3,9})';

function monthOf(word: string): number | null {
  const lower = word.toLowerCase();
  return monthStems.find(([stem]) => lower.startsWith(stem))?.[1] ?? null;
}

function isoDate(year: number, month: number | null, day: number): string | null {
  if (!month || year < 1990 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Date patterns, each with how to read its groups; the year suffix ("г.", "года", "-ж.") is part of the match. */
const datePatterns: [RegExp, (m: RegExpMatchArray) => string | null][] = [
  // 2024-жылдын 12-марты, 2024-ж. 12-март
  [new RegExp(`(\\d{4})\\s*-?\\s*(?:жылдын|жылы|ж\\.)\\s*(\\d{1,2})\\s*-?\\s*${monthWord}`, 'iu'), (m) => isoDate(+m[1]!, monthOf(m[3]!), +m[2]!)],
  // 2024-03-12
  [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  // 12.03.2024, 12/03/2024 (day first, as written in Kyrgyzstan), with "г." after
  [/(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)(?:\s*(?:г\.|года|год|ж\.))?/u, (m) => isoDate(+m[3]!, +m[2]!, +m[1]!)],
  // 12 марта 2024 г., 5 June 2024
  [new RegExp(`(?<!\\d)(\\d{1,2})\\s+${monthWord}\\s+(\\d{4})(?:\\s*(?:г\\.|года|год|ж\\.))?`, 'iu'), (m) => isoDate(+m[3]!, monthOf(m[2]!), +m[1]!)],
  // June 5, 2024
  [new RegExp(`${monthWord}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'iu'), (m) => isoDate(+m[3]!, monthOf(m[1]!), +m[2]!)],
];

/** The first date a text holds, and the text without it. */
export function findDate(text: string): { date: string; rest: string } | null {
  for (const [pattern, read] of datePatterns) {
    const match = text.match(pattern);
    const date = match ? read(match) : null;
    if (match && date) return { date, rest: text.slice(0, match.index) + text.slice(match.index! + match[0].length) };
  }
  return null;
}

const labelled = (words: string) => new RegExp(`^(?:${words})\\s*:\\s*`, 'iu');
const dateLabel = labelled('дата(?: проведения)?|күнү|date');
const placeLabel = labelled('место(?: проведения)?|өткөрүлгөн жери|өткөн жери|жери|venue|place|location');
const titleLabel = labelled('тема|название|мероприятие|аталышы|темасы|event|title|topic');

/** Words that say a text is a place: "г. Каракол", "с. Сокулук", "Каракол шаары", "Кочкор айылы". */
const placeWords = /(?:^|\s)(?:г|с|пгт|город|село)\.?\s+\p{Lu}|\p{Lu}[\p{L}-]*\s+(?:шаары|айылы|ш\.)(?:$|[\s,])/u;

/** Headings that only say "this is a list of participants", in the three languages. */
const listWords = /^(?:список|лист регистрации|регистрационный лист|participants?(?:'|’)? list|list of participants|registration (?:list|sheet)|катышуучулардын тизмеси|катышуучулардын каттоо баракчасы)\s*(?:участников|участников и гостей)?\s*[:.]?\s*/iu;

/** "Список участников семинара «X»": the kind in the genitive back to the name of the event. */
const genitiveKinds: [RegExp, string][] = [
  [/^обучающего семинара(?=$|[\s«"])/iu, 'Обучающий семинар'],
  [/^семинара(?=$|[\s«"])/iu, 'Семинар'],
  [/^семинара-тренинга(?=$|[\s«"])/iu, 'Семинар-тренинг'],
  [/^тренинга(?=$|[\s«"])/iu, 'Тренинг'],
  [/^форума(?=$|[\s«"])/iu, 'Форум'],
  [/^конференции(?=$|[\s«"])/iu, 'Конференция'],
  [/^совещания(?=$|[\s«"])/iu, 'Совещание'],
  [/^круглого стола(?=$|[\s«"])/iu, 'Круглый стол'],
  [/^встречи(?=$|[\s«"])/iu, 'Встреча'],
  [/^учебного визита(?=$|[\s«"])/iu, 'Учебный визит'],
  [/^воркшопа(?=$|[\s«"])/iu, 'Воркшоп'],
];

/** The kind of event a title names; the first that matches wins ("Обучающий семинар" is a training). */
const kindWords: [RegExp, EventKind][] = [
  [/обучающ|тренинг|training|окутуу/iu, EventKind.TRAINING],
  [/workshop|воркшоп/iu, EventKind.WORKSHOP],
  [/семинар|seminar/iu, EventKind.SEMINAR],
  [/форум|конференц|forum|conference|курултай/iu, EventKind.CONFERENCE],
  [/учебн\S* визит|обмен опытом|exchange visit|study (?:visit|tour)/iu, EventKind.EXCHANGE_VISIT],
  [/совещани|встреч|круглый стол|слушани|meeting|round ?table|hearing|жыйын|угуу/iu, EventKind.MEETING],
];

export function eventKindOf(title: string): EventKind | null {
  return kindWords.find(([pattern]) => pattern.test(title))?.[1] ?? null;
}

/** "Список участников семинара «X»" → "Семинар «X»"; a heading that is only "Список участников" → null. */
export function titleFrom(text: string): string | null {
  const rest = text.replace(listWords, '').trim();
  if (rest === text.trim()) return text.trim() || null;
  if (!rest) return null;
  for (const [pattern, nominative] of genitiveKinds) if (pattern.test(rest)) return rest.replace(pattern, nominative);
  return rest;
}

/** A line's text: its distinct cells in order (a merged title repeats its value in every cell it covers). */
function lineText(row: SheetRow): string {
  const cells: string[] = [];
  for (const cell of row.cells.map((value) => cleanText(value))) if (cell && cells.at(-1) !== cell) cells.push(cell);
  return cells.join(' ').replace(/\s*:\s+/u, ': ').replace(/^(\S[^:]{0,25}):(?=\S)/u, '$1: ');
}

const trimPunctuation = (text: string) => text.replace(/^[\s,;.–—-]+|[\s,;–—-]+$/gu, '').trim();
const isShortPlace = (text: string) => text.length > 0 && text.length <= 60 && text.split(/\s+/).length <= 6;

/** Reads the lines above the header (rows before `headerStart`, an index into rows). */
export function readSheetTitle(rows: readonly SheetRow[], headerStart: number): SheetTitle {
  const found: SheetTitle = { title: null, date: null, place: null, kind: null, lines: [] };
  const use = (row: SheetRow) => {
    if (!found.lines.includes(row.number)) found.lines.push(row.number);
  };
  for (const row of rows.slice(0, Math.max(0, headerStart)).slice(-8)) {
    let text = lineText(row);
    if (!text) continue;
    if (placeLabel.test(text)) {
      if (!found.place) {
        found.place = trimPunctuation(text.replace(placeLabel, '')) || null;
        use(row);
      }
      continue;
    }
    const isDateLine = dateLabel.test(text);
    text = text.replace(dateLabel, '').replace(titleLabel, '');
    const dated = findDate(text);
    if (dated && !found.date) {
      found.date = dated.date;
      use(row);
      const rest = trimPunctuation(dated.rest.replace(/\s{2,}/g, ' '));
      if (isDateLine || !rest) continue;
      // "г. Каракол, 14 марта 2024 г.": what is left is the place; "Workshop on X, Cholpon-Ata, 22 May 2024": the last part is.
      if (isShortPlace(rest) && (placeWords.test(rest) || !rest.includes(','))) {
        found.place ??= rest;
        continue;
      }
      const parts = rest.split(',').map(trimPunctuation).filter(Boolean);
      const last = parts.at(-1);
      if (parts.length > 1 && last && isShortPlace(last) && last.split(/\s+/).length <= 3) {
        found.place ??= last;
        found.title ??= titleFrom(parts.slice(0, -1).join(', '));
      }
      continue;
    }
    if (isDateLine) continue;
    if (!found.place && isShortPlace(text) && placeWords.test(text) && !/[«"]/.test(text)) {
      found.place = trimPunctuation(text);
      use(row);
      continue;
    }
    if (!found.title) {
      const title = titleFrom(text);
      use(row);
      if (title) found.title = title;
    }
  }
  found.kind = found.title ? eventKindOf(found.title) : null;
  found.lines.sort((a, b) => a - b);
  return found;
}

/** Territories a place may name, with their names (cities and towns of the seed). */
export interface PlaceTerritory {
  id: string;
  nameRu: string | null;
  nameEn: string | null;
  nameKy: string | null;
  aliases: string[] | null;
}

const placeMarkers = new Set(keyWords('г город с село пгт шаары шаар ш айылы айыл city town village'));
const placeKey = (text: string) => keyWords(text).filter((word) => !placeMarkers.has(word)).join(' ');

/** The town a place names ("г. Каракол", "Каракол шаары", "Talas", "г. Бишкек, отель …"), when exactly one does. */
export function placeTerritoryOf<T extends PlaceTerritory>(place: string, towns: readonly T[]): T | null {
  const head = placeKey(place.split(',')[0]!);
  if (!head) return null;
  const keysOf = (town: T) => [town.nameRu, town.nameEn, town.nameKy, ...(town.aliases ?? [])].flatMap((name) => (name ? [placeKey(name)] : []));
  // The same words first: "Каракол" is Karakol, not Kara-Kul ("Кара-Көл" in Kyrgyz), which is close once hyphens go.
  const tiers: ((key: string) => boolean)[] = [(key) => key === head, (key) => placeCloseness(head, key) >= 0.9];
  for (const same of tiers) {
    const found = towns.filter((town) => keysOf(town).some(same));
    if (found.length > 0) return found.length === 1 ? found[0]! : null;
  }
  return null;
}
