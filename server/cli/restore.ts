// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npm run restore -- backup.json`: restores an export of `npm run export` (or the exportGraph query) into an
 * EMPTY database, in one transaction, and checks the restored graph's fingerprint against the file's before
 * committing. Uses NEO4J_URI when set, otherwise the embedded Neo4j in EMBEDDED_NEO4J_DATA_DIR (a new, empty
 * folder: `npm start` seeds an empty database, so restore before starting the server on it).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../config/config.js';
import { openDatabase } from '../database-lifecycle.js';
import { restoreGraph } from '../exports/restore.service.js';

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [file] = positionals;
  if (!file) throw new Error('give the export file: npm run restore -- backup.json');
  const backup: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const { db, close } = await openDatabase(readConfig(), (line) => console.error(line));
  try {
    const result = await restoreGraph(db, backup);
    console.log(`Restored ${result.nodes} nodes and ${result.relationships} relationships; fingerprint ${result.fingerprint} matches the file`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error('Restore failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
