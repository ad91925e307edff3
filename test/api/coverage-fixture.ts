/** Loads test/fixtures/coverage/naryn-programmes.cypher before a test file and removes what it made afterwards. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { testDatabase } from '../support/database.js';

const fixture = readFileSync(new URL('../fixtures/coverage/naryn-programmes.cypher', import.meta.url), 'utf8');

export const NARYN_OBLAST = '41704000000000';

export function useNarynProgrammes(): void {
  const db = testDatabase();
  beforeAll(async () => {
    await db.runStatement('coverage fixture', fixture);
  });
  afterAll(async () => {
    await db.runStatement('coverage fixture clean-up', `MATCH (n:Entity) WHERE n.id STARTS WITH 'cov-test-' DETACH DELETE n`);
  });
}
