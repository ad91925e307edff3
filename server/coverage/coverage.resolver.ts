import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { whoDoesWhatWhere } from '../exports/who-does-what-where.service.js';
import { TableDownload } from '../exports/table-download.type.js';
import { CoverageArgs, ProgrammeOverlapArgs, WhoDoesWhatWhereArgs } from './coverage.input.js';
import { checkProgrammeIds } from './coverage-scope.js';
import { readCoverage } from './coverage.service.js';
import { MunicipalityCoverage, ProgrammeOverlapRow } from './coverage.type.js';
import { programmeOverlap } from './programme-overlap.js';

const scopeOf = (args: CoverageArgs) => ({ programmeIds: checkProgrammeIds(args.programmeIds), territoryId: args.territoryId, since: args.since ?? null });

@Resolver()
export class CoverageResolver {
  @Query(() => [MunicipalityCoverage], { description: 'Every municipality in a territory with the programmes that reach it, and through what' })
  async coverageByProgramme(@Args(() => CoverageArgs) args: CoverageArgs, @Ctx() ctx: GraphQLContext) {
    return (await readCoverage(ctx.db, ctx.loaders, scopeOf(args))).municipalities;
  }

  @Query(() => [ProgrammeOverlapRow], { description: 'Per rayon or oblast: how many programmes reach its municipalities, and programmes located at area level' })
  async programmeOverlap(@Args(() => ProgrammeOverlapArgs) args: ProgrammeOverlapArgs, @Ctx() ctx: GraphQLContext) {
    return programmeOverlap(await readCoverage(ctx.db, ctx.loaders, scopeOf(args)), args.groupBy);
  }

  @Query(() => TableDownload, { description: 'The "who does what where" (3W) table with its HXL hashtag row, as CSV or XLSX' })
  whoDoesWhatWhere(@Args(() => WhoDoesWhatWhereArgs) args: WhoDoesWhatWhereArgs, @Ctx() ctx: GraphQLContext) {
    return whoDoesWhatWhere(ctx.db, ctx.loaders, { ...args, programmeIds: checkProgrammeIds(args.programmeIds) });
  }
}
