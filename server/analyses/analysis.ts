import type { GraphDatabase } from '../db/graph-database.js';
import type { ParameterValues } from './analysis-parameters.js';
import type { AnalysisDefinition, TabularResult } from './analysis.type.js';

/** A named analysis: its definition (shown to analysts) and how to run it. */
export interface Analysis {
  definition: AnalysisDefinition;
  run(db: GraphDatabase, parameters: ParameterValues): Promise<TabularResult>;
}

/** An analysis answered by one Cypher file, `cypher/queries/analysis/<name>.cypher`, its rows returned as they are. */
export function cypherAnalysis(definition: AnalysisDefinition, toCypherParameters: (p: ParameterValues) => Record<string, unknown> = (p) => p): Analysis {
  return {
    definition,
    async run(db, parameters) {
      const rows = await db.read(`analysis/${definition.name}`, toCypherParameters(parameters));
      return { columns: definition.columns, rows, graph: null };
    },
  };
}
