import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
// exceljs's streaming worksheet reader, which its public WorkbookReader only offers over an unchecked zip stream.
// @ts-expect-error exceljs ships no types for its internal modules (the version is pinned exactly in package.json)
import WorksheetReader from 'exceljs/lib/stream/xlsx/worksheet-reader.js';
import { BadInputError } from '../errors.js';
import { formatCount, megabytes, SheetLimitError, sheetLimits } from './sheet-limits.js';
import type { Sheet, SheetRow } from './sheet-types.js';
import { NotAZipError, ZipParts } from './zip-parts.js';

/**
 * Reads one worksheet of an XLSX workbook within `sheetLimits`: the zip's declared sizes are checked before
 * anything is inflated, the worksheet's declared dimension before its rows, and its rows are streamed (only the
 * rows the file holds, one chunk at a time) and counted as they come, so a sheet that says it ends at row
 * 1,048,576 costs nothing. A merged cell gives its value to every cell it covers, as in the workbook view.
 *
 * exceljs parses the parts (workbook, relationships, styles, shared strings, rows); this module only feeds it
 * parts that passed the checks, which exceljs's own readers cannot do: `xlsx.load` inflates every part whole and
 * builds every cell, and the streaming WorkbookReader inflates the zip's local entries without a size limit.
 */
interface ExcelRow {
  number: number;
  eachCell(callback: (cell: { col: number; value: ExcelJS.CellValue }, column: number) => void): void;
}

interface ExcelWorkbookReader {
  options: Record<string, string>;
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  properties?: unknown;
  workbookRels?: { Id: string; Target: string }[];
  sharedStrings?: unknown[];
  styles: unknown;
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncIterable<unknown>;
}

const chunkBytes = 64 * 1024;

/** The XML in 64 KB strings cut at character boundaries, so that the parser's memory stays per chunk. */
function* xmlChunks(bytes: Buffer): Generator<string> {
  const decoder = new StringDecoder('utf8');
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) yield decoder.write(bytes.subarray(offset, offset + chunkBytes));
  const rest = decoder.end();
  if (rest) yield rest;
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part?.text ?? '').join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return String(value);
}

/** The row number where a range reference such as "A1:CV1048576" ends, and its columns. */
function rangeOf(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim().toUpperCase());
  if (!match) return null;
  const column = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const [left, top] = [column(match[1]!), Number(match[2])];
  const [right, bottom] = match[3] ? [column(match[3]), Number(match[4])] : [left, top];
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

const tooManyRows = (rows: number) =>
  new SheetLimitError('rows', `the sheet has more than ${formatCount(sheetLimits.rows)} rows (it goes down to row ${formatCount(rows)}); at most ${formatCount(sheetLimits.rows)} are read: delete the rows below the list or split it`);

/** The declared dimension (`<dimension ref="A1:H40"/>` near the top), refused when it reaches beyond the row limit. */
function checkDeclaredDimension(xml: Buffer): void {
  const head = xml.subarray(0, Math.min(xml.length, 16 * 1024)).toString('utf8');
  const sheetData = head.search(/<(\w+:)?sheetData\b/);
  const match = /<(?:\w+:)?dimension\s+ref\s*=\s*"([^"]*)"/.exec(sheetData >= 0 ? head.slice(0, sheetData) : head);
  const range = match ? rangeOf(match[1]!) : null;
  if (range && range.bottom > sheetLimits.rows) throw tooManyRows(range.bottom);
}

/** The merged ranges listed after the rows (`<mergeCell ref="E5:E6"/>`). */
function mergedRanges(xml: Buffer): { top: number; left: number; bottom: number; right: number }[] {
  const afterRows = xml.lastIndexOf('sheetData');
  if (afterRows < 0 || xml.indexOf('mergeCell', afterRows) < 0) return [];
  const tail = xml.subarray(afterRows).toString('utf8');
  const ranges = [];
  for (const match of tail.matchAll(/<(?:\w+:)?mergeCell\s[^>]*?ref\s*=\s*"([^"]*)"/g)) {
    if (ranges.length >= sheetLimits.mergedRanges) {
      throw new SheetLimitError('mergedRanges', `the sheet has more than ${formatCount(sheetLimits.mergedRanges)} merged ranges, the most read`);
    }
    const range = rangeOf(match[1]!);
    if (range) ranges.push(range);
  }
  return ranges;
}

interface SheetEntry {
  name: string;
  path: string;
}

