import { describe, expect, it } from 'vitest';
import { buildSearchText, fulltextQuery, latinKeyWords, textFilterParams } from '../../server/search/search-text.js';

describe('latin keys', () => {
  it('brings Russian, Kyrgyz and Latin spellings of a name together', () => {
    expect(latinKeyWords('Джети-Огуз')).toEqual(['jeti', 'oguz']);
    expect(latinKeyWords('Jeti-Oguz')).toEqual(['jeti', 'oguz']);
    expect(latinKeyWords('Жети-Өгүз')).toEqual(['jeti', 'oguz']);
    expect(latinKeyWords('Мамбетова')).toEqual(latinKeyWords('Mambetova'));
    expect(latinKeyWords('Иссык-Куль')).toEqual(latinKeyWords('Issyk-Kul'));
  });

  it('keeps the Kyrgyz letter ң as "ng"', () => {
    expect(latinKeyWords('Көк-Жаңгак')).toEqual(['kok', 'jangak']);
  });
});

describe('search text', () => {
  it('holds each name as typed, transliterated and folded, without repeats', () => {
    const text = buildSearchText(['Асель Мамбетова', 'Asel Mambetova', null, '']);
    expect(text.split(' | ')).toEqual(['асель мамбетова', 'asel mambetova']);
  });
});

describe('full-text query', () => {
  it('asks for every word as a prefix, typed and folded', () => {
    expect(fulltextQuery('Jeti-Oguz')).toBe('(jeti* AND oguz*) OR (jeti* AND oguz*)');
    expect(fulltextQuery('Мамбетова')).toBe('((мамбетова* OR мамбетова~1)) OR ((mambetova* OR mambetova~1))');
  });

  it('lets no Lucene syntax from the input through', () => {
    const query = fulltextQuery('name:"x" OR *) AND {$a} \\ ~2 ^3 [a TO z]');
    expect(query).not.toMatch(/[:"{}$\\^\[\]]/);
    expect(query).not.toMatch(/\bOR\b(?= \*)/);
  });

  it('returns null when there is nothing to search for', () => {
    expect(fulltextQuery('  -- !! ')).toBeNull();
    expect(textFilterParams('  ')).toEqual({ words: null, keys: null });
  });
});
