/**
 * Second line of defence: the EXPLAIN plan of analyst-written Cypher. Neo4j reports whether a statement
 * reads, writes or changes the schema; anything but a pure read is refused before it runs, and so is any
 * procedure call outside a short list of read-only catalogue and search procedures.
 */
export const allowedProcedures = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

export interface PlanOperator {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

function operators(plan: PlanOperator): PlanOperator[] {
  return [plan, ...plan.children.flatMap(operators)];
}

/** Procedure names called by a plan, e.g. "db.labels". */
export function calledProcedures(plan: PlanOperator): string[] {
  return operators(plan)
    .filter((operator) => operator.operatorType.startsWith('ProcedureCall'))
    .map((operator) => String(operator.arguments.Details ?? operator.arguments.Signature ?? ''))
    .map((details) => /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? details);
}

/** Why the planned query is refused, or null when it is a plain read. */
export function planRefusal(queryType: string | undefined, plan: PlanOperator | false | undefined): string | null {
  if (queryType !== 'r') {
    return queryType === 's'
      ? 'schema and administration operations are not allowed'
      : 'writes are not allowed: analyst queries are read-only';
  }
  if (!plan) return null;
  if (operators(plan).some((operator) => operator.operatorType.startsWith('LoadCSV'))) return 'LOAD CSV (reading files or URLs) is not allowed';
  const refused = calledProcedures(plan).filter((name) => !allowedProcedures.has(name));
  if (refused.length > 0) return `procedure ${refused[0]} is not allowed (allowed: ${[...allowedProcedures].join(', ')})`;
  return null;
}
