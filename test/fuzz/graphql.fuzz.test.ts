import fc from 'fast-check';
import { appendFileSync, readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { startHttpGraphQL, type HttpAnswer, type HttpGraphQL } from '../support/http-graphql.js';
import { databaseFingerprint, elementIds, removeAddedSince, type Fingerprint } from './database-fingerprint.js';
import { randomOperation, type FuzzOperation } from './graphql-operations.js';

/**
 * GraphQL fuzzing (issue 11): random operations built from schema.graphql (any root field, arguments of the
 * right and wrong types as literals and variables, hostile text) sent over HTTP to the real app on the real
 * Neo4j, as each role. Whatever is sent: no INTERNAL_SERVER_ERROR, no 5xx, no stack trace, the server keeps
 * answering, and a mutation that fails leaves the database exactly as it was (fingerprint of every node and
 * relationship with its properties). FUZZ_RUNS sets the number of cases (500 by default; `npm run fuzz`
 * runs 10,000). Writes only ever name ids of the fuzzer's own (zz-fuzz-…), and what succeeded is removed
 * afterwards, so the seed other test files count on is left as it was (checked by the same fingerprint).
 */
const runs = Number(process.env.FUZZ_RUNS ?? 500);
/** FUZZ_SEED replays a reported run (fast-check prints the seed of a failing run). */
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const roles = [Role.ADMIN, Role.VIEWER, Role.EDITOR, Role.ANALYST];
const writers = [Role.ADMIN, Role.EDITOR];

let http: HttpGraphQL;
let initial: Fingerprint;
let initialIds: { nodes: string[]; relationships: string[] };
const tally = { cases: 0, mutations: 0, refusedMutations: 0, succeeded: 0, codes: new Map<string, number>() };

beforeAll(async () => {
  http = await startHttpGraphQL();
  initial = await databaseFingerprint();
  initialIds = await elementIds();
});

afterAll(async () => {
  if (initialIds) await removeAddedSince(initialIds);
  await http?.stop();
});

/** What went wrong with one answer, or null when it is a proper answer or refusal. */
function problemOf(answer: HttpAnswer): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`;
  if (!answer.body.data && !answer.body.errors?.length) return 'neither data nor errors';
  for (const error of answer.body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') return `an error without a code: ${error.message}`;
    if (code === 'INTERNAL_SERVER_ERROR' || code === 'NOT_JSON') return `${code}: ${error.message}`;
    if (/\bat .*\.(ts|js):\d+/.test(JSON.stringify(error))) return 'a stack trace';
  }
  return null;
}

/** The root field's value is absent: the mutation as a whole was refused (its field may not be null otherwise). */
const refused = (operation: FuzzOperation, answer: HttpAnswer) => Boolean(answer.body.errors?.length) && (answer.body.data?.[operation.field] ?? null) === null;

describe('GraphQL fuzzing over HTTP', () => {
  it(`answers ${runs} random operations without an internal error, and refused mutations write nothing`, async () => {
    let before = initial;
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (gen) => {
        const draw = <T>(arbitrary: fc.Arbitrary<T>): T => gen(() => arbitrary);
        const operation = randomOperation(draw, schema);
        // Writers mostly, for mutations: the others are refused before anything runs.
        const role = draw(fc.constantFrom(...(operation.kind === 'mutation' ? [...writers, ...writers, ...roles] : roles)));
        const answer = await http.post(operation.document, operation.variables, role);
        tally.cases += 1;
        for (const error of answer.body.errors ?? []) tally.codes.set(String(error.extensions?.code), (tally.codes.get(String(error.extensions?.code)) ?? 0) + 1);
        const problem = problemOf(answer);
        if (problem) throw new Error(`${problem}\nas ${role}: ${operation.document}\nvariables: ${JSON.stringify(operation.variables).slice(0, 2_000)}`);
        if (process.env.FUZZ_DEBUG && operation.kind === 'mutation') appendFileSync(process.env.FUZZ_DEBUG, [role, operation.document.slice(0, 300), JSON.stringify(operation.variables).slice(0, 200), JSON.stringify(answer.body).slice(0, 300)].join(' ') + '\n');
        if (operation.kind !== 'mutation') return;
        tally.mutations += 1;
        const after = await databaseFingerprint();
        if (refused(operation, answer)) {
          tally.refusedMutations += 1;
          expect(after, `a refused mutation changed the database: ${operation.document}\n${JSON.stringify(answer.body.errors)}`).toEqual(before);
        } else {
          tally.succeeded += 1;
        }
        before = after;
      }),
      { numRuns: runs, endOnFailure: true, ...(seed === undefined ? {} : { seed }) },
    );
    // Still answering, on both the GraphQL and the plain health route.
    expect((await http.post('{ __typename }', {}, Role.VIEWER)).body.data).toEqual({ __typename: 'Query' });
    expect((await fetch(`${http.app.url}healthz`)).status).toBe(200);
    console.log(`GraphQL fuzz: ${tally.cases} cases, ${tally.mutations} mutations (${tally.refusedMutations} refused, ${tally.succeeded} succeeded); error codes ${JSON.stringify(Object.fromEntries(tally.codes))}`);
    expect(tally.cases).toBeGreaterThanOrEqual(runs);
  }, Math.max(600_000, runs * 2_000));

  it('leaves the database as it found it once the fuzzer’s own nodes are removed', async () => {
    await removeAddedSince(initialIds);
    expect(await databaseFingerprint()).toEqual(initial);
  });
});
