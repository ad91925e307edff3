/**
 * The import wizard's rules without a browser: what each change resets, the API input built from the user's
 * answers, choices that survive a new dry run, why confirming is blocked; the history's changed fields; and
 * that the page's operations and enums match schema.graphql.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CONFIRM_IMPORT, EVENT_KINDS, IMPORT_FIELDS, IMPORT_STATUSES, PREVIEW_IMPORT, type ImportColumn, type ImportPreview, type ImportRow } from '../../web/src/import/import-api.js';
import {
  applyChange,
  buildInput,
  confirmBlocker,
  EMPTY_DRAFT,
  filterRows,
  INITIAL_INPUTS,
  readiness,
  rememberCandidates,
  statusCount,
  wroteNothing,
  type WizardInputs,
} from '../../web/src/import/import-model.js';
import { changedFields, HISTORY } from '../../web/src/network/history-api.js';

const schemaText = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

const file = { name: 'seminar.csv', size: 10, dataUrl: 'data:text/csv;base64,0KTQmNCe' };
const column = (index: number, field: ImportColumn['field']): ImportColumn => ({ index, letter: String.fromCharCode(65 + index), header: `h${index}`, field, guessed: true, samples: [] });
const columns = [column(0, 'IGNORE'), column(1, 'FULL_NAME'), column(2, 'POSITION'), column(3, 'MUNICIPALITY')];
const summary = { rows: 4, create: 1, match: 1, ambiguous: 1, invalid: 0, duplicate: 1, skipped: 2, skippedByChoice: 0, newPeople: 1, newOrganisations: 0, newPositions: 1, newParticipations: 3 };
const resolution = (status: ImportRow['status'], candidates: { id: string; name: string; score: number; reason: string; reasonParts: [] }[] = []) => ({ status, id: null, name: null, score: null, reason: '', reasonParts: [], chosen: false, kind: null, candidates });
const row = (number: number, status: ImportRow['status'], extra: Partial<ImportRow> = {}): ImportRow => ({
  row: number, rowLabel: null, status, organisationTakesPart: false, peopleCount: null, name: `Person ${number}`, position: null, organisationText: null, gender: null, phone: null, role: 'PARTICIPANT',
  duplicateOf: null, alreadyRecorded: false, warnings: [], warningDetails: [], errors: [], person: resolution('CREATE'), organisation: null, ...extra,
});
const candidates = [{ id: 'ao-1', name: 'Ак-Булунский АО (Ак-Суйский)', score: 0.95, reason: 'a', reasonParts: [] as [] }, { id: 'ao-2', name: 'Ак-Булунский АО (Тюпский)', score: 0.95, reason: 'b', reasonParts: [] as [] }];
const preview = (rows: ImportRow[], extra: Partial<ImportPreview> = {}): ImportPreview => ({
  fileName: 'seminar.csv', format: 'CSV', encoding: 'UTF-8', delimiter: ',', sheet: null, sheets: [], headerRows: [4], eventId: 'e', newEvent: false,
  canConfirm: false, columns, problems: [], rows, summary, ...extra,
});

/** Inputs with an event, a file, a corrected column and a choice made. */
function worked(): WizardInputs {
  let inputs = applyChange(INITIAL_INPUTS, { type: 'event', event: { mode: 'existing', eventId: 'event-1' } });
  inputs = applyChange(inputs, { type: 'file', file });
  inputs = applyChange(inputs, { type: 'field', columns, index: 0, field: 'PHONE' });
  inputs = applyChange(inputs, { type: 'choice', row: 57, target: 'ORGANISATION', choice: { id: 'ao-2' } });
  return rememberCandidates(inputs, preview([row(57, 'AMBIGUOUS', { organisation: resolution('AMBIGUOUS', candidates) })]));
}

