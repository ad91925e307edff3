/** The press release's text cut into pieces for highlighting: plain, adjacent, nested and overlapping findings, astral characters, empty input. */
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../web/src/shaping/press-segments.js';

const pieces = (text: string, spans: { key: string; start: number; end: number }[]) => segmentText(text, spans).map((segment) => [segment.text, segment.keys]);

describe('segmentText', () => {
  it('gives nothing for an empty text, and the whole text as one plain piece without findings', () => {
    expect(segmentText('', [{ key: 'a', start: 0, end: 3 }])).toEqual([]);
    expect(segmentText('Семинар прошёл.', [])).toEqual([{ start: 0, end: 15, text: 'Семинар прошёл.', keys: [] }]);
  });

  it('cuts around each finding and covers the text exactly once', () => {
    const text = 'В Караколе ГАМСУМО провело семинар.';
    const segments = segmentText(text, [
      { key: 'org', start: 11, end: 18 },
      { key: 'place', start: 2, end: 10 },
    ]);
    expect(segments.map((segment) => [segment.text, segment.keys])).toEqual([
      ['В ', []],
      ['Караколе', ['place']],
      [' ', []],
      ['ГАМСУМО', ['org']],
      [' провело семинар.', []],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    for (const segment of segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
  });

  it('keeps adjacent findings apart, with no empty piece between them', () => {
    expect(pieces('ABCDEF', [{ key: 'x', start: 0, end: 3 }, { key: 'y', start: 3, end: 6 }])).toEqual([
      ['ABC', ['x']],
      ['DEF', ['y']],
    ]);
  });

  it('lists every finding covering a nested or overlapping piece, innermost first', () => {
    // «Иссык-Кульской областной администрации»: the territory inside the organisation.
    const text = 'глава Иссык-Кульской областной администрации';
    expect(pieces(text, [{ key: 'org', start: 6, end: 44 }, { key: 'oblast', start: 6, end: 20 }])).toEqual([
      ['глава ', []],
      ['Иссык-Кульской', ['oblast', 'org']],
      [' областной администрации', ['org']],
    ]);
    expect(pieces('abcdefgh', [{ key: 'left', start: 1, end: 5 }, { key: 'right', start: 3, end: 7 }])).toEqual([
      ['a', []],
      ['bc', ['left']],
      ['de', ['left', 'right']],
      ['fg', ['right']],
      ['h', []],
    ]);
  });

  it('counts offsets in UTF-16 units, as JavaScript and the draft do, and never splits a surrogate pair', () => {
    // 𝔸 and 😀 are two UTF-16 units each: code-point offsets would put every finding after them off by one.
    const text = '𝔸 😀 Каракол';
    const start = text.indexOf('Каракол');
    expect(start).toBe(6);
    expect(pieces(text, [{ key: 'city', start, end: start + 7 }])).toEqual([
      ['𝔸 😀 ', []],
      ['Каракол', ['city']],
    ]);
    // A boundary inside 😀 (offsets 3–5) moves outward so the character stays whole.
    expect(pieces(text, [{ key: 'emoji', start: 4, end: 4 + 1 }])).toEqual([
      ['𝔸 ', []],
      ['😀', ['emoji']],
      [' Каракол', []],
    ]);
  });

  it('clamps findings beyond the text and drops empty or reversed ones', () => {
    expect(pieces('abc', [{ key: 'long', start: 1, end: 99 }, { key: 'empty', start: 2, end: 2 }, { key: 'reversed', start: 2, end: 1 }, { key: 'negative', start: -5, end: 1 }])).toEqual([
      ['a', ['negative']],
      ['bc', ['long']],
    ]);
  });

  it('lists a key once when the same finding is given twice', () => {
    expect(pieces('abc', [{ key: 'x', start: 0, end: 3 }, { key: 'x', start: 0, end: 3 }])).toEqual([['abc', ['x']]]);
  });
});
