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
