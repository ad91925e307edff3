// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npm run seed`: loads the reference graph into Neo4j. Uses NEO4J_URI when set, otherwise starts the
 * embedded Neo4j for the duration of the run. Safe to repeat: the seed only MERGEs.
 */
import { readConfig } from '../config/config.js';
import { openDatabase } from '../database-lifecycle.js';
import { seedDatabase } from '../seed/seed.js';

async function main(): Promise<void> {
  const { db, close } = await openDatabase(readConfig());
  try {
    const summary = await seedDatabase(db, (message) => console.log(message));
    console.log('Seeded:');
    console.table(summary);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error('Seed failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
