// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npm run export -- --out backup.json [--csv folder] [--labels Person,Organisation] [--ids a,b [--neighbours]]`:
 * writes the graph (or the filtered part) as the JSON that `npm run restore` restores exactly, and optionally
 * one CSV per kind. Uses NEO4J_URI when set, otherwise starts the embedded Neo4j (stop `npm start` first, or
 * point NEO4J_URI at the running one: bolt://127.0.0.1:7687).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config/config.js';
import { openDatabase } from '../database-lifecycle.js';
import { csvFiles } from '../exports/csv.js';
import { exportGraph } from '../exports/export.service.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, csv: { type: 'string' }, labels: { type: 'string' }, ids: { type: 'string' }, neighbours: { type: 'boolean' } },
  });
  if (!values.out) throw new Error('give --out <file.json>');
  const list = (text: string | undefined) => (text ? text.split(',').map((item) => item.trim()).filter(Boolean) : null);
  const { db, close } = await openDatabase(readConfig(), (line) => console.error(line));
  try {
    const document = await exportGraph(db, { labels: list(values.labels), ids: list(values.ids), neighbours: values.neighbours ?? false });
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, `${JSON.stringify(document, null, 1)}\n`);
    console.log(`Wrote ${values.out}: ${document.counts.nodes} nodes, ${document.counts.relationships} relationships, ${document.fingerprint}`);
    if (values.csv) {
      for (const file of csvFiles(document)) {
        const path = join(values.csv, file.name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
      }
      console.log(`Wrote CSV files under ${values.csv}`);
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error('Export failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
