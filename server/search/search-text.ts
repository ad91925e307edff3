import { transliterate } from 'transliteration';

/**
 * Names are written in Russian, Kyrgyz and several Latin spellings ("Джети-Огуз", "Jeti-Oguz", "Dzheti-Oguz").
 * Every name is reduced to a loose Latin key so that all of these meet: Cyrillic is transliterated,
 * then sounds spelt differently by different systems are folded together.
 */
const kyrgyzLetters: [string, string][] = [
  ['ң', 'ng'], ['Ң', 'Ng'], ['ӊ', 'ng'], ['Ӊ', 'Ng'],
  ['ө', 'o'], ['Ө', 'O'], ['ү', 'u'], ['Ү', 'U'],
];

const spellingFolds: [RegExp, string][] = [
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
];

const wordPattern = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(wordPattern) ?? [];
}

function toLatin(text: string): string {
  return transliterate(text, { replace: kyrgyzLetters, unknown: ' ' }).replace(/'/g, '');
}

/** The folded Latin words of a text: "Джети-Огузский" and "Jeti-Oguz" both give words starting "jeti", "oguz". */
export function latinKeyWords(text: string): string[] {
  return words(toLatin(text)).map((word) => spellingFolds.reduce((w, [pattern, by]) => w.replace(pattern, by), word));
}

/**
 * The text stored in `searchText` on every named node: lower-case names and aliases, their transliterations
 * and their folded keys. Indexed by the `entity_names` full-text index and used by list filters.
 */
export function buildSearchText(names: readonly (string | null | undefined)[]): string {
  const parts = new Set<string>();
  for (const name of names) {
    if (!name?.trim()) continue;
    parts.add(words(name).join(' '));
    parts.add(words(toLatin(name)).join(' '));
    parts.add(latinKeyWords(name).join(' '));
  }
  return [...parts].filter(Boolean).join(' | ');
}

export interface SearchTerms {
  /** Lower-case words as typed. */
  words: string[];
  /** The same words as folded Latin keys. */
  keys: string[];
}

export function searchTerms(text: string): SearchTerms {
  return { words: words(text), keys: latinKeyWords(text) };
}

/**
 * A Lucene query for the full-text index, or null when the text has no searchable word.
 * Only letters and digits reach Lucene (words are split on everything else), so user input cannot
 * inject Lucene syntax; operators are written here in upper case, input words are lower case.
 */
export function fulltextQuery(text: string): string | null {
  const { words: typed, keys } = searchTerms(text);
  if (typed.length === 0) return null;
  const prefixOrFuzzy = (word: string) => (word.length >= 5 ? `(${word}* OR ${word}~1)` : `${word}*`);
  const allOf = (list: string[]) => `(${list.map(prefixOrFuzzy).join(' AND ')})`;
  return keys.length > 0 ? `${allOf(typed)} OR ${allOf(keys)}` : allOf(typed);
}

/**
 * Parameters for the list filters' `text` condition: a node matches when its `searchText` contains
 * every typed word, or every folded key. Both null when there is no text.
 */
export function textFilterParams(text: string | null | undefined): { words: string[] | null; keys: string[] | null } {
  const terms = text ? searchTerms(text) : undefined;
  if (!terms || terms.words.length === 0) return { words: null, keys: null };
  return { words: terms.words, keys: terms.keys };
}
