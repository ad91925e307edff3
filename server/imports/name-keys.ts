import { distance } from 'fastest-levenshtein';
import { latinKeyWords } from '../search/search-text.js';
import { legalFormOf } from './legal-forms.js';

/**
 * Loose keys for comparing names across Russian, Kyrgyz and Latin spellings. Built on the search keys
 * (server/search/search-text.ts: "Джети-Огуз", "Jeti-Oguz", "Жети-Өгүз" → "jeti oguz") with one fold more
 * for matching: "ю"/"yu" after transliteration becomes "iu", folded to "u" ("Тюп", "Tup", "Түп" → "tup").
 */
export function keyWords(text: string): string[] {
  let words = cache.get(text);
  if (!words) {
    words = latinKeyWords(text.replace(/[ёЁ]/g, 'е')).map((word) => word.replace(/iu/g, 'u'));
    if (cache.size >= 100_000) cache.clear();
    cache.set(text, words);
  }
  return [...words];
}

/** Transliteration is the slow part of matching a 5,000-row sheet; the same names and words recur. */
const cache = new Map<string, string[]>();

/** One word as one key: "Абдрахманова-Токтосунова" → "abdrahmanovatoktosunova". */
export function wordKey(word: string): string {
  return keyWords(word).join('');
}

const quotePairs: [string, string][] = [['"', '"'], ['«', '»'], ['“', '”'], ['„', '“'], ["'", "'"]];
const count = (text: string, char: string) => text.split(char).length - 1;

/**
 * Text cleaned the way a person would read it: no doubled spaces, no semicolons or commas at the ends, no quotes
 * around the whole value or left unpaired at an end; quotes that belong to it stay (ОФ «Ак-Ниет»).
 */
export function cleanText(value: string): string {
  let text = value.normalize('NFC').replace(/[\u00a0\u2007\u202f\t\r\n\s]+/g, ' ');
  for (let changed = true; changed; ) {
    const before = text;
    text = text.replace(/^[\s;,`]+|[\s;,`]+$/g, '');
    const pair = quotePairs.find(([open, close]) => text.length >= 2 && text.startsWith(open) && text.endsWith(close));
    if (pair) text = text.slice(1, -1);
    if (/^["“”„]/.test(text) && count(text, text[0]!) % 2 === 1) text = text.slice(1);
    if (/["“”]$/.test(text) && count(text, text.at(-1)!) % 2 === 1) text = text.slice(0, -1);
    if (text.startsWith('«') && !text.includes('»')) text = text.slice(1);
    if (text.endsWith('»') && !text.includes('«')) text = text.slice(0, -1);
    changed = text !== before;
  }
  return text.replace(/\s+([,;])/g, '$1').trim();
}

/**
 * How close two keys are, 0 to 1: equal is 1; a difference of one letter in a word of five or more letters
 * (or two in one of nine or more) is close; anything else is 0.
 */
export function closeness(a: string, b: string): number {
  if (a === b) return 1;
  // "Асанов" and "Асанова" are a man and a woman, not a spelling slip.
  if (a + 'a' === b || b + 'a' === a) return 0;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return 0;
  const allowed = shorter >= 9 ? 2 : 1;
  const d = distance(a, b);
  return d <= allowed ? 1 - d * 0.05 : 0;
}

/** Russian adjectives of place names back to the name: "Сузакский" → "Сузак", "Ак-Суйский" → "Ак-Суу". */
export function placeStem(text: string): string {
  return text
    .replace(/уйск(?:ий|ая|ое|ого|ой|ому|ом)(?=$|[\s,.;)/])/giu, 'уу')
    .replace(/ыйск(?:ий|ая|ое|ого|ой|ому|ом)(?=$|[\s,.;)/])/giu, 'ы')
    .replace(/ьск(?:ий|ая|ое|ого|ой|ому|ом)(?=$|[\s,.;)/])/giu, '')
    .replace(/ск(?:ий|ая|ое|ого|ой|ому|ом)(?=$|[\s,.;)/])/giu, '');
}

function keySet(phrases: readonly string[]): Set<string> {
  return new Set(phrases.flatMap((phrase) => keyWords(phrase)));
}

/** Words naming the kind of a local government body, not the place: "айыл окмоту", "АО", "AA", "мэрия"… */
// "А/О" is read as one word (see slashAbbreviation): as two letters, its "о" took «ОО» (an NGO) for an ayil okmotu.
// A kenesh (council) is not the okmotu: legal-forms.ts knows councils.
const ayilOkmotuWords = keySet(['айыл окмоту', 'айыл өкмөтү', 'айылный аймак', 'айыл аймагы', 'айылдык', 'АО', 'AA', 'AO', 'ayil okmotu', 'aiyl okmotu', 'ayyl okmotu', 'ayil aimak', 'aiyl aimak', 'aimak', 'okmotu']);
// Also «а/ө» (Kyrgyz), «а/а» (айыл аймагы) and «а.о.»: as letters, their last one stayed in the place name.
const slashAbbreviation = /(^|[^\p{L}])[аa]\s*(?:\/\s*[оoөаa]|\.\s*[оoө]\.?)(?=$|[^\p{L}])/giu;
// Kyrgyz writes the town in the genitive before «мэриясы»: «Кемин шаарынын мэриясы».
const townWords = keySet(['мэрия', 'город', 'города', 'г', 'городская', 'администрация', 'мэриясы', 'шаар', 'шаары', 'шаарынын', 'шаардын', 'мэриясынын', 'town', 'city', 'hall', 'administration', 'mayor', 'mayors', 'office']);
const rayonWords = keySet(['район', 'района', 'району', 'р-н', 'р', 'н', 'rayon', 'raion', 'district', 'r-n']);
const oblastWords = keySet(['область', 'области', 'облусу', 'обл', 'oblast', 'region', 'province']);

