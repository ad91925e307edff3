import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { generateIatiActivities } from './activity-generator.js';

/**
 * Writes a generated IATI 2.03 activity file: `npx tsx scripts/iati/generate-activities.ts 1000 out.xml`
 * (count defaults to 1,000; without a file name the XML goes to standard output).
 */
const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: generate-activities.ts [count] [out.xml]');
  process.exit(2);
}
const xml = generateIatiActivities(count);
const target = process.argv[3];
if (target) {
  writeFileSync(target, xml);
  console.error(`${count} activities, ${(Buffer.byteLength(xml) / 1024 / 1024).toFixed(1)} MB → ${target}`);
} else process.stdout.write(xml);
