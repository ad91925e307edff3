import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDate, readSheetTitle } from '../../server/imports/sheet-title.js';
import { dateOutsidePhase, prefillDraft, titleProbeInput } from '../../web/src/import/event-from-sheet.js';
import { PREVIEW_IMPORT, SHEET_TITLE } from '../../web/src/import/import-api.js';
import { EMPTY_DRAFT, INITIAL_INPUTS } from '../../web/src/import/import-model.js';
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
    expect(fixturesWithTitles.length).toBeGreaterThanOrEqual(15);
    for (const { file, expected } of fixturesWithTitles) {
      const preview = await suggestionFor(file, expected.wizard?.sheet);
      const suggestion = preview.titleSuggestion;
      expect({ file, title: suggestion?.title ?? null, date: suggestion?.date ?? null, place: suggestion?.place ?? null, town: suggestion?.placeTerritory?.id ?? null }).toEqual({
        file,
        title: expected.title.title,
        date: expected.title.date,
        place: expected.title.place,
        town: expected.title.placeTerritoryId,
      });
      // Only lines above the header are read; with none, there is no suggestion.
      if (preview.headerRows[0] === 1) expect(suggestion).toBeNull();
      else expect(Math.max(...suggestion.lines)).toBeLessThan(preview.headerRows[0]);
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
    // Asks for no new field: on the code before this check it fails on the message, not on the query.
    const result = await graphql('query ($input: AttendanceImportInput!) { previewAttendanceImport(input: $input) { eventId } }', {
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

describe('the wizard’s new event and the sheet’s title lines', () => {
  const suggestion = { title: 'Семинар «Бюджет»', date: '2024-03-14', place: 'г. Каракол', kind: 'MEETING' as const, lines: [1, 2], placeTerritory: { id: '41702410000010', nameRu: 'г. Каракол', nameEn: 'Karakol' } };

  it('asks the API only for fields schema.graphql has', () => {
    const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
    expect(validate(schema, parse(SHEET_TITLE))).toEqual([]);
    expect(validate(schema, parse(PREVIEW_IMPORT))).toEqual([]);
  });

  it('fills only the fields nobody typed, a Cyrillic title in Russian and a Latin one in English', () => {
    expect(prefillDraft(EMPTY_DRAFT, suggestion)).toEqual({ ...EMPTY_DRAFT, date: '2024-03-14', nameRu: 'Семинар «Бюджет»', placeRu: 'г. Каракол', kind: 'MEETING' });
    const typed = { ...EMPTY_DRAFT, date: '2024-03-15', nameEn: 'Budget seminar' };
    expect(prefillDraft(typed, suggestion)).toEqual({ ...typed, placeRu: 'г. Каракол' });
    expect(prefillDraft({ ...EMPTY_DRAFT, date: '2024-05-22' }, { ...suggestion, title: 'Workshop on hearings', place: 'Cholpon-Ata' })).toMatchObject({ nameEn: 'Workshop on hearings', placeEn: 'Cholpon-Ata', nameRu: '', kind: 'SEMINAR' });
    expect(prefillDraft({ ...typed, placeRu: 'Каракол' }, suggestion)).toBeNull();
    expect(prefillDraft(EMPTY_DRAFT, null)).toBeNull();
  });

  it('reads the title lines of an incomplete new event against a stand-in event with no phase', () => {
    const file = { name: 's.csv', size: 3, dataUrl: 'data:text/csv;base64,YQ==' };
    const incomplete = { ...INITIAL_INPUTS, file, sheet: 'Лист1', event: { mode: 'new' as const, draft: { ...EMPTY_DRAFT, phaseId: 'psi-phase-3' } } };
    expect(titleProbeInput(incomplete, '2025-01-31')).toEqual({ file: file.dataUrl, fileName: 's.csv', sheet: 'Лист1', newEvent: { id: 'import-title-probe', date: '2025-01-31', kind: 'SEMINAR', nameEn: 'Reading the sheet title' } });
    expect(titleProbeInput({ ...incomplete, event: { mode: 'new', draft: { ...EMPTY_DRAFT, date: '2024-03-14', nameRu: 'x' } } }, '2025-01-31')).toBeNull();
    expect(titleProbeInput({ ...incomplete, event: { mode: 'existing', eventId: null } }, '2025-01-31')).toBeNull();
  });

  it('says where the date is entered that it lies outside the chosen phase', () => {
    const phase = { id: 'psi-phase-3', nameRu: 'Фаза 3', nameEn: 'Phase 3', number: 3, startDate: '2024-08-01', endDate: '2028-07-31' } as any;
    expect(dateOutsidePhase('2024-06-01', phase)).toEqual({ start: '2024-08-01', end: '2028-07-31' });
    expect(dateOutsidePhase('2024-08-01', phase)).toBeNull();
    expect(dateOutsidePhase('2028-08-01', { ...phase, endDate: null })).toBeNull();
    expect(dateOutsidePhase('', phase)).toBeNull();
    expect(dateOutsidePhase('2024-06-01', undefined)).toBeNull();
  });
});
