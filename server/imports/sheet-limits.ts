import { BadInputError } from '../errors.js';

/**
 * What one uploaded sheet may cost to read. Every limit is checked before the memory it guards is spent: the
 * zip's central directory is read before anything is inflated, a worksheet's declared dimension before its rows,
 * and rows and columns are counted as they are read.
 */
export const sheetLimits = {
  /** Rows read from a sheet (CSV records, or the last XLSX row number); an import takes at most 5,000 of them. */
  rows: 10_000,
  /** Columns kept per row; cells to the right are ignored. */
  columns: 100,
  /** Entries in an XLSX zip. */
  zipEntries: 1_000,
  /** All entries of an XLSX together, inflated, as the zip declares them. */
  uncompressedBytes: 100 * 1024 * 1024,
  /** One worksheet's XML, inflated. */
  worksheetBytes: 32 * 1024 * 1024,
  /** The workbook's shared strings (xl/sharedStrings.xml), inflated. */
  sharedStringsBytes: 8 * 1024 * 1024,
  /** Any other part that is read (workbook, relationships, styles), inflated. */
  partBytes: 8 * 1024 * 1024,
  /** How much larger than its compressed bytes an entry of over 1 MB may inflate. */
  compressionRatio: 500,
  /** Merged ranges in a worksheet. */
  mergedRanges: 10_000,
  /** Heap of the worker that reads one sheet. */
  workerHeapMb: 192,
  /** Time one sheet may take to read. */
  readMs: 30_000,
  /** Sheets waiting for the reader; more uploads at once are turned away. */
  waiting: 20,
} as const;

export type SheetLimit =
  | 'rows' | 'zipEntries' | 'uncompressedBytes' | 'worksheetBytes' | 'sharedStringsBytes' | 'partBytes'
  | 'compressionRatio' | 'mergedRanges' | 'workerHeapMb' | 'readMs' | 'waiting';

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
export const formatCount = (count: number) => count.toLocaleString('en');

/** A refusal because the sheet is over one of `sheetLimits`; `extensions.limit` names which, for clients and tests. */
export class SheetLimitError extends BadInputError {
  constructor(readonly limit: SheetLimit, message: string) {
    super('file', message);
    this.extensions.limit = limit;
  }
}

/** How a refusal crosses from the reading worker to the main thread (errors lose their class when posted). */
export interface Refusal {
  field: string;
  message: string;
  limit: SheetLimit | null;
}

export function toRefusal(error: BadInputError): Refusal {
  const field = String(error.extensions.field ?? 'file');
  return { field, message: error.message.slice(field.length + 2), limit: error instanceof SheetLimitError ? error.limit : null };
}

export function fromRefusal(refusal: Refusal): BadInputError {
  return refusal.limit ? new SheetLimitError(refusal.limit, refusal.message) : new BadInputError(refusal.field, refusal.message);
}
