import type { TabularResult } from '../analyses/analysis.type.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { BadInputError } from '../errors.js';
import type { RunCypherArgs } from './cypher-console.input.js';
import { planRefusal, type PlanOperator } from './plan-inspection.js';
import { protectedPlanRefusal, protectedTextRefusal } from './protected-data.js';
import { cypherParameters, GraphCollector, jsonValue } from './result-values.js';
import { expressionGrowthRefusal } from './expression-growth-guard.js';
import { nestingRefusal } from './nesting-guard.js';
import { queryNotifications } from './notifications.js';
import { statementRefusal } from './statement-guard.js';

/**
 * Runs an analyst's own Cypher: refused unless it is a single read-only statement (text guard, then the
 * EXPLAIN plan), then run in a READ transaction under a time limit; more rows than the limit is refused
 * rather than cut, so an answer is never silently partial.
 */
export async function runAnalystCypher(db: GraphDatabase, args: RunCypherArgs): Promise<TabularResult> {
  const refusal =
    statementRefusal(args.query) ??
    nestingRefusal(args.query) ??
    protectedTextRefusal(args.query) ??
    expressionGrowthRefusal(args.query, args.parameters ?? {});
  if (refusal) throw new BadInputError('query', refusal);
  const parameters = cypherParameters(args.parameters ?? {}) as Record<string, unknown>;

  return db.readUntrusted(args.timeoutSeconds * 1000, async (tx) => {
    // The analyst's text is the statement itself; EXPLAIN plans it without running it.
    const explained = await tx.run(`EXPLAIN ${args.query}`, parameters);
    const plan = explained.summary.plan as PlanOperator | false;
    const planned = planRefusal(explained.summary.queryType, plan) ?? protectedPlanRefusal(plan);
    const queryType = explained.summary.queryType;
    if (planned) throw new BadInputError('query', planned, queryType === 's' ? { reason: 'SCHEMA_REFUSED' } : queryType !== 'r' ? { reason: 'WRITES_REFUSED' } : undefined);

    const result = tx.run(args.query, parameters);
    const rows: Record<string, unknown>[] = [];
    const collector = new GraphCollector();
    let columns: string[] = [];
    for await (const record of result) {
      if (rows.length === args.rowLimit) {
        throw new BadInputError('rowLimit', `the query returns more than ${args.rowLimit} rows; add LIMIT or raise rowLimit (at most 10000)`, {
          reason: 'ROW_LIMIT',
          params: { limit: args.rowLimit },
        });
      }
      columns = record.keys.map(String);
      rows.push(Object.fromEntries(record.keys.map((key) => [String(key), jsonValue(record.get(key))])));
      record.keys.forEach((key) => collector.add(record.get(key)));
    }
    if (columns.length === 0) columns = (await result.keys()).map(String);
    // Neo4j's notifications (an unknown label, a cartesian product…) explain an empty or slow answer.
    return { columns, rows, graph: collector.graph(), notifications: queryNotifications(await result.summary()) };
  });
}
