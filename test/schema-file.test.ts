import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../server/graphql/print-schema.js';

describe('schema.graphql', () => {
  it('matches the schema built from the code (run `npm run schema:print` after changing the API)', async () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printedSchema());
  });
});
