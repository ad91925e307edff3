import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { findEntity } from '../common/entities.service.js';
import { EntityType } from '../common/named-entity.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.type.js';
import { listProgrammes } from './programme.service.js';
import { Phase, Programme } from './programme.type.js';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => [Programme])
  programmes(@Ctx() ctx: GraphQLContext) {
    return listProgrammes(ctx.db);
  }

  @Query(() => Programme, { nullable: true })
  programme(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return findEntity<Programme>(ctx.loaders, EntityType.PROGRAMME, id);
  }

  @FieldResolver(() => [Phase])
  phases(@Root() programme: Programme, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Phase>('programme/phases', programme.id);
  }

  @FieldResolver(() => [Organisation], { description: 'Donors and donor agencies' })
  funders(@Root() programme: Programme, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Organisation>('programme/funders', programme.id);
  }

  @FieldResolver(() => [Organisation], { description: 'Who implements it (e.g. a consortium)' })
  implementers(@Root() programme: Programme, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Organisation>('programme/implementers', programme.id);
  }
}
