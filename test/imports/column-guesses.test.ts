import { describe, expect, it } from 'vitest';
import { findHeader, mapColumns } from '../../server/imports/columns.js';
import { readRowValues } from '../../server/imports/row-values.js';
import type { SheetRow } from '../../server/imports/sheet-types.js';

/** Column guesses and cell readings that real sheets need beyond the fixtures of test/fixtures/attendance/. */
const sheet = (...lines: string[][]): SheetRow[] => lines.map((cells, index) => ({ number: index + 1, cells }));
const guess = (rows: SheetRow[]) => {
  const header = findHeader(rows);
  const mapping = mapColumns(header, rows.slice(header.dataStart));
  return { fields: mapping.columns.map((column) => column.field), problems: mapping.problems.map((problem) => problem.code), mapping };
};

describe('guessing columns', () => {
  it('reads «Surname | Name» as a surname and a given name, not a surname and a full name', () => {
    expect(guess(sheet(['Surname', 'Name', 'Organisation'], ['Asanova', 'Aigul', 'UNDP']))).toMatchObject({ fields: ['SURNAME', 'GIVEN_NAME', 'ORGANISATION'], problems: [] });
    // Alone, "Name" is still the full name.
    expect(guess(sheet(['Name', 'Organisation'], ['Aigul Asanova', 'UNDP']))).toMatchObject({ fields: ['FULL_NAME', 'ORGANISATION'], problems: [] });
  });

  it('knows the longer headers official forms use', () => {
    expect(guess(sheet(['№ п/п', 'Ф.И.О. (полностью)', 'Занимаемая должность', 'Наименование организации', 'Номер телефона'], ['1', 'Асанова Айгуль', 'Специалист', 'ОО «Ак-Ниет»', '0555 123456'])).fields).toEqual([
      'IGNORE', 'FULL_NAME', 'POSITION', 'ORGANISATION', 'PHONE',
    ]);
    expect(guess(sheet(['Аты-жөнү', 'Кызматы', 'Уюмдун аталышы', 'Байланыш телефону'], ['Асанова Айгүл', 'Адис', 'Тамга АӨ', '0555 123456'])).fields).toEqual(['FULL_NAME', 'POSITION', 'ORGANISATION', 'PHONE']);
  });

  it('reads the Kyrgyz gender letters «э» and «а» (эркек / аял)', () => {
    const rows = sheet(['Аты-жөнү', 'Жынысы (э/а)'], ['Асанова Айгүл', 'а'], ['Токтогулов Бакыт', 'э']);
    const { mapping } = guess(rows);
    expect(rows.slice(1).map((row) => readRowValues(row, mapping.columns)).map((values) => [values.gender, values.warnings.length])).toEqual([['FEMALE', 0], ['MALE', 0]]);
  });
});
