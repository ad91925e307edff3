/**
 * Which languages a visit starts in. The first visit follows the browser (Russian or Kyrgyz first → Russian,
 * otherwise English); a choice made with the switches is remembered in localStorage and wins next time.
 * Names follow the interface language unless they were chosen separately.
 */
import type { Lang } from '../i18n.js';

const LANG_KEY = 'aimak-graph-lang';
const NAMES_KEY = 'aimak-graph-names';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The interface language the browser asks for: its first Russian, Kyrgyz or English tag decides. */
export function browserLanguage(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ru' || primary === 'ky') return 'ru';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

function read(store: Store | null, key: string): Lang | null {
  try {
    const value = store?.getItem(key);
    return value === 'ru' || value === 'en' ? value : null;
  } catch {
    return null; // storage disabled: the browser's language decides
  }
}

/** The languages a page opened without `lang` in its address starts with. */
export function startingLanguages(languages: readonly string[], store: Store | null): { lang: Lang; names: Lang } {
  const lang = read(store, LANG_KEY) ?? browserLanguage(languages);
  return { lang, names: read(store, NAMES_KEY) ?? lang };
}

/** Remembers the languages shown; names are remembered only when they differ from the interface. */
export function rememberLanguages(store: Store | null, lang: Lang, names: Lang): void {
  try {
    store?.setItem(LANG_KEY, lang);
    if (names === lang) store?.removeItem(NAMES_KEY);
    else store?.setItem(NAMES_KEY, names);
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
}

/** Switching the interface language takes the names along unless they were set apart from it. */
export function switchInterface(current: { lang: Lang; names: Lang }, lang: Lang): { lang: Lang; names: Lang } {
  return { lang, names: current.names === current.lang ? lang : current.names };
}

export function localStore(): Store | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
