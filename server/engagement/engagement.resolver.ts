import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { EngagementSummaryArgs, ProgrammeEngagementArgs } from './engagement.input.js';
import { engagementSummary, municipalityEngagement, unengagedMunicipalities } from './engagement.service.js';
import { EngagementSummaryRow, MunicipalityEngagement, MunicipalityEngagementList } from './engagement.type.js';

@Resolver()
export class EngagementResolver {
  @Query(() => [MunicipalityEngagement], { description: 'Every municipality in a territory and whether it engaged in a phase' })
  municipalityEngagement(@Args(() => ProgrammeEngagementArgs) args: ProgrammeEngagementArgs, @Ctx() ctx: GraphQLContext) {
    return municipalityEngagement(ctx.db, ctx.loaders, args);
  }

  @Query(() => MunicipalityEngagementList, { description: "Municipalities not reached by a phase, a set of programmes or any programme (since a date), by oblast and rayon" })
  async unengagedMunicipalities(@Args(() => ProgrammeEngagementArgs) args: ProgrammeEngagementArgs, @Ctx() ctx: GraphQLContext) {
    const items = await unengagedMunicipalities(ctx.db, ctx.loaders, args);
    return { totalCount: items.length, items };
  }

  @Query(() => [EngagementSummaryRow], { description: 'Engaged and not engaged municipalities per oblast or rayon' })
  engagementSummary(@Args(() => EngagementSummaryArgs) args: EngagementSummaryArgs, @Ctx() ctx: GraphQLContext) {
    return engagementSummary(ctx.db, ctx.loaders, args);
  }
}
