import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS } from './csv-format.js';

export type CsvCell = string | number | boolean | null | undefined;

/** A whole CSV file in the service's one dialect (see csv-format.ts): the header, then one line per row. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header, ...rows] as CsvCell[][], CSV_OPTIONS);
}
