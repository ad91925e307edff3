/**
 * The not-engaged list as an XLSX that opens cleanly in Excel with Russian regional settings: no separator or
 * encoding guesswork, SOATE codes as text cells (never 4,17E+13), kinds worded. exceljs is loaded only when
 * the button is pressed, so a first visit does not download it.
 */
import type { SheetColumn } from '../shaping/planning.js';
import { SHEET_COLUMNS } from '../shaping/planning.js';

export async function unengagedWorkbook(sheetName: string, headers: Record<SheetColumn, string>, rows: readonly Record<SheetColumn, string>[]): Promise<ArrayBuffer> {
  // Vite picks the package's browser build (its "browser" field) and puts it in a chunk of its own.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = SHEET_COLUMNS.map((key) => ({ header: headers[key], key, width: key === 'municipality' || key === 'rayon' || key === 'oblast' ? 32 : 18 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(row);
  // '@' is Excel's text format: the cell stays text even after the user edits it.
  for (const key of ['soate', 'municipalityId'] as const) sheet.getColumn(key).numFmt = '@';
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
