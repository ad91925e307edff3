import { BadInputError } from '../errors.js';
import { readSheetInWorker } from './sheet-reader.js';
import type { Sheet } from './sheet-types.js';

export { sniffDelimiter } from './csv-reader.js';
export type { Sheet, SheetRow } from './sheet-types.js';

/**
 * Uploaded sheets are hostile until read: they are decoded here within the upload limit, then read in a worker
 * thread within `sheetLimits` (see sheet-reader.ts, xlsx-reader.ts and csv-reader.ts).
 */
export const maxFileBytes = 5 * 1024 * 1024;

const tooLarge = `the file is over 5 MB (${maxFileBytes.toLocaleString('en')} bytes), the most one import takes: split the sheet`;

/** The bytes of a base64 upload (a `data:…;base64,` prefix is allowed), refusing empty and oversized files. */
export function decodeUpload(base64: string): Buffer {
  const body = base64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (body.length === 0) throw new BadInputError('file', 'the file is empty');
  if (body.length > Math.ceil(maxFileBytes / 3) * 4 + 4) throw new BadInputError('file', tooLarge);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 === 1) throw new BadInputError('file', 'is not base64-encoded');
  const bytes = Buffer.from(body, 'base64');
  if (bytes.length === 0) throw new BadInputError('file', 'the file is empty');
  if (bytes.length > maxFileBytes) throw new BadInputError('file', tooLarge);
  return bytes;
}

/** Reads a CSV or XLSX upload off the main thread (see sheet-reader.ts), refusing with BAD_USER_INPUT (and `extensions.limit` when a limit is hit). */
export function readSheet(bytes: Buffer, fileName: string, sheetName?: string | null): Promise<Sheet> {
  return readSheetInWorker(bytes, fileName, sheetName ?? null);
}
