import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDate, readSheetTitle } from '../../server/imports/sheet-title.js';
import { Cleanup, createTestEvent, fixtureBase64, graphql, graphqlData } from './import-support.js';

/**
 * The lines above a sheet's header (the event's name, date and place) offered as the new event's fields, and a new
 * event's date checked against its phase as soon as the event is given. Run on the realistic fixtures against the
 * real seeded graph: the place becomes a seeded town.
 */
const EVENT = 'test-sheet-title-2024-01-15';
const cleanup = new Cleanup();
beforeAll(async () => cleanup.node(await createTestEvent(EVENT, '2024-01-15')));
afterAll(() => cleanup.run());

const TITLE_PREVIEW = `query ($input: AttendanceImportInput!) { previewAttendanceImport(input: $input) {
  headerRows eventId newEvent canConfirm
  titleSuggestion { title date place kind lines placeTerritory { id nameRu level } }
} }`;

const fixtureDir = new URL('../fixtures/attendance/', import.meta.url);
const fixturesWithTitles = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => ({ name, expected: JSON.parse(readFileSync(new URL(name, fixtureDir), 'utf8')) }))
  .filter(({ expected }) => expected.title)
  .map(({ name, expected }) => {
    const base = name.replace('.expected.json', '');
    const file = readdirSync(fixtureDir).find((candidate) => candidate === `${base}.csv` || candidate === `${base}.xlsx`)!;
    return { file, expected };
  });

const suggestionFor = async (file: string, sheet?: string | null) =>
  (await graphqlData(TITLE_PREVIEW, { input: { eventId: EVENT, file: fixtureBase64(file), fileName: file, ...(sheet ? { sheet } : {}) } })).previewAttendanceImport;

describe('title lines above the header', () => {
  it('are offered as the new event’s title, date, place and town on every realistic sheet', async () => {
    expect(fixturesWithTitles.length).toBeGreaterThanOrEqual(11);
    for (const { file, expected } of fixturesWithTitles) {
      const preview = await suggestionFor(file, expected.wizard?.sheet);
      const suggestion = preview.titleSuggestion;
      expect({ file, title: suggestion?.title, date: suggestion?.date, place: suggestion?.place, town: suggestion?.placeTerritory?.id ?? null }).toEqual({
        file,
        title: expected.title.title,
        date: expected.title.date,
        place: expected.title.place,
        town: expected.title.placeTerritoryId,
      });
      // Only lines above the header are read.
      expect(Math.max(...suggestion.lines)).toBeLessThan(preview.headerRows[0]);
    }
  });

  it('say which lines they come from, the kind of event, and the town as a territory of the graph', async () => {
    const seminar = await suggestionFor('issyk-kul-budget-seminar-2024.csv');
    expect(seminar.titleSuggestion).toEqual({
      title: 'Семинар «Планирование местного бюджета»',
      date: '2024-03-14',
      place: 'г. Каракол',
      kind: 'SEMINAR',
      lines: [1, 2],
      placeTerritory: { id: '41702410000010', nameRu: 'г. Каракол', level: 'CITY' },
    });
    const workshop = await suggestionFor('workshop-merged-header.xlsx');
    expect(workshop.titleSuggestion).toMatchObject({ title: 'Workshop on public budget hearings', date: '2024-05-22', place: 'Cholpon-Ata', kind: 'WORKSHOP', lines: [1] });
    expect(workshop.titleSuggestion.placeTerritory.id).toBe('41702215600010');
    expect((await suggestionFor('kara-suu-services-seminar-cp1251.csv')).titleSuggestion).toMatchObject({ kind: 'SEMINAR', lines: [1, 2, 3] });
    expect((await suggestionFor('talas-e-services-invalid-cells.csv')).titleSuggestion).toMatchObject({ kind: 'TRAINING', place: 'Талас шаары' });
  });

  it('are absent when the header is the first line', async () => {
    expect((await suggestionFor('invalid-rows.csv')).titleSuggestion).toBeNull();
  });

  it('read as suggested, make a new event the preview accepts', async () => {
    const file = 'naryn-partnership-forum-semicolon-bom.csv';
    const { titleSuggestion: s } = await suggestionFor(file);
    const newEvent = { date: s.date, kind: s.kind, nameRu: s.title, placeRu: s.place, heldInId: s.placeTerritory.id };
    const preview = (await graphqlData(TITLE_PREVIEW, { input: { newEvent, file: fixtureBase64(file), fileName: file } })).previewAttendanceImport;
    expect([preview.newEvent, preview.eventId]).toEqual([true, expect.stringMatching(/^event-2024-11-14-/)]);
  });
});

describe('dates in the title lines', () => {
  it('are read in Russian, Kyrgyz and English formats, and only when they exist', () => {
    const cases: [string, string | null][] = [
      ['12 марта 2024 г.', '2024-03-12'],
      ['г. Каракол, 12 марта 2024 года', '2024-03-12'],
      ['12.03.2024', '2024-03-12'],
      ['12/03/2024 г.', '2024-03-12'],
      ['2024-03-12', '2024-03-12'],
      ['2024-жылдын 12-марты', '2024-03-12'],
      ['2024-ж. 1-майы', '2024-05-01'],
      ['5 June 2024', '2024-06-05'],
      ['June 5, 2024', '2024-06-05'],
      ['1 мая 2024', '2024-05-01'],
      ['31.02.2024', null],
      ['Тел. 0555 12-34-56', null],
    ];
    expect(cases.map(([text]) => [text, findDate(text)?.date ?? null])).toEqual(cases);
  });

  it('leave the place: "Каракол шаары", "г. Каракол", or the last part of a title line', () => {
    const rows = (...lines: string[][]) => lines.map((cells, index) => ({ number: index + 1, cells }));
    expect(readSheetTitle(rows(['Семинар'], ['Каракол шаары, 2024-жылдын 12-марты']), 2)).toMatchObject({ place: 'Каракол шаары', date: '2024-03-12' });
    expect(readSheetTitle(rows(['Список участников'], ['Круглый стол «Бюджет»', ''], ['г. Токмок']), 3)).toMatchObject({ title: 'Круглый стол «Бюджет»', place: 'г. Токмок', kind: 'MEETING', date: null });
    expect(readSheetTitle(rows(['Список участников тренинга по ГЧП', 'Список участников тренинга по ГЧП']), 1)).toMatchObject({ title: 'Тренинг по ГЧП', kind: 'TRAINING', lines: [1] });
  });
});

describe('a new event’s date and its phase', () => {
  it('is checked as soon as the event is given, before the file, with a code and the phase’s dates', async () => {
    const unreadable = Buffer.from('not a sheet at all').toString('base64');
    const result = await graphql(TITLE_PREVIEW, {
      input: { file: unreadable, fileName: 'x.csv', newEvent: { kind: 'TRAINING', date: '2024-06-01', nameEn: 'x', phaseId: 'psi-phase-3' } },
    });
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error!.message).toBe('newEvent.date: 2024-06-01 is outside Phase 3 (2024-08-01 to 2028-07-31)');
    expect(error!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newEvent.date',
      reason: 'EVENT_DATE_OUTSIDE_PHASE',
      phaseId: 'psi-phase-3',
      phaseStartDate: '2024-08-01',
      phaseEndDate: '2028-07-31',
    });
  });
});
