import snowball from 'snowball-stemmers';
import { keyWords } from '../imports/name-keys.js';
import { kyrgyzBases } from './kyrgyz-endings.js';

/**
 * Words of a text with their offsets, and the keys they are compared by. A key is the word's stem folded to Latin
 * (server/imports/name-keys.ts: "Джети", "Jeti", "Жети" → "jeti"), so Russian, Kyrgyz and English spellings of
 * one name meet. Russian inflection is taken off by the Snowball stemmer («Караколе» → «каракол», «Институтом» →
 * «институт»); a place adjective also gives back its place («Джети-Огузского» → «огузск» → «огуз»); Kyrgyz endings
 * come off by the table in kyrgyz-endings.ts; English plurals and possessives by the English Snowball stemmer.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Index in the token list. */
  index: number;
  /** Whether the word starts with a capital letter. */
  capital: boolean;
  /** Whether only a hyphen (a compound name: "Ак-Суу") separates this word from the next. */
  hyphenNext: boolean;
  /** Whether a space alone (no punctuation) separates this word from the next. */
  spaceNext: boolean;
}

const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const word = m[0];
    tokens.push({
      text: word,
      start: m.index!,
      end: m.index! + word.length,
      index: tokens.length,
      capital: /^\p{Lu}/u.test(word),
      hyphenNext: false,
      spaceNext: false,
    });
  }
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const between = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
    tokens[i]!.hyphenNext = /^[-‑–]$/.test(between);
    tokens[i]!.spaceNext = /^\s+$/.test(between) || tokens[i]!.hyphenNext;
  }
  return tokens;
}

const fold = (stem: string) => keyWords(stem).join('');
const cache = new Map<string, string[]>();

/** Keys a word of a text may stand for: its own, its stem, the place its adjective is made from, its Kyrgyz bases. */
export function textKeys(word: string): string[] {
  let keys = cache.get(word);
  if (keys) return keys;
  const lower = word.toLowerCase().replace(/ё/g, 'е').replace(/['’]s$/, '');
  const out = new Set<string>([fold(lower)]);
  if (/\p{Script=Cyrillic}/u.test(lower)) {
    const stem = russian.stem(lower);
    out.add(fold(stem));
    for (const place of adjectivePlaces(stem)) out.add(fold(place));
    // An abbreviation with a Kyrgyz ending written on: «ГАМСУМОнун», «ХЕЛВЕТАСтын».
    const caps = /^(\p{Lu}{2,})\p{Ll}+$/u.exec(word);
    if (caps) out.add(fold(caps[1]!.toLowerCase()));
    for (const base of kyrgyzBases(lower)) {
      out.add(fold(base));
      out.add(fold(russian.stem(base)));
    }
  } else {
    out.add(fold(english.stem(lower)));
  }
  out.delete('');
  keys = [...out];
  if (cache.size > 50_000) cache.clear();
  cache.set(word, keys);
  return keys;
}

/** Keys of a word of a gazetteer name (its own spelling and its stem; a place adjective also its place). */
export function nameKeys(word: string): string[] {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  const out = new Set<string>([fold(lower)]);
  if (/\p{Script=Cyrillic}/u.test(lower)) {
    const stem = russian.stem(lower);
    out.add(fold(stem));
    for (const place of adjectivePlaces(stem)) out.add(fold(place));
  } else out.add(fold(english.stem(lower)));
  out.delete('');
  return [...out];
}

/**
 * A Russian place adjective's stem ends in the suffix -ск- (Snowball leaves it: «огузск», «таласск»); without it
 * is the place, stemmed as the noun would be («огуз», «талас»). The suffix joins some names with a sound of its own:
 * «Ак-Суйский» from «Ак-Суу», «Тамчынский» from «Тамчы», «Иссык-Кульский» from «Иссык-Куль».
 */
function adjectivePlaces(stem: string): string[] {
  if (!stem.endsWith('ск') || stem.length < 5) return [];
  const base = stem.slice(0, -2);
  const out = [base, russian.stem(base)];
  if (base.endsWith('уй')) out.push(`${base.slice(0, -1)}у`);
  if (base.endsWith('ый') || base.endsWith('ий')) out.push(base.slice(0, -1), russian.stem(base.slice(0, -1)));
  if (/[ыи]н$/.test(base)) out.push(base.slice(0, -1), russian.stem(base.slice(0, -1)));
  if (base.endsWith('ь')) out.push(base.slice(0, -1));
  return out;
}