/** The workbook's worksheets in order, with the zip path of each ("worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"). */
function worksheetsOf(reader: ExcelWorkbookReader): SheetEntry[] {
  const targets = new Map((reader.workbookRels ?? []).map((rel) => [rel.Id, rel.Target]));
  return (reader.model?.sheets ?? []).flatMap((sheet) => {
    const target = targets.get(sheet.rId);
    if (!target || typeof sheet.name !== 'string') return [];
    const parts: string[] = [];
    for (const part of (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.' && part !== '') parts.push(part);
    }
    return [{ name: sheet.name, path: parts.join('/') }];
  });
}

const partTooLarge = (name: string) => () => new SheetLimitError('partBytes', `"${name}" in the workbook unpacks to more than ${megabytes(sheetLimits.partBytes)}; a spreadsheet's is far smaller`);

async function readParts(zip: ZipParts): Promise<ExcelWorkbookReader> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' }) as unknown as ExcelWorkbookReader;
  const part = async (name: string, maxBytes: number, refuse = partTooLarge(name)) => {
    const bytes = await zip.read(name, maxBytes, refuse);
    return bytes ? Readable.from(xmlChunks(bytes)) : null;
  };
  const rels = await part('xl/_rels/workbook.xml.rels', sheetLimits.partBytes);
  const workbook = await part('xl/workbook.xml', sheetLimits.partBytes);
  if (!rels || !workbook) throw new NotAZipError('no workbook part');
  await reader._parseRels(rels);
  await reader._parseWorkbook(workbook);
  const styles = await part('xl/styles.xml', sheetLimits.partBytes);
  if (styles) await reader._parseStyles(styles);
  reader.sharedStrings = [];
  const sharedStrings = await part('xl/sharedStrings.xml', sheetLimits.sharedStringsBytes, () =>
    new SheetLimitError('sharedStringsBytes', `the workbook's shared strings unpack to more than ${megabytes(sheetLimits.sharedStringsBytes)}, the most read`),
  );
  if (sharedStrings) for await (const _ of reader._parseSharedStrings(sharedStrings)) { /* cached on the reader */ }
  return reader;
}

/** The rows of one worksheet, numbered as the workbook shows them; empty rows between rows with data are kept. */
async function readWorksheet(zip: ZipParts, reader: ExcelWorkbookReader, sheet: SheetEntry): Promise<SheetRow[]> {
  const xml = await zip.read(sheet.path, sheetLimits.worksheetBytes, () =>
    new SheetLimitError('worksheetBytes', `the sheet "${sheet.name}" unpacks to more than ${megabytes(sheetLimits.worksheetBytes)} of XML, the most read`),
  );
  if (!xml) return [];
  checkDeclaredDimension(xml);
  const worksheet = new WorksheetReader({ workbook: reader, id: 1, iterator: Readable.from(xmlChunks(xml)), options: reader.options });
  const cellsByRow = new Map<number, string[]>();
  let lastRow = 0;
  let width = 0;
  for await (const row of worksheet as AsyncIterable<ExcelRow>) {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      if (column > sheetLimits.columns) return;
      const text = cellText(cell.value);
      if (text !== '') cells[column - 1] = text;
    });
    if (cells.length === 0) continue;
    if (!Number.isSafeInteger(row.number) || row.number < 1) throw new NotAZipError('a row without a number');
    if (row.number > sheetLimits.rows) throw tooManyRows(row.number);
    cellsByRow.set(row.number, cells);
    lastRow = Math.max(lastRow, row.number);
    width = Math.max(width, cells.length);
  }
  const rows: SheetRow[] = Array.from({ length: lastRow }, (_, index) => {
    const found = cellsByRow.get(index + 1) ?? [];
    return { number: index + 1, cells: Array.from({ length: width }, (__, column) => found[column] ?? '') };
  });
  for (const range of mergedRanges(xml)) {
    const value = rows[range.top - 1]?.cells[range.left - 1] ?? '';
    if (!value) continue;
    for (let number = range.top; number <= Math.min(range.bottom, lastRow); number += 1) {
      const cells = rows[number - 1]!.cells;
      for (let column = range.left; column <= Math.min(range.right, width); column += 1) cells[column - 1] = value;
    }
  }
  return rows;
}

export async function readWorkbook(bytes: Buffer, fileName: string, sheetName?: string | null): Promise<Sheet> {
  const unreadable = () => new BadInputError('file', `"${fileName}" could not be read as an XLSX workbook`);
  let zip: ZipParts;
  try {
    zip = await ZipParts.open(bytes);
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    throw unreadable();
  }
  try {
    const reader = await readParts(zip);
    const sheets = worksheetsOf(reader);
    const names = sheets.map((sheet) => sheet.name);
    if (sheetName) {
      const chosen = sheets.find((sheet) => sheet.name === sheetName);
      if (!chosen) throw new BadInputError('sheet', `the workbook has no sheet "${sheetName}" (it has: ${names.join(', ')})`);
      return { format: 'XLSX', encoding: null, delimiter: null, sheetName: chosen.name, sheetNames: names, rows: await readWorksheet(zip, reader, chosen) };
    }
    if (sheets.length === 0) throw new BadInputError('file', 'the workbook has no sheets');
    // The first sheet with data, else the first sheet.
    for (const sheet of sheets) {
      const rows = await readWorksheet(zip, reader, sheet);
      if (rows.length > 0) return { format: 'XLSX', encoding: null, delimiter: null, sheetName: sheet.name, sheetNames: names, rows };
    }
    return { format: 'XLSX', encoding: null, delimiter: null, sheetName: sheets[0]!.name, sheetNames: names, rows: [] };
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    throw unreadable();
  } finally {
    zip.close();
  }
}