export type MunicipalityHint = 'AYIL_OKMOTU' | 'TOWN_ADMINISTRATION' | null;

/** What a text says a municipality is called, without words of kind: "Сузакский АО" → "suzak". */
export function municipalityCore(text: string): { core: string; hint: MunicipalityHint } {
  const words = keyWords(placeStem(text.replace(slashAbbreviation, '$1АО')));
  // «ОО …», «ОсОО …», «… айылный кенеш», «СОШ …» name an NGO, a firm, a council, a school: never a municipality.
  const form = legalFormOf(text);
  const isAyilOkmotu = !form && words.some((word) => ayilOkmotuWords.has(word));
  const isTown = !form && /мэри|город|шаар|(?:^|\s)г\.|town|city|mayor/iu.test(text);
  const core = words.filter((word) => !ayilOkmotuWords.has(word) && !townWords.has(word)).join(' ');
  return { core, hint: isAyilOkmotu ? 'AYIL_OKMOTU' : isTown ? 'TOWN_ADMINISTRATION' : null };
}

/** Whether a text names a local government body ("… айыл окмоту", "… АО", "мэрия …"), whatever its place name. */
export function looksLikeMunicipality(text: string): boolean {
  return municipalityCore(text).hint !== null;
}

/**
 * The many ways sheets write a rayon's or an oblast's state administration: «Баткенская РГА», «Тонская
 * райгосадминистрация», «Кочкор райондук мамлекеттик администрациясы», «Кочкор районунун акимчилиги»,
 * «Suzak district administration», «Джалал-Абадская облгосадминистрация».
 */
const administrationPhrases: [RegExp, 'RAYON' | 'OBLAST'][] = [
  [
    /(?<!\p{L})(?:районн\p{L}*\s+(?:государственн\p{L}*\s+)?администраци\p{L}*|рай(?:гос)?администраци\p{L}*|РГА|район\p{L}*\s+(?:мамлекеттик\s+)?администраци\p{L}*|(?:район\p{L}*\s+)?акимиат\p{L}*|(?:район\p{L}*\s+)?акимчилиг\p{L}*|аппарат\p{L}*\s+акима|(?:rayon|raion|district)\s+(?:state\s+)?administration)(?!\p{L})/iu,
    'RAYON',
  ],
  [
    // Since 2021 the oblast administrations are the offices of plenipotentiary representatives (полпредства).
    /(?<!\p{L})(?:(?:аппарат\p{L}*\s+)?полномочн\p{L}*\s+представител\p{L}*(?:\s+(?:президента|правительства))?(?:\s+(?:КР|Кыргызской\s+Республики))?(?:\s+в)?|полпредств\p{L}*|областн\p{L}*\s+(?:государственн\p{L}*\s+)?администраци\p{L}*|обл(?:гос)?администраци\p{L}*|ОГА|облус\p{L}*\s+(?:мамлекеттик\s+)?администраци\p{L}*|(?:oblast|regional)\s+(?:state\s+)?administration)(?!\p{L})/iu,
    'OBLAST',
  ],
];

/** Which administration a text names, as its level and the rayon's or oblast's name: «Сокулукская РГА» → RAYON "sokuluk". */
export function administrationOf(text: string): { level: 'RAYON' | 'OBLAST'; core: string } | null {
  for (const [pattern, level] of administrationPhrases) {
    const found = pattern.exec(text);
    if (!found) continue;
    const core = regionCore(text.replace(found[0], ' '));
    if (core) return { level, core };
  }
  return null;
}

/** A rayon's or oblast's name without the words of kind: "Тюпский район" → "tup", "Tup district" → "tup". */
export function regionCore(text: string): string {
  return keyWords(placeStem(text))
    .filter((word) => !rayonWords.has(word) && !oblastWords.has(word))
    .join(' ');
}

/** Whether a text says it is a rayon ("Тюпский район", "Тюп р-н", "Tup rayon"). */
export function saysRayon(text: string): boolean {
  return /район|р-н|р\.|rayon|raion|district/iu.test(text);
}

/** Whether a text says it is an oblast. */
export function saysOblast(text: string): boolean {
  return /област|облус|обл\.|oblast|region/iu.test(text);
}

/** Two place names are the same when their keys are equal, close, or one is the other plus at most two letters ("Липен", "Липенка"). */
export function placeCloseness(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2) return 0.9;
  return closeness(a.replace(/ /g, ''), b.replace(/ /g, ''));
}
