import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../server/errors.js';
import { readSheet } from '../../server/imports/sheet-file.js';
import { sheetLimits } from '../../server/imports/sheet-limits.js';
import { parseSheet } from '../../server/imports/sheet-parser.js';
import type { Sheet } from '../../server/imports/sheet-types.js';

/**
 * Property-based tests of the sheet reader: random bytes, random CSV text (delimiters, quotes, line ends, encodings)
 * and random XLSX structures either give rows or a BadInputError, never another error, never a hang.
 * FUZZ_RUNS sets the number of cases per property (500 by default; `npm run fuzz` runs 10,000).
 */
const runs = Number(process.env.FUZZ_RUNS ?? 500);
const caseMs = 20_000;
const options = (numRuns: number) => ({ numRuns, plugins: [fc.timeout(caseMs)] });
const timeout = (numRuns: number) => numRuns * 200 + 120_000;

/** Reads the bytes, returning the sheet or the BadInputError; anything else fails the property. */
async function outcome(read: Promise<Sheet>): Promise<Sheet | BadInputError> {
  try {
    const sheet = await read;
    expect(sheet.rows.length).toBeLessThanOrEqual(sheetLimits.rows);
    let previous = 0;
    for (const row of sheet.rows) {
      expect(row.number).toBeGreaterThan(previous);
      previous = row.number;
      expect(row.cells.length).toBeLessThanOrEqual(sheetLimits.columns);
      for (const cell of row.cells) expect(typeof cell).toBe('string');
    }
    return sheet;
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^(file|sheet): /);
    return error;
  }
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const randomBytes = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 4096 }),
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => Uint8Array.from([...zipSignature, ...bytes])),
  fc.uint8Array({ maxLength: 512 }).map((bytes) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])),
  fc.uint8Array({ maxLength: 512 }).map((bytes) => Uint8Array.from([0xff, 0xfe, ...bytes])),
);

const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('ФИО', 'Должность', 'Организация', 'Пол', 'Телефон', 'Асанов Бакыт', 'Тамга АО', 'ж', 'м', '0555 123 456', '"', '""', ';', ',', '\t', '\n', '\r\n', ''),
);
const csvText = fc
  .record({
    rows: fc.array(fc.array(cellText, { maxLength: 8 }), { maxLength: 30 }),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
    quoting: fc.constantFrom('none', 'all', 'broken'),
    encoding: fc.constantFrom('utf8', 'utf8-bom', 'utf16le', 'utf16be', 'win1251'),
  })
  .map(({ rows, delimiter, lineEnd, quoting, encoding }) => {
    const quote = (cell: string) => (quoting === 'all' ? `"${cell.replace(/"/g, '""')}"` : quoting === 'broken' ? `"${cell}` : cell);
    const text = rows.map((row) => row.map(quote).join(delimiter)).join(lineEnd);
    switch (encoding) {
      case 'utf8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
      case 'utf16le': return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
      case 'utf16be': return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
      case 'win1251': return iconv.encode(text, 'win1251');
      default: return Buffer.from(text);
    }
  })
  .filter((bytes) => bytes.length > 0);

