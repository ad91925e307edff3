import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import type yauzl from 'yauzl';
import { entriesOf, fromBuffer } from '../../imports/zip-parts.js';
import { batchLimits } from './batch-limits.js';
import { BatchRefusal, megabytes, type BatchMessage } from './batch-messages.js';

/**
 * The release files of a folder or a .zip, read within `batchLimits`. The input is hostile until read: a folder is
 * walked without following links; an archive is read with yauzl (through server/imports/zip-parts.ts, as uploaded
 * workbooks are), its central directory checked whole (entry count, declared sizes, compression ratio, names that
 * point outside the archive) before one entry is inflated, and yauzl stops an entry that inflates past its declared
 * size. Anything over a limit refuses the whole batch (BatchRefusal) before anything is drafted or written.
 */
export interface ReleaseFile {
  /** The path inside the folder or archive, with forward slashes. */
  name: string;
  bytes: Buffer;
}

export interface SkippedFile {
  name: string;
  reason: BatchMessage;
}

export interface ReleaseFiles {
  files: ReleaseFile[];
  skipped: SkippedFile[];
}

export const releaseExtensions = new Set(['.txt', '.html', '.htm', '.docx', '.pdf']);

export async function readReleaseFiles(path: string): Promise<ReleaseFiles> {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new BatchRefusal('NOT_FOUND', { path });
  }
  if (stats.isDirectory()) return readFolder(path);
  if (stats.isFile() && extname(path).toLowerCase() === '.zip') {
    if (stats.size > batchLimits.archiveBytes) throw new BatchRefusal('ARCHIVE_TOO_LARGE', { size: megabytes(stats.size), max: megabytes(batchLimits.archiveBytes) });
    return readArchive(readFileSync(path), basename(path));
  }
  throw new BatchRefusal('NOT_A_FOLDER_OR_ZIP', { path });
}

/** Hidden files and the litter of archivers and file managers (.DS_Store, __MACOSX/, Thumbs.db, ~$ Word locks). */
const isHidden = (name: string) => name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX' || part.startsWith('~$') || part === 'Thumbs.db');

/** Whether a file is a release to draft; if not, why it is passed over. */
function passOver(name: string): BatchMessage | null {
  if (isHidden(name)) return { code: 'HIDDEN', params: {} };
  if (!releaseExtensions.has(extname(name).toLowerCase())) return { code: 'UNSUPPORTED_TYPE', params: {} };
  return null;
}

function readFolder(root: string): ReleaseFiles {
  // Sizes first (lstat: a link is listed, never followed), then the bytes, so a refusal reads no file.
  const found: { name: string; path: string; size: number }[] = [];
  const skipped: SkippedFile[] = [];
  let count = 0;
  let total = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      count += 1;
      if (count > batchLimits.files) throw new BatchRefusal('TOO_MANY_FILES', { count: `${batchLimits.files}+`, max: batchLimits.files });
      const path = join(folder, entry.name);
      const name = relative(root, path).split(sep).join('/');
      if (entry.isSymbolicLink()) skipped.push({ name, reason: { code: 'LINK', params: {} } });
      else if (entry.isDirectory()) {
        if (isHidden(name)) skipped.push({ name: `${name}/`, reason: { code: 'HIDDEN', params: {} } });
        else walk(path);
      } else if (entry.isFile()) {
        const reason = passOver(name);
        if (reason) {
          skipped.push({ name, reason });
          continue;
        }
        const size = lstatSync(path).size;
        checkSize(name, size);
        total += size;
        if (total > batchLimits.totalBytes) throw new BatchRefusal('TOTAL_TOO_LARGE', { max: megabytes(batchLimits.totalBytes) });
        found.push({ name, path, size });
      }
    }
  };
  walk(root);
  return { files: found.map((f) => ({ name: f.name, bytes: readFileSync(f.path) })), skipped };
}

function checkSize(name: string, size: number): void {
  if (size > batchLimits.fileBytes) throw new BatchRefusal('FILE_TOO_LARGE', { name, size: megabytes(size), max: megabytes(batchLimits.fileBytes) });
}

/** yauzl refuses names that leave the archive while it lists them; its words become our code. */
const unsafeName = /^(?:absolute path|invalid relative path): (.*)$/;

export async function readArchive(bytes: Buffer, archiveName: string): Promise<ReleaseFiles> {
  let zip: yauzl.ZipFile;
  try {
    zip = await fromBuffer(bytes);
  } catch (error) {
    throw new BatchRefusal('NOT_A_ZIP', { path: archiveName, reason: (error as Error).message });
  }
  try {
    if (zip.entryCount > batchLimits.files) throw new BatchRefusal('TOO_MANY_FILES', { count: zip.entryCount, max: batchLimits.files });
    let entries: yauzl.Entry[];
    try {
      entries = await entriesOf(zip);
    } catch (error) {
      const message = (error as Error).message;
      const unsafe = unsafeName.exec(message);
      if (unsafe) throw new BatchRefusal('UNSAFE_PATH', { name: unsafe[1]! });
      throw new BatchRefusal('NOT_A_ZIP', { path: archiveName, reason: message });
    }
    // The archive as a whole first (names, total size), then each release in it.
    let total = 0;
    for (const entry of entries) {
      const name = entry.fileName;
      // yauzl checks these too; kept here so that the refusal does not hang on its wording alone.
      if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..')) throw new BatchRefusal('UNSAFE_PATH', { name });
      total += entry.uncompressedSize;
      if (total > batchLimits.totalBytes) throw new BatchRefusal('TOTAL_TOO_LARGE', { max: megabytes(batchLimits.totalBytes) });
    }
    const wanted: yauzl.Entry[] = [];
    const skipped: SkippedFile[] = [];
    const names = new Set<string>();
    for (const entry of entries) {
      const name = entry.fileName;
      if (name.endsWith('/')) continue;
      // A file name is a draft's key in the review file: the first of two entries with one name is read.
      if (names.has(name)) {
        skipped.push({ name, reason: { code: 'DUPLICATE_NAME', params: {} } });
        continue;
      }
      names.add(name);
      const reason = passOver(name);
      if (reason) {
        skipped.push({ name, reason });
        continue;
      }
      checkSize(name, entry.uncompressedSize);
      if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > entry.compressedSize * batchLimits.compressionRatio) {
        throw new BatchRefusal('COMPRESSION_RATIO', { name, ratio: Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize)), max: batchLimits.compressionRatio });
      }
      wanted.push(entry);
    }
    const files: ReleaseFile[] = [];
    for (const entry of wanted) files.push({ name: entry.fileName, bytes: await inflate(zip, entry, archiveName) });
    return { files, skipped };
  } finally {
    zip.close();
  }
}

async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, archiveName: string): Promise<Buffer> {
  try {
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))));
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      // validateEntrySizes stops an entry at its declared size; this guards the limit should that ever change.
      if (size > batchLimits.fileBytes) throw new BatchRefusal('FILE_TOO_LARGE', { name: entry.fileName, size: `> ${megabytes(batchLimits.fileBytes)}`, max: megabytes(batchLimits.fileBytes) });
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof BatchRefusal) throw error;
    throw new BatchRefusal('NOT_A_ZIP', { path: `${archiveName}: ${entry.fileName}`, reason: (error as Error).message });
  }
}
