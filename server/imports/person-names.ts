import type { MessageCode } from './import-messages.js';
import { cleanText, closeness, keyWords, wordKey } from './name-keys.js';

/**
 * A person's name as written on a sheet or stored in the graph, taken apart for matching:
 * "Мамбетова Асель Токтогуловна", "Асель Мамбетова", "Мамбетова А.", "Д.Ч. Монолдоров", "Kubatov Askat",
 * "Нурлан Бакыт уулу". Word order is ignored (sheets put the surname first, the graph often the given name).
 */
export interface PersonName {
  /** As the sheet writes it, trimmed and with inner runs of spaces collapsed (capitals kept: «АСАНОВ», «McLean»). */
  display: string;
  /** Keys of the full words (surname, given names), without the patronymic. */
  words: string[];
  /** Keys of initials ("А." → "a", "Ч." → "c"), in order. */
  initials: string[];
  /** Key of the patronymic (…ович, …овна) when there is one. */
  patronymic: string | null;
}

export interface NameMatch {
  score: number;
  reason: MessageCode;
}

const kyrgyzParticles = /^(уулу|кызы|uulu|kyzy|uly|kizi)$/iu;
const patronymicEnding = /(ович|евич|овна|евна|ична|инична|ovich|evich|ovna|evna|ichna)$/iu;
const initialToken = /^\p{L}{1,2}\.$|^\p{L}$/u;

function tokens(text: string): string[] {
  return text
    .replace(/(\p{L})\.(?=\p{L})/gu, '$1. ')
    .split(/[\s,]+/)
    .filter(Boolean);
}

export function parsePersonName(text: string): PersonName {
  const display = cleanText(text);
  const parts = tokens(display);
  const words: string[] = [];
  const initials: string[] = [];
  let patronymic: string | null = null;
  const fullWords = parts.filter((part) => !initialToken.test(part) && !kyrgyzParticles.test(part));
  for (const part of parts) {
    if (kyrgyzParticles.test(part)) {
      // "Бакыт уулу" is a surname in two words: keep them together.
      if (words.length > 0) words[words.length - 1] += wordKey(part);
      continue;
    }
    const key = wordKey(part);
    if (!key) continue;
    if (initialToken.test(part)) initials.push(keyWords(part)[0]?.[0] ?? key[0]!);
    else if (fullWords.length >= 3 && patronymicEnding.test(part) && part !== fullWords[0]) patronymic = key;
    else words.push(key);
  }
  return { display, words, initials, patronymic };
}

/** Whether a name has what identifies a person: a surname and a given name or an initial. */
export function isCompleteName(name: PersonName): boolean {
  return name.words.length >= 2 || (name.words.length === 1 && name.initials.length >= 1);
}

/** Pairs each word of `few` with a different word of `many`; the product of their closeness, 0 when one has no partner. */
function pairWords(few: string[], many: string[]): { closeness: number; exact: boolean } {
  const left = [...many];
  let product = 1;
  let exact = true;
  for (const word of few) {
    let best = -1;
    let bestScore = 0;
    left.forEach((other, index) => {
      const score = closeness(word, other);
      if (score > bestScore) [best, bestScore] = [index, score];
    });
    if (best < 0) return { closeness: 0, exact: false };
    if (bestScore < 1) exact = false;
    product *= bestScore;
    left.splice(best, 1);
  }
  return { closeness: product, exact };
}

function initialsAgree(initials: string[], words: string[], surname: string): boolean {
  const given = words.filter((word) => word !== surname);
  return initials.length > 0 && given.some((word) => word.startsWith(initials[0]!));
}

/**
 * How likely two written names are the same person, with the reason; null when they are not.
 * Same words in any order: 1. One name has an extra given name: 0.95. Surname and initial agree
 * ("Мамбетова А." and "Асель Мамбетова"): 0.85. A letter or two differs: about 0.75 (to choose, not to match).
 */
export function compareNames(a: PersonName, b: PersonName): NameMatch | null {
  if (a.words.length >= 2 && b.words.length >= 2) {
    const [few, many] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
    const paired = pairWords(few, many);
    if (paired.closeness === 0) return null;
    if (paired.exact && few.length === many.length) {
      const sameOrder = a.words.join(' ') === b.words.join(' ');
      return { score: 1, reason: sameOrder ? 'SAME_NAME' : 'SAME_NAME_OTHER_ORDER' };
    }
    if (paired.exact) return { score: 0.95, reason: 'EXTRA_GIVEN_NAME' };
    // Маматов and Мамытов, Асанов and Аманов are usually different people: a spelling difference is a
    // candidate to choose, never a match on its own.
    return { score: Math.round(0.8 * paired.closeness * 100) / 100, reason: 'SIMILAR_NAME' };
  }
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.length !== 1 || long.words.length < 1) return null;
  const surname = short.words[0]!;
  const match = long.words.find((word) => closeness(surname, word) > 0);
  if (!match) return null;
  if (long.words.length === 1) {
    const same = short.initials.length > 0 && short.initials.join('') === long.initials.join('');
    return same && match === surname ? { score: 0.9, reason: 'SAME_SURNAME_INITIALS' } : null;
  }
  if (!initialsAgree(short.initials, long.words, match)) return null;
  return { score: match === surname ? 0.85 : 0.7, reason: match === surname ? 'SAME_SURNAME_INITIAL' : 'SIMILAR_SURNAME_INITIAL' };
}

const isFull = (name: PersonName) => name.words.length >= 2;

/**
 * The best match between any written forms of two people (names and aliases). A full name is compared with a
 * short form ("Асанов А.") only when the other person has no full name: "Асанов Азамат" is not "Асанов Айбек"
 * just because the latter is also listed as "Асанов А.".
 */
export function bestNameMatch(a: readonly PersonName[], b: readonly PersonName[]): NameMatch | null {
  const [aFull, bFull] = [a.some(isFull), b.some(isFull)];
  let best: NameMatch | null = null;
  for (const x of a) {
    for (const y of b) {
      if ((isFull(x) && !isFull(y) && bFull) || (isFull(y) && !isFull(x) && aFull)) continue;
      const match = compareNames(x, y);
      if (match && (!best || match.score > best.score)) best = match;
    }
  }
  return best;
}

const surnameEnding = /(ов|ова|ев|ева|ин|ина|ский|ская|ov|ova|ev|eva|in|ina|skiy|skaya)$/iu;

/**
 * Other written forms of a new person's name, stored as aliases so that search and later imports find them:
 * surname first, given name first, surname with initials. The surname is the word with a surname ending
 * (…ов, …ева, …ин), else the first word, as sheets write it.
 */
export function nameVariants(name: PersonName): string[] {
  const parts = tokens(name.display).filter((part) => !initialToken.test(part));
  if (parts.length < 2 || parts.some((part) => kyrgyzParticles.test(part))) return [];
  const at = Math.max(0, parts.findIndex((part) => surnameEnding.test(part)));
  const surname = parts[at]!;
  const others = parts.filter((_, index) => index !== at);
  const given = others[0]!;
  const initial = (word: string) => `${word.slice(0, 1)}.`;
  const variants = [
    `${surname} ${others.join(' ')}`,
    `${surname} ${given}`,
    `${given} ${surname}`,
    `${surname} ${initial(given)}`,
    ...(others.length > 1 ? [`${surname} ${others.slice(0, 2).map(initial).join('')}`] : []),
  ];
  return [...new Set(variants)].filter((variant) => variant !== name.display);
}
