// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * The cost of hostile spreadsheets to the server (issue 11): for each file, the main thread's event-loop max delay
 * and the time the main thread itself was busy (event-loop utilisation), and the process RSS before, at peak and after, while the upload is decoded and read as the preview does
 * (decodeUpload, then readSheet in the worker). "after" is measured once the reading worker has been stopped.
 *
 *   npm run bench:sheets            (or: node --expose-gc --import tsx scripts/bench-sheet-limits.ts)
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { decodeUpload, readSheet } from '../server/imports/sheet-file.js';
import { stopSheetReader, warmSheetReader } from '../server/imports/sheet-reader.js';
import {
  bottomCornerWorkbook, hugeSharedStringsWorkbook, largeWorksheetWorkbook, manyPartsWorkbook, millionRowCsv, richSharedStringsWorkbook, smallWorkbook, zipBombWorkbook,
} from '../test/imports/hostile-sheets.js';

const files: [name: string, build: () => Buffer, fileName: string][] = [
  ['valid 2-row workbook', () => smallWorkbook([['ФИО', 'Организация'], ['Асанов Бакыт', 'Тамга АО']]), 'small.xlsx'],
  ['cell at CV1048576, dimension declared', () => bottomCornerWorkbook(), 'corner.xlsx'],
  ['cell at CV1048576, no dimension', () => bottomCornerWorkbook({ declareDimension: false }), 'corner.xlsx'],
  ['zip bomb: worksheet of 472 MB', () => zipBombWorkbook(), 'bomb.xlsx'],
  ['zip bomb declaring 1 MB', () => zipBombWorkbook({ declaredMegabytes: 1 }), 'bomb.xlsx'],
  ['20 MB of blank space (ratio)', () => zipBombWorkbook({ megabytes: 20 }), 'blank.xlsx'],
  ['worksheet of 33 MB XML', () => largeWorksheetWorkbook(33), 'large.xlsx'],
  ['shared strings of 20 MB', () => hugeSharedStringsWorkbook(20), 'strings.xlsx'],
  ['rich shared strings, 7.9 MB (read)', () => richSharedStringsWorkbook(), 'rich.xlsx'],
  ['2,000 zip parts', () => manyPartsWorkbook(2_000), 'parts.xlsx'],
  ['CSV, 1,000,000 rows', () => millionRowCsv(), 'rows.csv'],
];

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0).padStart(5);
const settle = async () => {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resume) => setTimeout(resume, 500));
};

async function measure(name: string, bytes: Buffer, fileName: string, cold: boolean) {
  const base64 = bytes.toString('base64');
  // "first": the first upload to a server that has just started (or retired its last worker): the server pre-starts
  // a fresh worker then (warmSheetReader), so the upload finds it loaded but never used.
  if (cold) {
    await stopSheetReader();
    await warmSheetReader();
  }
  await settle();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  delay.enable();
  // How busy the main thread itself was: a long delay while it was mostly idle means it waited for a CPU, not for our code.
  const utilisation = performance.eventLoopUtilization();
  const started = performance.now();
  let outcome: string;
  try {
    const sheet = await readSheet(decodeUpload(base64), fileName);
    outcome = `${sheet.rows.length} rows`;
  } catch (error) {
    const { extensions } = error as { extensions?: { code?: string; limit?: string } };
    outcome = `${extensions?.code ?? (error as Error).message} ${extensions?.limit ?? ''}`.trim();
  }
  const ms = performance.now() - started;
  const busy = performance.eventLoopUtilization(utilisation);
  delay.disable();
  clearInterval(sampler);
  await stopSheetReader();
  await settle();
  const after = process.memoryUsage().rss;
  console.log(
    `${name.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB ${cold ? 'first' : 'warm '} ${ms.toFixed(0).padStart(6)} ms` +
      `  max delay ${(delay.max / 1e6).toFixed(1).padStart(6)} ms  main busy ${busy.active.toFixed(0).padStart(4)} ms  RSS MB before ${mb(before)} peak ${mb(peak)} (+${mb(peak - before).trim()}) after ${mb(after)}  ${outcome}`,
  );
}

console.log(`Node ${process.version}; ${globalThis.gc ? 'with' : 'without'} --expose-gc`);
// What starting the worker costs the main thread: paid at server start and when an idle worker is replaced, never
// while an upload waits.
for (let start = 1; start <= 3; start += 1) {
  await stopSheetReader();
  await settle();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const utilisation = performance.eventLoopUtilization();
  const started = performance.now();
  await warmSheetReader();
  const busy = performance.eventLoopUtilization(utilisation);
  delay.disable();
  console.log(`worker start ${start} (no upload waiting) ${(performance.now() - started).toFixed(0).padStart(6)} ms  max delay ${(delay.max / 1e6).toFixed(1).padStart(6)} ms  main busy ${busy.active.toFixed(0).padStart(4)} ms`);
}
for (const [name, build, fileName] of files) {
  const bytes = build();
  await measure(name, bytes, fileName, true);
  // Warm: the worker already started, as for every upload within a few seconds of another.
  await readSheet(smallWorkbook([['ФИО'], ['Асанов Бакыт']]), 'warm.xlsx');
  await measure(name, bytes, fileName, false);
}
await stopSheetReader();
