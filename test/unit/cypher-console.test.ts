import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
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
