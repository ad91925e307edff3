/**
 * What one folder or archive of releases may cost to read. Each limit is checked before the memory it guards is
 * spent: an archive's size before it is read, its central directory (entry count, declared sizes) before anything
 * is inflated, a folder's file sizes (stat) before a file is read.
 */
export const batchLimits = {
  /** Files (or zip entries, folders included) in one batch: a few years of a programme's news. */
  files: 2_000,
  /** One release file; the same as a single upload to `pressReleaseDraft` (server/press/release-text.ts). */
  fileBytes: 5 * 1024 * 1024,
  /** All files together, unpacked. */
  totalBytes: 200 * 1024 * 1024,
  /** The .zip itself, read into memory to list its central directory. */
  archiveBytes: 200 * 1024 * 1024,
  /** How much larger than its packed bytes an entry of over 1 MB may unpack; prose packs 3–5 times. */
  compressionRatio: 100,
  /** Characters of text in one release (as `pressReleaseDraft`). */
  characters: 100_000,
} as const;
