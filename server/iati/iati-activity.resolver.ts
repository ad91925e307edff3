import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.type.js';
import { Phase, Programme } from '../programmes/programme.type.js';
import { Territory } from '../territories/territory.type.js';
import { ActivityBudget } from './iati-import.type.js';

/**
 * What IATI files add to programmes and phases, for both: each field is one batched query per request
 * (server/graphql/batch-loaders.ts), however many programmes or phases the request lists.
 */
function iatiActivityResolver(type: typeof Programme | typeof Phase) {
  @Resolver(() => type)
  class IatiActivityResolver {
    @FieldResolver(() => [String], { description: 'Sectors as "<vocabulary>:<code>" (vocabulary 1 = OECD DAC 5-digit), from IATI files' })
    sectors(@Root() activity: { sectors?: string[] | null }) {
      return activity.sectors ?? [];
    }

    @FieldResolver(() => [ActivityBudget], { description: 'Budgets from IATI files, by period' })
    budgets(@Root() activity: { id: string }, @Ctx() ctx: GraphQLContext) {
      return ctx.loaders.many<ActivityBudget>('iati/budgets', activity.id);
    }

    @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that reported the activity to IATI' })
    reportingOrganisation(@Root() activity: { id: string }, @Ctx() ctx: GraphQLContext) {
      return ctx.loaders.one<Organisation>('iati/reporting-organisations', activity.id);
    }

    @FieldResolver(() => [Organisation], { description: 'Extending organisations (IATI participating-org role 3)' })
    extendingOrganisations(@Root() activity: { id: string }, @Ctx() ctx: GraphQLContext) {
      return ctx.loaders.many<Organisation>('iati/extending-organisations', activity.id);
    }

    @FieldResolver(() => [Organisation], { description: 'Accountable organisations (IATI participating-org role 2)' })
    accountableOrganisations(@Root() activity: { id: string }, @Ctx() ctx: GraphQLContext) {
      return ctx.loaders.many<Organisation>('iati/accountable-organisations', activity.id);
    }

    @FieldResolver(() => [Territory], { description: 'Territories its IATI locations, recipient regions and recipient country name (ACTIVE_IN)' })
    activeIn(@Root() activity: { id: string }, @Ctx() ctx: GraphQLContext) {
      return ctx.loaders.many<Territory>('iati/active-in', activity.id);
    }
  }
  return IatiActivityResolver;
}

export const ProgrammeIatiResolver = iatiActivityResolver(Programme);
export const PhaseIatiResolver = iatiActivityResolver(Phase);
