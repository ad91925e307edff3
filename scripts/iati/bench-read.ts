import 'reflect-metadata';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { readIatiFile, stopIatiReader, warmIatiReader } from '../../server/iati/reading/read-iati-file.js';
import { generateIatiActivities } from './activity-generator.js';

/**
 * `npm run bench:iati-read`: reads a generated file of 1,000 activities (~10 MB; another count as the first
 * argument) through readIatiFile, as an upload would, and prints the read time and the longest event-loop delay of
 * the main thread meanwhile (the goal: under 100 ms).
 */
const count = Number(process.argv[2] ?? 1000);
const xml = generateIatiActivities(count);
const fileBase64 = Buffer.from(xml).toString('base64');
await warmIatiReader();

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const started = performance.now();
const reading = await readIatiFile({ fileBase64, fileName: 'generated.xml' });
const readMs = performance.now() - started;
delay.disable();
await stopIatiReader();

console.log(`activities: ${count} (${(Buffer.byteLength(xml) / 1024 / 1024).toFixed(1)} MB of XML)`);
console.log(`valid: ${reading.activities.length}, invalid: ${reading.invalidActivities.length}, file problems: ${reading.fileProblems.length}`);
console.log(`read time: ${(readMs / 1000).toFixed(2)} s`);
console.log(`longest event-loop delay: ${(delay.max / 1e6).toFixed(1)} ms (goal < 100 ms)`);
