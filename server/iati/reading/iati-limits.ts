/** What one IATI upload may cost to read. */
export const iatiLimits = {
  /** The XML after base64 decoding, and again after gunzip (a gzip bomb is cut off here). */
  xmlBytes: 20 * 1024 * 1024,
  /** Problems kept per activity and for the file; past that one more says how many were left out. */
  problemsPerActivity: 50,
  /** Activities in one file. */
  activities: 20_000,
  /** Heap of the reading worker (the DOM lives in WebAssembly memory, outside this heap). */
  workerHeapMb: 256,
  /** Time one file may take to read. */
  readMs: 60_000,
  /** Files waiting for the reader; more uploads at once are turned away. */
  waiting: 10,
} as const;

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
