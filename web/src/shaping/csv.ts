/**
 * The page's CSV downloads, written by csv-stringify (its browser build: the Node build needs Buffer) in the
 * service's one dialect, server/common/csv-format.ts: RFC 4180 with CRLF lines, fields quoted only where needed,
 * and text a spreadsheet would run as a formula (= + - @, tab, CR at the start) defused with a leading apostrophe.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { BOM, CSV_OPTIONS } from '../../../server/common/csv-format.js';

export { BOM };

export type CsvValue = string | number | boolean | null | undefined;

/** One field as it appears in the file (for tests and single values). */
export function csvField(value: CsvValue): string {
  return stringify([[value]], CSV_OPTIONS).slice(0, -'\r\n'.length);
}

/** The whole file: the header, then one line per row, each ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return stringify([header, ...rows] as CsvValue[][], CSV_OPTIONS);
}

/** A file-name part from an id or date: letters, digits, `-` and `_` only. */
export function fileNamePart(text: string): string {
  return text.replace(/[^\w-]/g, '_');
}
