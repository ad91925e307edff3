import ExcelJS from 'exceljs';
import { BOM } from '../common/csv-format.js';
import { csvTable } from '../common/csv-writer.js';
import { TableFormat, TableLanguage } from './table-download.type.js';

/**
 * The 3W ("who does what where") table as coordination groups exchange it: a header row, then the HXL hashtag
 * row (https://hxlstandard.org), then one line per organisation, activity and place. The first 15 columns are
 * the 3W set, with SOATE codes in `+code`; the OCHA P-codes of the boundary layer follow as two extra columns.
 */
export const THREE_W_COLUMNS = [
  { key: 'orgName', hxl: '#org +name', en: 'Organisation', ru: 'Организация' },
  { key: 'orgCode', hxl: '#org +code', en: 'Organisation code (IATI)', ru: 'Код организации (IATI)' },
  { key: 'orgType', hxl: '#org +type', en: 'Organisation type', ru: 'Тип организации' },
  { key: 'sector', hxl: '#sector', en: 'Sector', ru: 'Сектор' },
  { key: 'activityName', hxl: '#activity +name', en: 'Activity', ru: 'Деятельность' },
  { key: 'activityCode', hxl: '#activity +code', en: 'Activity code', ru: 'Код деятельности' },
  { key: 'adm1Name', hxl: '#adm1 +name', en: 'Admin 1 (oblast)', ru: 'Адм. 1 (область)' },
  { key: 'adm1Code', hxl: '#adm1 +code', en: 'Admin 1 SOATE code', ru: 'Код СОАТЕ адм. 1' },
  { key: 'adm2Name', hxl: '#adm2 +name', en: 'Admin 2 (rayon, city)', ru: 'Адм. 2 (район, город)' },
  { key: 'adm2Code', hxl: '#adm2 +code', en: 'Admin 2 SOATE code', ru: 'Код СОАТЕ адм. 2' },
  { key: 'adm3Name', hxl: '#adm3 +name', en: 'Admin 3 (municipality)', ru: 'Адм. 3 (муниципалитет)' },
  { key: 'adm3Code', hxl: '#adm3 +code', en: 'Admin 3 SOATE code', ru: 'Код СОАТЕ адм. 3' },
  { key: 'startDate', hxl: '#date +start', en: 'Start date', ru: 'Дата начала' },
  { key: 'endDate', hxl: '#date +end', en: 'End date', ru: 'Дата окончания' },
  { key: 'status', hxl: '#status', en: 'Status', ru: 'Статус' },
  { key: 'adm1Pcode', hxl: '#adm1 +code +v_pcode', en: 'Admin 1 P-code (OCHA)', ru: 'P-код адм. 1 (OCHA)' },
  { key: 'adm2Pcode', hxl: '#adm2 +code +v_pcode', en: 'Admin 2 P-code (OCHA)', ru: 'P-код адм. 2 (OCHA)' },
] as const;

export type ThreeWKey = (typeof THREE_W_COLUMNS)[number]['key'];
/** One table line; an empty string for what is not known, never null. */
export type ThreeWLine = Record<ThreeWKey, string>;

export interface ThreeWFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

function headerAndTags(language: TableLanguage): [string[], string[]] {
  return [THREE_W_COLUMNS.map((column) => (language === TableLanguage.RU ? column.ru : column.en)), THREE_W_COLUMNS.map((column) => column.hxl)];
}

const cells = (line: ThreeWLine) => THREE_W_COLUMNS.map((column) => line[column.key]);

/** CSV in the service's dialect (shared writer: BOM, CRLF, formula-looking text defused). */
function csvFile(lines: readonly ThreeWLine[], language: TableLanguage): Buffer {
  const [header, tags] = headerAndTags(language);
  return Buffer.from(`${BOM}${csvTable(header, [tags, ...lines.map(cells)])}`, 'utf8');
}

/**
 * An Excel workbook with every cell written as text, so a SOATE code stays 41704000000000 instead of turning into
 * 4,17E+13 and a date stays as written; exceljs writes strings as strings, never as formulas.
 */
async function xlsxFile(lines: readonly ThreeWLine[], language: TableLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('3W', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = THREE_W_COLUMNS.map((column) => ({ key: column.key, width: Math.max(14, column.en.length + 2), style: { numFmt: '@' } }));
  const [header, tags] = headerAndTags(language);
  sheet.addRow(header).font = { bold: true };
  sheet.addRow(tags).font = { italic: true };
  for (const line of lines) sheet.addRow(cells(line));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function threeWFile(lines: readonly ThreeWLine[], format: TableFormat, language: TableLanguage, baseName: string): Promise<ThreeWFile> {
  if (format === TableFormat.XLSX) {
    return { fileName: `${baseName}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: await xlsxFile(lines, language) };
  }
  return { fileName: `${baseName}.csv`, mimeType: 'text/csv; charset=utf-8', content: csvFile(lines, language) };
}
