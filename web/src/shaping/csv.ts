/** RFC 4180 CSV for downloads that Excel opens as they are: CRLF lines, a header row, fields quoted only where needed. */

export type CsvValue = string | number | boolean | null | undefined;

/** The byte order mark that makes Excel read the file as UTF-8 (Cyrillic names stay readable). */
export const BOM = '\uFEFF';

/**
 * One field. Text starting with = + - @ (or a tab or CR) gets a leading apostrophe: spreadsheets would run it as
 * a formula, and names from imported sheets or an analyst's query are not to be trusted that far. Numbers
 * (negative ones too) are written as they are.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: the header, then one line per row, each ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A file-name part from an id or date: letters, digits, `-` and `_` only. */
export function fileNamePart(text: string): string {
  return text.replace(/[^\w-]/g, '_');
}
