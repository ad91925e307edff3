import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';

describe('heavy requests are refused before any database work', () => {
  it('refuses a query nested 20 deep', async () => {
    let selection = 'id';
    for (let depth = 0; depth < 20; depth += 1) selection = `parent { ${selection} }`;
    const result = await graphql(`{ territory(id: "41702210830000") { ${selection} } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    expect(result.roundTrips).toBe(0);
  });

  it('refuses 1,000 aliases', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: organisation(id: "sdc") { id }`).join(' ');
    const result = await graphql(`{ ${aliases} }`);
    expect(result.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_(VALIDATION|PARSE)_FAILED/);
    expect(result.roundTrips).toBe(0);
  });

  it('refuses a page size of 1,000,000', async () => {
    const result = await graphql(`query ($n: Int!) { people(first: $n) { totalCount } }`, { n: 1_000_000 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(result.roundTrips).toBe(0);
  });

  it('allows the deep queries the web view really makes', async () => {
    const result = await graphql(`{ event(id: "event-2019-07-18-karakol-inception") {
      participants { participant { ... on Organisation { territory { parent { parent { nameEn } } } } } positionHeld { organisation { id } } }
    } }`);
    expect(result.errors).toBeUndefined();
  });
});
