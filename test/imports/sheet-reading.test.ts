import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findHeader, mapColumns } from '../../server/imports/columns.js';
import { ImportField } from '../../server/imports/import.type.js';
import { ImportLanguage, word } from '../../server/imports/import-messages.js';
import { isSkippedRow, normalisePhone, readRowValues } from '../../server/imports/row-values.js';
import { decodeUpload, readSheet, sniffDelimiter, type Sheet } from '../../server/imports/sheet-file.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/attendance/${name}`, import.meta.url));

async function columnsOf(sheet: Sheet) {
  const header = findHeader(sheet.rows);
  const data = sheet.rows.slice(header.dataStart);
  const mapping = mapColumns(header, data);
  return { header, data, mapping, fields: mapping.columns.map((column) => `${column.letter} ${column.header} → ${column.field}`) };
}

describe('reading attendance sheets', () => {
  it('reads a UTF-8 CSV with title lines, blank lines, a repeated header and pre-numbered empty lines', async () => {
    const sheet = await readSheet(fixture('issyk-kul-budget-seminar-2024.csv'), 'seminar.csv');
    expect([sheet.format, sheet.encoding, sheet.delimiter]).toEqual(['CSV', 'UTF-8', ',']);
    const { header, data, mapping, fields } = await columnsOf(sheet);
    expect(header.rows).toEqual([4]);
    expect(fields).toEqual(['A № → IGNORE', 'B ФИО → FULL_NAME', 'C Должность → POSITION', 'D Организация → ORGANISATION', 'E Айыл окмоту → MUNICIPALITY', 'F Район → RAYON', 'G Пол → GENDER', 'H Телефон → PHONE']);
    const skipped = data.filter((row) => isSkippedRow(row, mapping.columns)).map((row) => row.number);
    expect(skipped).toEqual([17, 36, 65, 66]); // blank line, repeated header, two numbered empty lines
    expect(mapping.columns[1]!.samples).toEqual(['Мамбетова А.', 'Kubatov Askat', 'Осмонов   Айбек Турсунович']);
  });

  it('reads UTF-8 with BOM, semicolons, CRLF, quoted semicolons and a combined "Айыл окмоту / Район" column', async () => {
    const sheet = await readSheet(fixture('jalal-abad-training-bom-semicolon.csv'), 'training.csv');
    expect([sheet.format, sheet.encoding, sheet.delimiter]).toEqual(['CSV', 'UTF-8 with BOM', ';']);
    const { fields, data, mapping } = await columnsOf(sheet);
    expect(fields).toEqual(['A Ф.И.О. → FULL_NAME', 'B Пол → GENDER', 'C Айыл окмоту / Район → MUNICIPALITY', 'D Должность → POSITION', 'E Контактный телефон → PHONE', 'F Подпись → IGNORE']);
    const first = readRowValues(data[0]!, mapping.columns);
    expect(first).toMatchObject({ row: 2, municipality: 'Сузак АО / Сузакский р-н', phone: '+996772112233', warnings: [{ code: 'PHONES_SEVERAL', params: { count: 2 }, column: 'Контактный телефон' }] });
    expect(readRowValues(data[6]!, mapping.columns).municipality).toBe('Кегарт АО; Сузакский р-н');
  });

  it('reads a Windows-1251 CSV with surname, given name and patronymic in separate columns', async () => {
    const bytes = fixture('ton-tup-training-cp1251.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const sheet = await readSheet(bytes, 'training.csv');
    expect([sheet.encoding, sheet.delimiter]).toEqual(['Windows-1251', ';']);
    const { header, fields, data, mapping } = await columnsOf(sheet);
    expect(header.rows).toEqual([2]);
    expect(fields.slice(0, 4)).toEqual(['A Фамилия → SURNAME', 'B Имя → GIVEN_NAME', 'C Отчество → PATRONYMIC', 'D Должность → POSITION']);
    expect(readRowValues(data[0]!, mapping.columns).name?.display).toBe('Эсенбаев Мирлан Асанович');
  });

  it('reads an XLSX with a merged title, a two-row merged header, merged location cells, rich text, formulas and numbers', async () => {
    const sheet = await readSheet(fixture('workshop-merged-header.xlsx'), 'workshop.xlsx');
    expect([sheet.format, sheet.sheetName]).toEqual(['XLSX', 'Participants']);
    const { header, fields, data, mapping } = await columnsOf(sheet);
    expect(header.rows).toEqual([2, 3]);
    expect(fields).toEqual([
      'A No → IGNORE', 'B Participant / Full name → FULL_NAME', 'C Participant / Position → POSITION', 'D Organisation → ORGANISATION',
      'E Location / Ayil okmotu → MUNICIPALITY', 'F Location / Rayon → RAYON', 'G Sex → GENDER', 'H Phone → PHONE',
    ]);
    const values = data.filter((row) => !isSkippedRow(row, mapping.columns)).map((row) => readRowValues(row, mapping.columns));
    expect(values).toHaveLength(16);
    expect(values[1]).toMatchObject({ row: 5, municipality: 'Teploklyuchenka AA', rayon: 'Ak-Suu', phone: '+996555777888' });
    // The cell under a merged location gives its value to the colleague on the next line.
    expect(values[2]).toMatchObject({ row: 6, municipality: 'Teploklyuchenka AA', rayon: 'Ak-Suu' });
    expect(data.filter((row) => isSkippedRow(row, mapping.columns)).map((row) => row.number)).toEqual([20, 21]); // blank, "Total: 16 participants"
  });

  it('reads only the rows a workbook holds: formatted empty rows far below add nothing, cells right of column 100 are left out', async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet('Empty');
    first.getRow(5).font = { bold: true };
    const sheet = workbook.addWorksheet('Участники');
    sheet.addRow(['ФИО', 'Организация']);
    sheet.addRow(['Асанов Бакыт', 'Тамга АО']);
    sheet.getCell(3, 150).value = 'far right';
    for (const number of [500, 9_000]) sheet.getRow(number).font = { italic: true };
    sheet.getCell(9_500, 1).style = { numFmt: '0.00' };
    const read = await readSheet(Buffer.from(await workbook.xlsx.writeBuffer()), 'styled.xlsx');
    expect([read.sheetName, read.sheetNames]).toEqual(['Участники', ['Empty', 'Участники']]);
    expect(read.rows).toEqual([
      { number: 1, cells: ['ФИО', 'Организация'] },
      { number: 2, cells: ['Асанов Бакыт', 'Тамга АО'] },
    ]);
  });

  it('reads UTF-16 (Excel "Unicode text") with tabs', async () => {
    const text = 'ФИО\tАйыл окмоту\tПол\nӨмүрбекова Жылдыз\tKarasayev AA\tж\n';
    const sheet = await readSheet(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]), 'unicode.txt');
    expect([sheet.encoding, sheet.delimiter]).toEqual(['UTF-16LE', '\t']);
    expect(sheet.rows[1]!.cells).toEqual(['Өмүрбекова Жылдыз', 'Karasayev AA', 'ж']);
  });

  it('sniffs the delimiter from the lines that agree, not from commas in titles and values', () => {
    expect(sniffDelimiter('Семинар, Каракол, 2024\nФИО;Организация;Пол\nАсанов Б.;Тамга, АО;м\nОсмонов А.;Тон АО;м\n')).toBe(';');
    expect(sniffDelimiter('ФИО,Организация\n"Асанов; Бакыт",Тамга АО\n')).toBe(',');
    expect(sniffDelimiter('ФИО\nАсанов Бакыт\n')).toBe(',');
  });

  it('guesses columns with Russian, Kyrgyz and English headers in any order and accepts a corrected mapping', async () => {
    const sheet = await readSheet(Buffer.from('Аты-жөнү,Кызматы,Жынысы,Phone number,E-mail\nАсанов Бакыт,Глава,эркек,0555 123456,a@b.kg\n'), 'ky.csv');
    const header = findHeader(sheet.rows);
    const guessed = mapColumns(header, sheet.rows.slice(1));
    expect(guessed.columns.map((c) => c.field)).toEqual([ImportField.FULL_NAME, ImportField.POSITION, ImportField.GENDER, ImportField.PHONE, ImportField.IGNORE]);
    expect(readRowValues(sheet.rows[1]!, guessed.columns)).toMatchObject({ gender: 'MALE', phone: '+996555123456' });
    const corrected = mapColumns(header, sheet.rows.slice(1), [{ column: 0, field: ImportField.FULL_NAME }, { column: 1, field: ImportField.ORGANISATION }]);
    expect(corrected.columns.map((c) => [c.field, c.guessed])).toEqual([
      [ImportField.FULL_NAME, false], [ImportField.ORGANISATION, false], [ImportField.IGNORE, false], [ImportField.IGNORE, false], [ImportField.IGNORE, false],
    ]);
  });

  it('reports mapping problems instead of guessing rows', async () => {
    const sheet = await readSheet(Buffer.from('ФИО,Пол,Телефон\nАсанов Бакыт,м,\n'), 'x.csv');
    const header = findHeader(sheet.rows);
    const problems = (mapping: { column: number; field: ImportField }[]) => mapColumns(header, sheet.rows.slice(1), mapping).problems.map((p) => word(p, ImportLanguage.EN));
    expect(problems([{ column: 1, field: ImportField.GENDER }])).toEqual(['no column holds the names: map one to FULL_NAME, or map SURNAME and GIVEN_NAME']);
    expect(problems([{ column: 0, field: ImportField.FULL_NAME }, { column: 1, field: ImportField.PHONE }, { column: 2, field: ImportField.PHONE }])).toEqual(['PHONE is mapped to 2 columns; map it to one']);
    expect(problems([{ column: 0, field: ImportField.SURNAME }])).toEqual(['SURNAME needs a GIVEN_NAME column too']);
    expect(() => mapColumns(header, sheet.rows.slice(1), [{ column: 7, field: ImportField.PHONE }])).toThrow('mapping: column 7 does not exist; the sheet has 3 columns (0 to 2)');
  });

  it('normalises genders, phones and roles; unknown gender stays unknown', async () => {
    const sheet = await readSheet(Buffer.from('ФИО,Пол,Телефон,Роль\nА Б,Ж,0555 12-34-56,спикер\nА Б,жен.,996555123456,модератор\nА Б,F,555123456,участник\nА Б,?,+996 (700) 11 22 33,гость\n'), 'x.csv');
    const { mapping } = await columnsOf(sheet);
    const values = sheet.rows.slice(1).map((row) => readRowValues(row, mapping.columns));
    expect(values.map((v) => [v.gender, v.phone, v.role, v.roleGiven])).toEqual([
      ['FEMALE', '+996555123456', 'SPEAKER', true],
      ['FEMALE', '+996555123456', 'ORGANISER', true],
      ['FEMALE', '+996555123456', 'PARTICIPANT', true],
      [null, '+996700112233', 'PARTICIPANT', false],
    ]);
    expect(values[3]!.warnings).toEqual([
      { code: 'GENDER_UNKNOWN', params: { value: '?' }, column: 'Пол' },
      { code: 'ROLE_UNKNOWN', params: { value: 'гость' }, column: 'Роль' },
    ]);
    expect([normalisePhone('0312 62 11 22'), normalisePhone('12-34'), normalisePhone('+7 701 123 45 67')]).toEqual(['+996312621122', null, null]);
  });
});

