import { BadInputError } from '../errors.js';
import { readCsv } from './csv-reader.js';
import type { Sheet } from './sheet-types.js';
import { readWorkbook } from './xlsx-reader.js';

const startsWith = (bytes: Buffer, ...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

/**
 * Reads an uploaded sheet in the calling thread, within `sheetLimits`. The server calls it only inside the sheet
 * worker (see sheet-file.ts); anything but a refusal that escapes the readers means the file is not a spreadsheet
 * they understand, and is refused as such.
 */
export async function parseSheet(bytes: Buffer, fileName: string, sheetName?: string | null): Promise<Sheet> {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return readWorkbook(bytes, fileName, sheetName);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new BadInputError('file', `"${fileName}" is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and upload that`);
  }
  try {
    return readCsv(bytes, fileName);
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    throw new BadInputError('file', `"${fileName}" could not be read as CSV`);
  }
}
