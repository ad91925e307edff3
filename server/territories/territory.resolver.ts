import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { findEntity } from '../common/entities.service.js';
import { EntityType } from '../common/named-entity.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.type.js';
import { TerritoryListArgs } from './territory.input.js';
import { listTerritories } from './territory.service.js';
import { Territory, TerritoryPage } from './territory.type.js';

@Resolver(() => Territory)
export class TerritoryResolver {
  @Query(() => TerritoryPage, { description: 'Administrative units, filtered and paged, in SOATE order' })
  territories(@Args(() => TerritoryListArgs) args: TerritoryListArgs, @Ctx() ctx: GraphQLContext) {
    return listTerritories(ctx.db, args);
  }

  @Query(() => Territory, { nullable: true, description: 'A unit by its SOATE code' })
  territory(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return findEntity<Territory>(ctx.loaders, EntityType.TERRITORY, id);
  }

  @FieldResolver(() => Territory, { nullable: true, description: 'The unit it is part of' })
  parent(@Root() territory: Territory, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one<Territory>('territory/parent', territory.id);
  }

  @FieldResolver(() => [Territory], { description: 'Units directly inside it' })
  children(@Root() territory: Territory, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Territory>('territory/children', territory.id);
  }

  @FieldResolver(() => [Organisation], { description: 'The administration or municipality governing it' })
  governedBy(@Root() territory: Territory, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Organisation>('territory/governing-organisations', territory.id);
  }
}
