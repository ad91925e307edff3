import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { mapAnalystQueryError } from '../../server/db/neo4j-errors.js';
import { AppError } from '../../server/errors.js';
import { as, graphql } from '../support/graphql.js';

/**
 * Issue 11 (fuzzing): whatever text an analyst sends to runCypher is refused as BAD_USER_INPUT (or stopped as
 * RESOURCE_LIMIT / TIMEOUT), never INTERNAL_SERVER_ERROR, and never keeps the database busy past the time limit.
 */
const analyst = { principal: as(Role.ANALYST, 'zz-hostile-text') };
const runCypher = `query ($query: String!) { runCypher(query: $query, timeoutSeconds: 5) { columns rows } }`;

async function refusalOf(query: string) {
  const started = Date.now();
  const result = await graphql(runCypher, { query }, analyst);
  return { error: result.errors?.[0], ms: Date.now() - started };
}

describe('hostile text in the Cypher console', () => {
  it('refuses 5,000 Cyrillic letters (the fuzzer’s seed 889992009) as a syntax error in Neo4j’s words', async () => {
    const { error } = await refusalOf('я'.repeat(5_000));
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe('query');
    expect(error?.message).toMatch(/^query: Invalid input 'яяя/);
  });

  const tooDeep: [string, string, RegExp][] = [
    ['500 nested brackets', `RETURN ${'('.repeat(500)}1${')'.repeat(500)} AS x`, /brackets are nested 500 deep; at most 100/],
    ['5,000 nested brackets', `RETURN ${'('.repeat(5_000)}1${')'.repeat(5_000)} AS x`, /brackets are nested 5000 deep/],
    ['nested lists and maps', `RETURN ${'[{a: '.repeat(60)}1${'}]'.repeat(60)} AS x`, /nested 120 deep/],
    ['4,000 NOTs in a row', `RETURN ${'NOT '.repeat(4_000)}true AS x`, /4000 operators \(NOT, - or \+\) follow one another; at most 50/],
    ['NOTs behind brackets', `RETURN ${'NOT ('.repeat(80)}true${')'.repeat(80)} AS x`, /80 operators/],
  ];
  for (const [name, query, reason] of tooDeep) {
    it(`refuses ${name} before Neo4j parses it (it would stay busy past the time limit)`, async () => {
      const { error, ms } = await refusalOf(query);
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toMatch(reason);
      expect(ms, 'refused without reaching the database').toBeLessThan(5_000);
    });
  }

  it('still runs ordinary nesting, arrows and signs', async () => {
    const result = await graphql(
      `query ($query: String!) { runCypher(query: $query) { rows } }`,
      { query: `MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event) WITH p LIMIT 1 RETURN ${'('.repeat(20)}-1 + +2${')'.repeat(20)} AS n, NOT NOT true AS t, [[[1]]] AS l` },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.runCypher.rows).toEqual([{ n: 1, t: true, l: [[[1]]] }]);
  });
});

describe('what Neo4j can answer to an analyst’s statement', () => {
  const codeOf = (code: string, message: string) => {
    const mapped = mapAnalystQueryError(new Neo4jError(message, code, 'gql', 'description'));
    return mapped instanceof AppError ? mapped.extensions.code : 'INTERNAL';
  };
  it('is a refusal or a stop with a code, never an internal error', () => {
    expect(codeOf('Neo.ClientError.Statement.SyntaxError', "Invalid input 'я'")).toBe('BAD_USER_INPUT');
    expect(codeOf('Neo.ClientError.Request.Invalid', 'Invalid parameter')).toBe('BAD_USER_INPUT');
    expect(codeOf('Neo.DatabaseError.Statement.ExecutionFailed', 'java.lang.StackOverflowError')).toBe('RESOURCE_LIMIT');
    expect(codeOf('Neo.TransientError.General.StackOverFlowError', 'stack')).toBe('RESOURCE_LIMIT');
    expect(codeOf('Neo.ClientError.Transaction.Terminated', 'terminated')).toBe('TIMEOUT');
    expect(codeOf('Neo.TransientError.Transaction.Terminated', 'terminated')).toBe('TIMEOUT');
    // The driver's own answer on a connection whose statement outlived the time limit (measured with 500 brackets).
    expect(codeOf('N/A', 'Ignored either because of an error or RESET')).toBe('TIMEOUT');
    expect(codeOf('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'timed out')).toBe('TIMEOUT');
  });
});
