import { describe, expect, it } from 'vitest';
import { browserLanguage, rememberLanguages, startingLanguages, switchInterface } from '../../web/src/ui/language-choice.js';
import { englishWords } from './support/english-words.js';

function memoryStore() {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), removeItem: (key: string) => void values.delete(key) };
}

describe('the first visit follows the browser', () => {
  it('ru-RU and ky-KG give Russian, en-US English, an unknown locale English', () => {
    expect(browserLanguage(['ru-RU', 'en-US'])).toBe('ru');
    expect(browserLanguage(['ky-KG'])).toBe('ru');
    expect(browserLanguage(['en-US', 'ru'])).toBe('en');
    expect(browserLanguage(['de-DE'])).toBe('en');
  });

  it('a remembered choice wins over the browser, and names follow the interface unless chosen apart', () => {
    const store = memoryStore();
    expect(startingLanguages(['ru-RU'], store)).toEqual({ lang: 'ru', names: 'ru' });
    rememberLanguages(store, 'en', 'en');
    expect(startingLanguages(['ru-RU'], store)).toEqual({ lang: 'en', names: 'en' });
    rememberLanguages(store, 'en', 'ru');
    expect(startingLanguages(['ru-RU'], store)).toEqual({ lang: 'en', names: 'ru' });
  });

  it('switching the interface takes the names along unless they were set apart', () => {
    expect(switchInterface({ lang: 'ru', names: 'ru' }, 'en')).toEqual({ lang: 'en', names: 'en' });
    expect(switchInterface({ lang: 'ru', names: 'en' }, 'en')).toEqual({ lang: 'en', names: 'en' });
    expect(switchInterface({ lang: 'en', names: 'ru' }, 'ru')).toEqual({ lang: 'ru', names: 'ru' });
    expect(switchInterface({ lang: 'ru', names: 'en' }, 'ru')).toEqual({ lang: 'ru', names: 'en' });
  });
});

describe('the English-word check can fail', () => {
  it('finds a raw parameter name and a raw column key, and lets codes, quotes and files pass', () => {
    expect(englishWords('Укажите firstId.')).toEqual(['firstId ‹Укажите firstId.›']);
    expect(englishWords('Столбцы: rank, nameRu')).toHaveLength(2);
    expect(englishWords('Код СОАТЕ · CSV · «Ak-Bulun» · invalid-rows.csv')).toEqual([]);
  });
});