describe('refusing files that are not attendance sheets', () => {
  const refusal = async (bytes: Buffer, name: string) => {
    try {
      await readSheet(bytes, name);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('refuses empty, non-base64 and oversized uploads with exact messages', () => {
    expect(() => decodeUpload('')).toThrow('file: the file is empty');
    expect(() => decodeUpload('not base64!')).toThrow('file: is not base64-encoded');
    expect(() => decodeUpload(Buffer.alloc(5 * 1024 * 1024 + 1, 65).toString('base64'))).toThrow('file: the file is over 5 MB (5,242,880 bytes), the most one import takes: split the sheet');
    expect(decodeUpload(`data:text/csv;base64,${Buffer.from('ФИО').toString('base64')}`).toString()).toBe('ФИО');
  });

  it('refuses .xls, binary and broken XLSX files with exact messages', async () => {
    expect(await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls')).toBe('file: "old.xls" is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and upload that');
    expect(await refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'photo.png')).toBe('file: "photo.png" is not a CSV or XLSX spreadsheet');
    expect(await refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), 'broken.xlsx')).toBe('file: "broken.xlsx" could not be read as an XLSX workbook');
    expect(await refusal(Buffer.from('ФИО,Пол\n"Асанов Бакыт,м\n'), 'quote.csv')).toBe('file: "quote.csv" could not be read as CSV (line 2): a quoted value is not closed');
  });

  it('refuses a sheet without a recognisable header', async () => {
    const sheet = await readSheet(Buffer.from('a,b,c\n1,2,3\n'), 'x.csv');
    expect(() => findHeader(sheet.rows)).toThrow('file: no header row found in the first 20 rows: name the columns (ФИО, Должность, Организация…) or give headerRow and mapping');
  });
});
