import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { BadInputError } from '../errors.js';
import { formatCount, SheetLimitError, sheetLimits } from './sheet-limits.js';
import type { Sheet } from './sheet-types.js';

const startsWith = (bytes: Buffer, ...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

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

/** The delimiter is sniffed from the first 64 KB: enough for 40 lines of any attendance sheet. */
const sniffedChars = 64 * 1024;

/**
 * The delimiter used on most lines the same number of times: title lines ("Список участников, 12 марта")
 * and commas inside values do not fool it. Semicolon wins ties (Excel on a Russian Windows writes it).
 */
export function sniffDelimiter(text: string): string {
  const lines = text.slice(0, sniffedChars).split(/\r?\n|\r/).filter((line) => line.trim() !== '').slice(0, 40);
  let best = { delimiter: ',', score: 0 };
  for (const delimiter of [';', ',', '\t', '|']) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter)).filter((count) => count > 0);
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    let score = 0;
    for (const times of frequency.values()) score = Math.max(score, times);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** A CSV sheet; csv-parse stops after one record more than the row limit, so a million-line file costs no more than the limit. */
export function readCsv(bytes: Buffer, fileName: string): Sheet {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) throw new BadInputError('file', `"${fileName}" is not a CSV or XLSX spreadsheet`);
  const delimiter = sniffDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true, to: sheetLimits.rows + 1,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new BadInputError('file', `"${fileName}" could not be read as CSV${line ? ` (line ${line})` : ''}: a quoted value is not closed`);
  }
  if (records.length > sheetLimits.rows) {
    throw new SheetLimitError('rows', `the sheet has more than ${formatCount(sheetLimits.rows)} rows; at most ${formatCount(sheetLimits.rows)} are read: split it`);
  }
  let previousEnd = 0;
  const rows = records.map(({ record, info }) => {
    const row = { number: previousEnd + 1, cells: record.slice(0, sheetLimits.columns) };
    previousEnd = info.lines;
    return row;
  });
  return { format: 'CSV', encoding, delimiter, sheetName: null, sheetNames: [], rows };
}
