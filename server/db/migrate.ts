import { scriptFiles, scriptStatements } from './cypher-files.js';
import type { GraphDatabase } from './graph-database.js';

/** Applies every `cypher/schema/*.cypher` statement (all `IF NOT EXISTS`, so it is safe to repeat) and waits for indexes. */
export async function applySchema(db: GraphDatabase): Promise<void> {
  for (const file of scriptFiles('schema')) {
    for (const statement of scriptStatements(file)) {
      await db.runStatement(file, statement);
    }
  }
  await db.runStatement('await-indexes', 'CALL db.awaitIndexes(300)');
}