describe('import wizard: changes', () => {
  it('keeps choices across a new mapping or event, and drops them with another file, worksheet or header row', () => {
    const inputs = worked();
    const remapped = applyChange(inputs, { type: 'field', columns, index: 2, field: 'IGNORE' });
    expect([...remapped.mapping!]).toEqual([[0, 'PHONE'], [1, 'FULL_NAME'], [2, 'IGNORE'], [3, 'MUNICIPALITY']]);
    expect(remapped.choices).toBe(inputs.choices);
    expect(applyChange(inputs, { type: 'event', event: { mode: 'new', draft: EMPTY_DRAFT } }).choices).toBe(inputs.choices);
    expect(applyChange(inputs, { type: 'guessedMapping' })).toMatchObject({ mapping: null, choices: inputs.choices });

    for (const change of [{ type: 'file', file }, { type: 'sheet', sheet: 'Лист2' }, { type: 'headerRow', headerRow: 3 }] as const) {
      const reset = applyChange(inputs, change);
      expect(reset, change.type).toMatchObject({ mapping: null, event: inputs.event, file });
      expect([reset.choices.size, reset.candidates.size], change.type).toEqual([0, 0]);
    }
    expect(applyChange(inputs, { type: 'sheet', sheet: 'Лист2' })).toMatchObject({ sheet: 'Лист2', headerRow: null });
    expect(applyChange(inputs, { type: 'anotherSheet' })).toEqual({ ...INITIAL_INPUTS, event: inputs.event });
  });

  it('keeps the candidates of a match the user settled, so the choice can be changed again', () => {
    const inputs = worked();
    const settled = preview([row(57, 'MATCH', { organisation: { ...resolution('MATCH'), id: 'ao-2', chosen: true } })]);
    expect(rememberCandidates(inputs, settled)).toBe(inputs);
    expect(inputs.candidates.get('57|ORGANISATION')).toEqual(candidates);
    const undone = applyChange(inputs, { type: 'choice', row: 57, target: 'ORGANISATION', choice: null });
    expect([undone.choices.size, undone.candidates.size]).toEqual([0, 1]);
  });
});

describe('import wizard: the API input', () => {
  it('says what is missing, then builds the input the dry run and the confirmation share', () => {
    expect(readiness(INITIAL_INPUTS)).toBe('no-event');
    const withEvent = applyChange(INITIAL_INPUTS, { type: 'event', event: { mode: 'existing', eventId: 'event-1' } });
    expect([readiness(withEvent), buildInput(withEvent)]).toEqual(['no-file', null]);
    expect(buildInput(applyChange(withEvent, { type: 'file', file }))).toEqual({ eventId: 'event-1', file: file.dataUrl, fileName: 'seminar.csv', language: 'RU' });
    expect(buildInput(applyChange(withEvent, { type: 'file', file }), 'en')).toMatchObject({ language: 'EN' });

    let inputs = applyChange(worked(), { type: 'choice', row: 12, target: 'PERSON', choice: { createNew: true } });
    inputs = applyChange(inputs, { type: 'headerRow', headerRow: 4 });
    inputs = applyChange(inputs, { type: 'field', columns, index: 0, field: 'PHONE' });
    inputs = applyChange(inputs, { type: 'choice', row: 57, target: 'ORGANISATION', choice: { id: 'ao-2' } });
    inputs = applyChange(inputs, { type: 'choice', row: 12, target: 'PERSON', choice: { createNew: true } });
    inputs = applyChange(inputs, { type: 'choice', row: 13, target: 'PERSON', choice: { skip: true } });
    inputs = applyChange(inputs, { type: 'choice', row: 14, target: 'ORGANISATION', choice: { kind: 'GOVERNMENT_AGENCY' } });
    expect(buildInput(inputs)).toEqual({
      eventId: 'event-1',
      file: file.dataUrl,
      fileName: 'seminar.csv',
      language: 'RU',
      headerRow: 4,
      mapping: [{ column: 0, field: 'PHONE' }, { column: 1, field: 'FULL_NAME' }, { column: 2, field: 'POSITION' }, { column: 3, field: 'MUNICIPALITY' }],
      choices: [
        { row: 57, target: 'ORGANISATION', id: 'ao-2' },
        { row: 12, target: 'PERSON', createNew: true },
        { row: 13, target: 'PERSON', skip: true },
        { row: 14, target: 'ORGANISATION', kind: 'GOVERNMENT_AGENCY' },
      ],
    });
  });

  it('needs a new event’s date, kind and one name, and sends only what was filled in', () => {
    const draft = { ...EMPTY_DRAFT, kind: 'TRAINING' as const, nameEn: '  Budget training, Suzak ' };
    const incomplete = applyChange(applyChange(INITIAL_INPUTS, { type: 'file', file }), { type: 'event', event: { mode: 'new', draft } });
    expect(readiness(incomplete)).toBe('event-incomplete');
    const complete = applyChange(incomplete, { type: 'event', event: { mode: 'new', draft: { ...draft, date: '2024-10-10', phaseId: 'psi-phase-3' } } });
    expect(buildInput(complete)).toEqual({
      file: file.dataUrl,
      fileName: 'seminar.csv',
      language: 'RU',
      newEvent: { date: '2024-10-10', kind: 'TRAINING', nameEn: 'Budget training, Suzak', phaseId: 'psi-phase-3' },
    });
  });
});

