import type { Options } from 'csv-stringify/sync';

/**
 * The one CSV dialect of every CSV the service and the page write (graph export, not-engaged list, coverage,
 * analysis results). csv-stringify does the writing; this module only says how. It has no Node imports, so the
 * page bundles it too (web/src/shaping/csv.ts), with csv-stringify's browser build.
 */

/** A cell a spreadsheet would run as a formula (or, for tab and CR, one that hides a formula after it). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Defuses CSV formula injection (OWASP): text starting with = + - @, a tab or a carriage return gets a leading
 * apostrophe, so Excel, LibreOffice and Google Sheets show it as text instead of running
 * `=HYPERLINK(…)` or `=cmd|' /C calc'!A0`. Names come from imported sheets and analysts' queries, so they are
 * not trusted that far. Only text is guarded: numbers (negative ones too) stay numbers.
 */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180 as Excel reads it: CRLF after every line, fields quoted only where needed. csv-stringify quotes a
 * field holding the delimiter, a quote or the record delimiter (CRLF), so a lone CR or LF and edge spaces
 * (which spreadsheets would trim) are added here. Booleans are written as words, not csv-stringify's 1 and "".
 */
export const CSV_OPTIONS = {
  record_delimiter: 'windows',
  quoted_match: /[\r\n]|^\s|\s$/,
  cast: { string: defuseFormula, boolean: (value: boolean) => String(value) },
} satisfies Options;

/** The byte order mark that makes Excel read a file as UTF-8 (Cyrillic names stay readable). */
export const BOM = '\uFEFF';
