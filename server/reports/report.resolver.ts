import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { BreakdownArgs, BreakdownGroupType, CoverageArgs, CoverageReport, EventParticipantCounts } from './report.type.js';
import { coverageOverTime, participantsPerEvent, participationBreakdown } from './report.service.js';

@Resolver()
export class ReportResolver {
  @Query(() => CoverageReport, { description: 'Municipalities reached per month, quarter or year: first time, again, running share; overall and per oblast or rayon' })
  coverageOverTime(@Args(() => CoverageArgs) args: CoverageArgs, @Ctx() ctx: GraphQLContext) {
    return coverageOverTime(ctx.db, ctx.loaders, args);
  }

  @Query(() => [EventParticipantCounts], { description: 'Each event of a phase with people named, organisations, municipalities reached and the reported count' })
  participantsPerEvent(
    @Arg('phaseId', () => ID) phaseId: string,
    @Arg('since', () => LocalDateResolver, { nullable: true }) since: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return participantsPerEvent(ctx.db, phaseId, since ?? null);
  }

  @Query(() => [BreakdownGroupType], { description: 'Participants by gender, role and kind of institution, overall or per event, rayon or oblast' })
  participationBreakdown(@Args(() => BreakdownArgs) args: BreakdownArgs, @Ctx() ctx: GraphQLContext) {
    return participationBreakdown(ctx.db, args);
  }
}
