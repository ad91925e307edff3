import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { listAnalyses, runAnalysis } from './analysis.service.js';
import { AnalysisDefinition, RunAnalysisArgs, TabularResult } from './analysis.type.js';

@Resolver()
export class AnalysisResolver {
  @Query(() => [AnalysisDefinition], { description: 'The named analyses, with their parameters' })
  analyses() {
    return listAnalyses();
  }

  @Query(() => TabularResult, { description: 'Runs one named analysis with parameters checked against its definition' })
  runAnalysis(@Args(() => RunAnalysisArgs) args: RunAnalysisArgs, @Ctx() ctx: GraphQLContext) {
    return runAnalysis(ctx.db, args.name, args.parameters ?? {});
  }
}
