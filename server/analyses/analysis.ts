import type { GraphDatabase } from '../db/graph-database.js';
import type { ParameterValues } from './analysis-parameters.js';
import type { AnalysisDefinition, RowShortfall, TabularResult } from './analysis.type.js';

/** A named analysis: its definition (shown to analysts) and how to run it. */
export interface Analysis {
  definition: AnalysisDefinition;
  run(db: GraphDatabase, parameters: ParameterValues): Promise<TabularResult>;
}

/** How an analysis says why it returned fewer rows than its parameters asked for (null: it did not). */
export type ShortfallOf = (parameters: ParameterValues, rows: readonly Record<string, unknown>[]) => RowShortfall | null;

/** An analysis answered by one Cypher file, `cypher/queries/analysis/<name>.cypher`, its rows returned as they are. */
export function cypherAnalysis(definition: AnalysisDefinition, shortfallOf: ShortfallOf = () => null): Analysis {
  return {
    definition,
    async run(db, parameters) {
      const rows = await db.read(`analysis/${definition.name}`, parameters);
      return { columns: definition.columns, rows, graph: null, shortfall: shortfallOf(parameters, rows) };
    },
  };
}
