import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { BadInputError } from '../errors.js';

/**
 * An uploaded attendance sheet, whatever it came as: CSV in UTF-8 (with or without BOM), UTF-16 or
 * Windows-1251, with commas, semicolons or tabs; or the first non-empty sheet of an XLSX workbook, where a
 * merged cell gives its value to every cell it covers.
 */
export interface SheetRow {
  /** Row number as a spreadsheet shows it (for CSV: the line the record starts on). */
  number: number;
  cells: string[];
}

export interface Sheet {
  format: 'CSV' | 'XLSX';
  encoding: string | null;
  delimiter: string | null;
  sheetName: string | null;
  /** Every worksheet of a workbook, in order; none for CSV. */
  sheetNames: string[];
  rows: SheetRow[];
}

export const maxFileBytes = 5 * 1024 * 1024;
const maxColumns = 100;

const tooLarge = `the file is over 5 MB (${maxFileBytes.toLocaleString('en')} bytes), the most one import takes: split the sheet`;

/** The bytes of a base64 upload (a `data:…;base64,` prefix is allowed), refusing empty and oversized files. */
export function decodeUpload(base64: string): Buffer {
  const body = base64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (body.length === 0) throw new BadInputError('file', 'the file is empty');
  if (body.length > Math.ceil(maxFileBytes / 3) * 4 + 4) throw new BadInputError('file', tooLarge);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 === 1) throw new BadInputError('file', 'is not base64-encoded');
  const bytes = Buffer.from(body, 'base64');
  if (bytes.length === 0) throw new BadInputError('file', 'the file is empty');
  if (bytes.length > maxFileBytes) throw new BadInputError('file', tooLarge);
  return bytes;
}

const startsWith = (bytes: Buffer, ...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

export async function readSheet(bytes: Buffer, fileName: string, sheetName?: string | null): Promise<Sheet> {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return readWorkbook(bytes, fileName, sheetName);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new BadInputError('file', `"${fileName}" is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and upload that`);
  }
  return readCsv(bytes, fileName);
}

function decodeText(bytes: Buffer): { text: string; encoding: string } {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8 with BOM' };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not valid UTF-8: Excel "CSV" on a Russian Windows writes Windows-1251.
    return { text: iconv.decode(bytes, 'win1251'), encoding: 'Windows-1251' };
  }
}

/** Counts a character outside double-quoted parts of a line. */
function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count += 1;
  }
  return count;
}

/**
 * The delimiter used on most lines the same number of times: title lines ("Список участников, 12 марта")
 * and commas inside values do not fool it. Semicolon wins ties (Excel on a Russian Windows writes it).
 */
export function sniffDelimiter(text: string): string {
  const lines = text.split(/\r?\n|\r/).filter((line) => line.trim() !== '').slice(0, 40);
  let best = { delimiter: ',', score: 0 };
  for (const delimiter of [';', ',', '\t', '|']) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter)).filter((count) => count > 0);
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    const score = Math.max(0, ...frequency.values());
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function readCsv(bytes: Buffer, fileName: string): Sheet {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) throw new BadInputError('file', `"${fileName}" is not a CSV or XLSX spreadsheet`);
  const delimiter = sniffDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new BadInputError('file', `"${fileName}" could not be read as CSV${line ? ` (line ${line})` : ''}: a quoted value is not closed`);
  }
  let previousEnd = 0;
  const rows = records.map(({ record, info }) => {
    const row = { number: previousEnd + 1, cells: record.slice(0, maxColumns) };
    previousEnd = info.lines;
    return row;
  });
  return { format: 'CSV', encoding, delimiter, sheetName: null, sheetNames: [], rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

async function readWorkbook(bytes: Buffer, fileName: string, sheetName?: string | null): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new BadInputError('file', `"${fileName}" could not be read as an XLSX workbook`);
  }
  const names = workbook.worksheets.map((sheet) => sheet.name);
  const worksheet = sheetName
    ? workbook.worksheets.find((sheet) => sheet.name === sheetName)
    : (workbook.worksheets.find((sheet) => sheet.actualRowCount > 0) ?? workbook.worksheets[0]);
  if (!worksheet) {
    throw new BadInputError(sheetName ? 'sheet' : 'file', sheetName ? `the workbook has no sheet "${sheetName}" (it has: ${names.join(', ')})` : 'the workbook has no sheets');
  }
  const columns = Math.min(worksheet.columnCount, maxColumns);
  const rows: SheetRow[] = [];
  for (let number = 1; number <= worksheet.rowCount; number += 1) {
    const row = worksheet.getRow(number);
    rows.push({ number, cells: Array.from({ length: columns }, (_, index) => cellText(row.getCell(index + 1).value)) });
  }
  return { format: 'XLSX', encoding: null, delimiter: null, sheetName: worksheet.name, sheetNames: names, rows };
}
