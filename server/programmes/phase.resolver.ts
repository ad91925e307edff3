import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { findEntity } from '../common/entities.service.js';
import { EntityType } from '../common/named-entity.type.js';
import { Event } from '../events/event.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.type.js';
import { Phase, Programme } from './programme.type.js';

@Resolver(() => Phase)
export class PhaseResolver {
  @Query(() => Phase, { nullable: true })
  phase(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return findEntity<Phase>(ctx.loaders, EntityType.PHASE, id);
  }

  @FieldResolver(() => Programme, { nullable: true })
  programme(@Root() phase: Phase, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one<Programme>('phase/programme', phase.id);
  }

  @FieldResolver(() => [Event], { description: 'Events of the phase by date' })
  events(@Root() phase: Phase, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Event>('phase/events', phase.id);
  }

  @FieldResolver(() => [Organisation], { description: 'Municipalities named as partners of the phase' })
  partnerMunicipalities(@Root() phase: Phase, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Organisation>('phase/partner-municipalities', phase.id);
  }
}
