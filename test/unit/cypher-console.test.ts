import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { expressionGrowthRefusal, maxGeneratedElements } from '../../server/cypher-console/expression-growth-guard.js';
import { calledProcedures, planRefusal, type PlanOperator } from '../../server/cypher-console/plan-inspection.js';
import { cypherParameters } from '../../server/cypher-console/result-values.js';
import { blankLiteralsAndComments, statementRefusal } from '../../server/cypher-console/statement-guard.js';

const operator = (operatorType: string, args: Record<string, unknown> = {}, children: PlanOperator[] = []): PlanOperator => ({ operatorType, arguments: args, children });

describe('statement guard', () => {
  it('blanks strings, quoted names and comments without moving anything', () => {
    const query = "MATCH (n:`USE`) // SHOW\nRETURN 'LOAD CSV' /* USE */";
    const blanked = blankLiteralsAndComments(query);
    expect(blanked).toHaveLength(query.length);
    expect(blanked).not.toMatch(/USE|SHOW|LOAD/);
  });

  it.each([
    ['LOAD CSV FROM "x" AS l RETURN l', /LOAD CSV/],
    ['load   csv from "x" as l return l', /LOAD CSV/],
    ['USE neo4j MATCH (n) RETURN n', /USE/],
    ['SHOW DATABASES', /SHOW/],
    ['TERMINATE TRANSACTIONS "x"', /TERMINATE/],
    ['GRANT ROLE admin TO bob', /administration/],
    ['MATCH (n) RETURN n; DROP INDEX x', /one statement/],
    ['   ', /empty/],
  ])('refuses %s', (query, reason) => {
    expect(statementRefusal(query)).toMatch(reason);
  });

  it.each(['MATCH (n) RETURN n.use, n.show', 'RETURN "SHOW" AS s;', 'MATCH (n {show: 1}) RETURN n'])('lets %s through', (query) => {
    expect(statementRefusal(query)).toBeNull();
  });
});

describe('expression growth guard', () => {
  const deepReplace = Array.from({ length: 31 }).reduce<string>((text) => `replace(${text}, 'x', 'xx')`, "'x'");
  it.each([
    ['string doubling (issue 11)', "RETURN size(reduce(s = 'x', i IN range(1, 31) | s + s)) AS n", {}, /accumulator s only once/],
    ['list doubling', 'RETURN size(reduce(l = [1], i IN range(1, 40) | l + l)) AS n', {}, /accumulator l only once/],
    ['map doubling', "RETURN reduce(m = {a: 'x'}, i IN range(1, 40) | {a: m.a + m.a, b: m}).a AS n", {}, /accumulator m only once/],
    ['doubling through replace()', "RETURN reduce(s = 'x', i IN range(1, 31) | replace(s, 'x', 'xx')) AS s", {}, /accumulator s/],
    ['doubling through a comprehension', "RETURN reduce(l = ['x'], i IN range(1, 31) | [x IN l | x + x]) AS l", {}, /accumulator l/],
    ['doubling through a nested reduce', "RETURN reduce(s = 'x', i IN range(1, 31) | reduce(t = '', j IN [1, 2] | t + s)) AS s", {}, /accumulator s/],
    ['a quoted accumulator, upper case', "RETURN REDUCE(`s` = 'x', i IN range(1, 31) | `s` + s) AS s", {}, /accumulator s/],
    ['a huge comprehension', 'RETURN size([i IN range(1, 2000000000) | i]) AS n', {}, /alone makes 2,000,000,000/],
    ['a huge range from a parameter', 'RETURN [i IN range(1, $n) | i] AS l', { n: 1_000_000_000 }, /range\(\)/],
    ['nested ranges that multiply', 'RETURN [i IN range(1, 1000) | [j IN range(1, 1000) | j]] AS l', {}, /together with the others/],
    ['a hex range', 'RETURN [i IN range(0, 0x7FFFFFFF) | i] AS l', {}, /range\(\)/],
    ['31 nested doubling replacements', `RETURN size(${deepReplace}) AS n`, {}, /replace\(\)/],
  ])('refuses %s', (_what, query, parameters, reason) => {
    expect(expressionGrowthRefusal(query, parameters)).toMatch(reason);
  });

  it.each([
    'MATCH (n:Person) WITH collect(n.nameEn) AS names RETURN reduce(s = \'\', x IN names | s + x + \', \') AS joined',
    'RETURN reduce(total = 0, x IN [1, 2, 3] | total + x) AS total',
    'MATCH (n) RETURN reduce(s = \'\', m IN collect(n) | s + m.s) AS props, {s: 1} AS map',
    'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n',
    'WITH [1, 2, 3] AS list RETURN [i IN range(0, size(list) - 1) | list[i]] AS copy',
    `RETURN [i IN range(1, ${maxGeneratedElements}) | i] AS l`,
    "MATCH (n:Person) RETURN replace(replace(replace(n.nameEn, 'a', 'b'), 'c', 'd'), ' ', '_') AS name",
    "RETURN 'reduce(s = 1, i IN range(1, 9) | s + s)' AS text // reduce(s = 1, i IN [1] | s + s)",
  ])('lets %s through', (query) => {
    expect(expressionGrowthRefusal(query, {})).toBeNull();
  });
});

describe('plan inspection', () => {
  it('names the procedures a plan calls', () => {
    const plan = operator('ProduceResults', {}, [operator('ProcedureCall@neo4j', { Details: 'db.labels() :: (label :: STRING)' })]);
    expect(calledProcedures(plan)).toEqual(['db.labels']);
    expect(planRefusal('r', plan)).toBeNull();
  });

  it('refuses non-reads, LOAD CSV and procedures outside the list', () => {
    expect(planRefusal('rw', false)).toMatch(/writes/);
    expect(planRefusal('w', false)).toMatch(/writes/);
    expect(planRefusal('s', false)).toMatch(/schema/);
    expect(planRefusal('r', operator('ProduceResults', {}, [operator('LoadCSV@neo4j')]))).toMatch(/LOAD CSV/);
    expect(planRefusal('r', operator('ProcedureCall', { Details: 'dbms.listConfig(…)' }))).toMatch(/dbms\.listConfig/);
  });
});

describe('parameters', () => {
  it('sends whole numbers as Cypher integers, deeply, and leaves the rest', () => {
    const converted = cypherParameters({ n: 3, x: 1.5, list: [1, 'a'], nested: { m: 2 } }) as any;
    expect(neo4j.isInt(converted.n)).toBe(true);
    expect(converted.x).toBe(1.5);
    expect(neo4j.isInt(converted.list[0])).toBe(true);
    expect(converted.list[1]).toBe('a');
    expect(neo4j.isInt(converted.nested.m)).toBe(true);
  });
});