/** Text that survives XML both ways, for the round trip of string cells. */
const plainText = fc.stringMatching(/^[A-Za-zА-Яа-яЁёӨөҮүҢң0-9.,;:()/-][A-Za-zА-Яа-яЁёӨөҮүҢң0-9 .,;:()/-]{0,20}$/);
const cellValue = fc.oneof(
  plainText,
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.boolean(),
  fc.date({ min: new Date('1901-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
  fc.record({ formula: fc.constantFrom('A1+1', 'SUM(A1:A3)', 'B2'), result: fc.oneof(fc.integer(), plainText) }),
  plainText.map((text) => ({ richText: [{ text, font: { bold: true } }, { text: '!' }] })),
);
const cell = fc.record({ row: fc.integer({ min: 1, max: 60 }), column: fc.integer({ min: 1, max: 120 }), value: cellValue });
const merge = fc.record({ top: fc.integer({ min: 1, max: 40 }), left: fc.integer({ min: 1, max: 20 }), height: fc.integer({ min: 1, max: 4 }), width: fc.integer({ min: 1, max: 4 }) });
const workbookModel = fc.array(
  fc.record({ cells: fc.array(cell, { maxLength: 40 }), merges: fc.array(merge, { maxLength: 4 }) }),
  { minLength: 1, maxLength: 3 },
);

async function buildWorkbook(sheets: { cells: { row: number; column: number; value: ExcelJS.CellValue }[]; merges: { top: number; left: number; height: number; width: number }[] }[]) {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach((model, index) => {
    const sheet = workbook.addWorksheet(`Sheet ${index + 1}`);
    for (const { row, column, value } of model.cells) sheet.getCell(row, column).value = value;
    for (const { top, left, height, width } of model.merges) {
      try {
        sheet.mergeCells(top, left, top + height - 1, left + width - 1);
      } catch {
        // Overlapping merges are refused by Excel as by exceljs: left out.
      }
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Parts an XLSX may hold, each with random XML-ish text: structures exceljs would never write. */
const partName = fc.constantFrom('[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'docProps/app.xml');
const xmlish = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
    '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
    '<worksheet><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
    '<worksheet><sheetData><row><c><v>1</v></c></row><row r="99999999"><c r="ZZZZ1"><v>x</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>',
    '<worksheet><sheetData><row r="2"><c r="B2" t="s"><v>7</v></c><c r="C2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
    '<sst><si><t>ФИО</t></si><si><r><t>a</t></r><r><t>b</t></r></si></sst>',
    '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><cellXfs><xf numFmtId="164"/></cellXfs></styleSheet>',
  ),
);
const randomWorkbookParts = fc.dictionary(partName, xmlish, { maxKeys: 9 }).map((parts) => Buffer.from(zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])))));

describe('the sheet reader under random input', () => {
  it('random bytes give rows or a BadInputError', async () => {
    await fc.assert(fc.asyncProperty(randomBytes, async (bytes) => { await outcome(parseSheet(Buffer.from(bytes), 'random.bin')); }), options(runs));
  }, timeout(runs));

  it('random CSV text in any delimiter, quoting, line end and encoding gives rows or a BadInputError', async () => {
    await fc.assert(fc.asyncProperty(csvText, async (bytes) => { await outcome(parseSheet(bytes, 'random.csv')); }), options(runs));
  }, timeout(runs));

  it('random workbooks written by exceljs are read, every plain text cell in its place', async () => {
    await fc.assert(
      fc.asyncProperty(workbookModel, async (sheets) => {
        const result = await outcome(parseSheet(await buildWorkbook(sheets), 'random.xlsx'));
        expect(result).not.toBeInstanceOf(BadInputError);
        const sheet = result as Sheet;
        const index = sheet.sheetName ? Number(sheet.sheetName.replace('Sheet ', '')) - 1 : 0;
        const model = sheets[index]!;
        const merged = (row: number, column: number) => model.merges.some((m) => row >= m.top && row < m.top + m.height + 4 && column >= m.left && column < m.left + m.width + 4);
        const last = new Map<string, ExcelJS.CellValue>();
        for (const { row, column, value } of model.cells) last.set(`${row}:${column}`, value);
        for (const [key, value] of last) {
          const [row, column] = key.split(':').map(Number) as [number, number];
          if (typeof value !== 'string' || column > sheetLimits.columns || merged(row, column)) continue;
          expect(sheet.rows.find((r) => r.number === row)?.cells[column - 1]).toBe(value);
        }
      }),
      options(Math.max(20, Math.round(runs / 5))),
    );
  }, timeout(runs));

  it('random zips of XLSX parts, and damaged workbooks, give rows or a BadInputError', async () => {
    const damaged = fc
      .tuple(workbookModel, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.option(fc.nat()))
      .map(([sheets, flips, cut]) => ({ sheets, flips, cut }));
    await fc.assert(fc.asyncProperty(randomWorkbookParts, async (bytes) => { await outcome(parseSheet(bytes, 'parts.xlsx')); }), options(runs));
    await fc.assert(
      fc.asyncProperty(damaged, async ({ sheets, flips, cut }) => {
        const bytes = await buildWorkbook(sheets);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        await outcome(parseSheet(cut === null ? bytes : bytes.subarray(0, cut % bytes.length || 1), 'damaged.xlsx'));
      }),
      options(Math.max(20, Math.round(runs / 5))),
    );
  }, 2 * timeout(runs));

  it('through the worker too: any of these inputs gives rows or a BadInputError', async () => {
    const input = fc.oneof(randomBytes.map((bytes) => Buffer.from(bytes)), csvText, randomWorkbookParts);
    await fc.assert(fc.asyncProperty(input, async (bytes) => { await outcome(readSheet(bytes, 'upload')); }), options(Math.max(20, Math.round(runs / 10))));
  }, timeout(runs));
});
