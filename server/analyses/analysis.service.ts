import type { GraphDatabase } from '../db/graph-database.js';
import { BadInputError } from '../errors.js';
import { resolveParameters } from './analysis-parameters.js';
import type { AnalysisDefinition, TabularResult } from './analysis.type.js';
import { analyses } from './catalogue.js';

export function listAnalyses(): AnalysisDefinition[] {
  return analyses.map((analysis) => analysis.definition);
}

export async function runAnalysis(db: GraphDatabase, name: string, given: Record<string, unknown>): Promise<TabularResult> {
  const analysis = analyses.find((candidate) => candidate.definition.name === name);
  if (!analysis) throw new BadInputError('name', `no analysis "${name}"; known: ${listAnalyses().map((a) => a.name).join(', ')}`);
  return analysis.run(db, resolveParameters(analysis.definition.parameters, given));
}
