import yauzl from 'yauzl';
import { formatCount, megabytes, SheetLimitError, sheetLimits } from './sheet-limits.js';

/**
 * The parts of an XLSX zip, read from its central directory with every declared size checked before anything is
 * inflated; a part is inflated only when asked for, and yauzl stops it as soon as it inflates past its declared size.
 */
export interface ZipPart {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export class NotAZipError extends Error {}

export class ZipParts {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly parts: Map<string, { entry: yauzl.Entry } & ZipPart>,
  ) {}

  static async open(bytes: Buffer): Promise<ZipParts> {
    let zip: yauzl.ZipFile;
    try {
      zip = await fromBuffer(bytes);
    } catch (error) {
      throw new NotAZipError((error as Error).message);
    }
    if (zip.entryCount > sheetLimits.zipEntries) {
      zip.close();
      throw new SheetLimitError('zipEntries', `the workbook holds ${formatCount(zip.entryCount)} files; a spreadsheet has far fewer (at most ${formatCount(sheetLimits.zipEntries)} are read)`);
    }
    const parts = new Map<string, { entry: yauzl.Entry } & ZipPart>();
    let total = 0;
    try {
      for (const entry of await entriesOf(zip)) {
        total += entry.uncompressedSize;
        if (total > sheetLimits.uncompressedBytes) {
          throw new SheetLimitError('uncompressedBytes', `the workbook unpacks to more than ${megabytes(sheetLimits.uncompressedBytes)}, the most a sheet may take`);
        }
        // The first of two parts with one name wins, as it would in the central directory order Excel reads.
        if (!parts.has(entry.fileName)) {
          parts.set(entry.fileName, { entry, name: entry.fileName, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize });
        }
      }
    } catch (error) {
      zip.close();
      if (error instanceof SheetLimitError) throw error;
      throw new NotAZipError((error as Error).message);
    }
    return new ZipParts(zip, parts);
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /** A part's bytes, refused when it declares more than `maxBytes` or inflates far beyond its compressed size. */
  async read(name: string, maxBytes: number, refuse: () => SheetLimitError): Promise<Buffer | null> {
    const part = this.parts.get(name);
    if (!part) return null;
    if (part.uncompressedSize > maxBytes) throw refuse();
    if (part.uncompressedSize > 1024 * 1024 && part.uncompressedSize > part.compressedSize * sheetLimits.compressionRatio) {
      throw new SheetLimitError('compressionRatio', `"${name}" in the workbook unpacks to ${formatCount(Math.round(part.uncompressedSize / Math.max(1, part.compressedSize)))} times its packed size; a spreadsheet does not (at most ${sheetLimits.compressionRatio} times is read)`);
    }
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => this.zip.openReadStream(part.entry, (error, opened) => (error ? reject(error) : resolve(opened))));
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of stream) chunks.push(chunk as Buffer);
    } catch (error) {
      throw new NotAZipError((error as Error).message);
    }
    return Buffer.concat(chunks);
  }

  close(): void {
    this.zip.close();
  }
}

/** yauzl's zip from bytes, with the options every upload is read with (also used by the press batch, server/press/batch/). */
export function fromBuffer(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true, strictFileNames: false }, (error, zip) => (error ? reject(error) : resolve(zip))),
  );
}

/** Every entry of the central directory; no part is inflated. */
export function entriesOf(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}
