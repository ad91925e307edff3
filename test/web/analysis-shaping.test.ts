import { describe, expect, it } from 'vitest';
import type { AnalysisParameter } from '../../web/src/analysis/analysis-api.js';
import { initialText, parameterValues, parseJsonObject } from '../../web/src/analysis/parameters.js';
import { translator } from '../../web/src/i18n.js';
import { cell, csvValue, isIdColumn, tabularCsv } from '../../web/src/shaping/tabular.js';

const parameter = (overrides: Partial<AnalysisParameter> & Pick<AnalysisParameter, 'name' | 'type'>): AnalysisParameter => ({
  required: false,
  description: '',
  defaultValue: null,
  min: null,
  max: null,
  allowedValues: null,
  ...overrides,
});

describe('analysis parameters from the form', () => {
  const definitions = [
    parameter({ name: 'phaseId', type: 'ID', required: true }),
    parameter({ name: 'first', type: 'INTEGER', defaultValue: 5, min: 1, max: 100 }),
    parameter({ name: 'since', type: 'DATE' }),
    parameter({ name: 'kind', type: 'STRING', allowedValues: ['PERSON', 'AYIL_OKMOTU'] }),
    parameter({ name: 'note', type: 'STRING' }),
  ];

  it('sends typed values, and leaves out what is empty so the API applies its defaults', () => {
    expect(parameterValues(definitions, { phaseId: ' psi-phase-2 ', first: '12', since: '2019-08-01', kind: 'PERSON', note: '' })).toEqual({
      values: { phaseId: 'psi-phase-2', first: 12, since: '2019-08-01', kind: 'PERSON' },
      problems: [],
    });
    expect(parameterValues(definitions, { phaseId: 'psi-phase-2', first: '' }).values).toEqual({ phaseId: 'psi-phase-2' });
  });

  it('names each mistake before anything is sent', () => {
    expect(parameterValues(definitions, { phaseId: '', first: '2.5', since: '18.07.2019', kind: 'DONOR' }).problems).toEqual([
      { name: 'phaseId', reason: 'required' },
      { name: 'first', reason: 'integer' },
      { name: 'since', reason: 'date' },
      { name: 'kind', reason: 'allowed' },
    ]);
    expect(parameterValues(definitions, { phaseId: 'x', first: '0' }).problems).toEqual([{ name: 'first', reason: 'min', limit: 1 }]);
    expect(parameterValues(definitions, { phaseId: 'x', first: '101' }).problems).toEqual([{ name: 'first', reason: 'max', limit: 100 }]);
    expect(parameterValues(definitions, { phaseId: 'x', since: '2019-02-30x' }).problems).toEqual([{ name: 'since', reason: 'date' }]);
  });

  it('starts each field at its default', () => {
    expect(definitions.map(initialText)).toEqual(['', '5', '', '', '']);
  });
});

describe('console parameters as a JSON object', () => {
  it('accepts an object, and blank as no parameters', () => {
    expect(parseJsonObject('{"oblast": "41704000000000", "n": 3}')).toEqual({ ok: true, value: { oblast: '41704000000000', n: 3 } });
    expect(parseJsonObject('  ')).toEqual({ ok: true, value: {} });
  });

  it('says what is wrong otherwise', () => {
    expect(parseJsonObject('{oblast: 1}')).toMatchObject({ ok: false, reason: 'syntax' });
    expect(parseJsonObject('[1, 2]')).toEqual({ ok: false, reason: 'not-object' });
    expect(parseJsonObject('"x"')).toEqual({ ok: false, reason: 'not-object' });
    expect(parseJsonObject('null')).toEqual({ ok: false, reason: 'not-object' });
  });
});

describe('result cells and CSV', () => {
  const en = translator('en');
  const format = { names: 'en' as const, formatNumber: en.formatNumber, enumLabel: en.enumLabel };
  const node = { elementId: '4:x:1', labels: ['Entity', 'Person'], properties: { id: 'person-mambetova-asel', nameRu: 'Асель Мамбетова', nameEn: 'Asel Mambetova' } };
  const relationship = { elementId: '5:x:2', type: 'PARTICIPATED_IN', start: '4:x:1', end: '4:x:3', properties: { role: 'PRESENTER' } };
  const event = { elementId: '4:x:3', labels: ['Entity', 'Event'], properties: { id: 'event-2019-07-18-karakol-inception', nameEn: 'Seminar' } };

  it('makes ids and nodes selectable, translates enum values, formats numbers', () => {
    expect(isIdColumn('id')).toBe(true);
    expect(isIdColumn('municipalityId')).toBe(true);
    expect(isIdColumn('idea')).toBe(false);
    expect(cell('sdc', 'id', format)).toEqual({ text: 'sdc', numeric: false, entityId: 'sdc' });
    expect(cell('ao-41702210830000', 'administrationId', format).entityId).toBe('ao-41702210830000');
    expect(cell(node, 'p', format)).toEqual({ text: 'Asel Mambetova (Person)', numeric: false, entityId: 'person-mambetova-asel' });
    expect(cell(relationship, 'r', format)).toEqual({ text: ':PARTICIPATED_IN', numeric: false, entityId: null });
    expect(cell({ path: [node, relationship, event] }, 'p', format).text).toBe('Asel Mambetova (Person) → Seminar (Event)');
    expect(cell('Organisation', 'entityType', format).text).toBe('Organisation');
    expect(cell('AYIL_OKMOTU', 'kind', format).text).toBe('Ayil okmotu');
    expect(cell(['PARTICIPANT', 'PRESENTER'], 'firstRoles', format).text).toBe('Participant, Presenter');
    expect(cell(1234.5, 'n', format)).toEqual({ text: '1,234.5', numeric: true, entityId: null });
    expect(cell(null, 'n', format).text).toBe('');
    expect(cell({ a: 1 }, 'm', format).text).toBe('{"a":1}');
    expect(cell('AYIL_OKMOTU', 'kind', { ...format, enumLabel: translator('ru').enumLabel }).text).toBe('Айыл окмоту');
  });

  it('writes values as they are: nodes as their ids, relationships as their types, lists joined', () => {
    expect(csvValue(node)).toBe('person-mambetova-asel');
    expect(csvValue(relationship)).toBe('PARTICIPATED_IN');
    expect(csvValue(['PARTICIPANT', 'PRESENTER'])).toBe('PARTICIPANT; PRESENTER');
    expect(csvValue({ path: [node, relationship, event] })).toBe('person-mambetova-asel → event-2019-07-18-karakol-inception');
    expect(csvValue({ a: 1 })).toBe('{"a":1}');
    expect(
      tabularCsv({
        columns: ['eventId', 'nameRu', 'firstRoles', 'n'],
        rows: [{ eventId: 'e1', nameRu: 'Семинар «Итоги», Каракол', firstRoles: ['PRESENTER'], n: 3 }, { eventId: 'e2', nameRu: null, firstRoles: [], n: -1 }],
      }),
    ).toBe('eventId,nameRu,firstRoles,n\r\ne1,"Семинар «Итоги», Каракол",PRESENTER,3\r\ne2,,,-1\r\n');
  });
});