describe('import wizard: dry run and confirmation', () => {
  const rows = [row(5, 'MATCH'), row(6, 'CREATE'), row(57, 'AMBIGUOUS'), row(60, 'DUPLICATE', { duplicateOf: 6 })];

  it('counts and filters rows by status', () => {
    expect(['ALL', 'CREATE', 'MATCH', 'AMBIGUOUS', 'INVALID', 'DUPLICATE', 'SKIPPED'].map((filter) => statusCount({ ...summary, skippedByChoice: 2 }, filter as 'ALL'))).toEqual([4, 1, 1, 1, 0, 1, 2]);
    expect(filterRows(rows, 'AMBIGUOUS').map((r) => r.row)).toEqual([57]);
    expect(filterRows(rows, 'ALL')).toBe(rows);
  });

  it('says why the sheet cannot be confirmed yet', () => {
    expect(confirmBlocker(null, true)).toBe('waiting');
    expect(confirmBlocker(preview(rows, { canConfirm: true }), false)).toBe('waiting');
    expect(confirmBlocker(preview([], { problems: [{ row: null, rowLabel: null, code: 'NO_NAME_COLUMN', params: {}, column: null, columnIndex: null, field: null, message: 'no column holds the names' }] }), true)).toBe('problems');
    expect(confirmBlocker(preview(rows, { summary: { ...summary, invalid: 1 } }), true)).toBe('invalid');
    expect(confirmBlocker(preview(rows), true)).toBe('choices');
    expect(confirmBlocker(preview(rows, { canConfirm: true }), true)).toBeNull();
  });

  it('tells a repeated import (nothing written) from one that wrote something', () => {
    expect(wroteNothing({ ...summary, newPeople: 0, newOrganisations: 0, newPositions: 0, newParticipations: 0 })).toBe(true);
    expect(wroteNothing({ ...summary, newPeople: 0, newOrganisations: 0, newPositions: 0, newParticipations: 1 })).toBe(false);
  });
});

describe('history lines', () => {
  it('lists the fields a change touched, before and after', () => {
    expect(changedFields({ before: { phone: null, nameRu: 'Осмонов А.' }, after: { phone: '+996555123456', nameRu: 'Осмонов Айбек' } }).fields).toEqual([
      { field: 'phone', before: null, after: '+996555123456' },
      { field: 'nameRu', before: 'Осмонов А.', after: 'Осмонов Айбек' },
    ]);
    const imported = changedFields({ before: null, after: { fileName: 'seminar.csv', participations: 55, newPeople: Array.from({ length: 40 }, (_, i) => `person-${i}`) } });
    expect(imported.fields.map((f) => [f.field, f.before])).toEqual([['fileName', null], ['participations', null], ['newPeople', null]]);
    expect(imported.fields[2]!.after).toHaveLength(80);
    expect(imported.fields[2]!.after!.endsWith('…')).toBe(true);
    const many = changedFields({ before: null, after: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`f${i}`, i])) });
    expect([many.fields.length, many.more]).toEqual([12, 3]);
  });
});

describe('the import and history operations against schema.graphql', () => {
  const schema = buildSchema(schemaText);
  const enumValues = (name: string) => [...schemaText.matchAll(new RegExp(`enum ${name} \\{([^}]*)\\}`, 'g'))][0]![1]!.split('\n').map((line) => line.trim()).filter((line) => /^[A-Z_]+$/.test(line));

  it('are valid operations', () => {
    for (const operation of [PREVIEW_IMPORT, CONFIRM_IMPORT, HISTORY]) expect(validate(schema, parse(operation)).map((error) => error.message)).toEqual([]);
  });

  it('offer exactly the enum values of the schema', () => {
    expect([...IMPORT_FIELDS].sort()).toEqual(enumValues('ImportField').sort());
    expect([...IMPORT_STATUSES].sort()).toEqual(enumValues('ImportStatus').sort());
    expect([...EVENT_KINDS].sort()).toEqual(enumValues('EventKind').sort());
  });
});
