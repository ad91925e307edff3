import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Deletion } from '../common/deletion.type.js';
import { findEntity } from '../common/entities.service.js';
import { EntityType } from '../common/named-entity.type.js';
import { changesOf } from '../audit/audit.service.js';
import { Change } from '../audit/change.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Participation } from '../participations/participation.type.js';
import { Position, PositionKind } from '../positions/position.type.js';
import { Territory } from '../territories/territory.type.js';
import { CreateOrganisationInput, OrganisationListArgs, UpdateOrganisationInput } from './organisation.input.js';
import { createOrganisation, deleteOrganisation, listOrganisations, updateOrganisation } from './organisation.service.js';
import { Organisation, OrganisationPage } from './organisation.type.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationPage, { description: 'Organisations, filtered and paged' })
  organisations(@Args(() => OrganisationListArgs) args: OrganisationListArgs, @Ctx() ctx: GraphQLContext) {
    return listOrganisations(ctx.db, args);
  }

  @Query(() => Organisation, { nullable: true })
  organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return findEntity<Organisation>(ctx.loaders, EntityType.ORGANISATION, id);
  }

  @FieldResolver(() => Territory, { nullable: true, description: 'The territory it governs' })
  territory(@Root() organisation: Organisation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.one<Territory>('organisation/governed-territories', organisation.id);
  }

  @FieldResolver(() => [Participation], { description: 'Events it took part in, newest first' })
  participations(@Root() organisation: Organisation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Participation>('participation/by-participant', organisation.id);
  }

  @FieldResolver(() => [Position], { description: 'Posts in it and who holds or held them' })
  positions(@Root() organisation: Organisation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Position>('position/by-organisation', organisation.id);
  }

  @FieldResolver(() => [Position], { description: 'Who held its posts on a day, e.g. who headed it (kinds: [HEAD]); see Position for how dates count' })
  postHolders(
    @Root() organisation: Organisation,
    @Arg('on', () => LocalDateResolver) on: string,
    @Arg('kinds', () => [PositionKind], { nullable: true }) kinds: PositionKind[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.loaders.many<Position>('position/holders-on-date', organisation.id, { on, kinds: kinds?.length ? kinds : null });
  }

  @FieldResolver(() => [Organisation], { description: 'Consortia it is a member of' })
  memberOf(@Root() organisation: Organisation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Organisation>('organisation/member-of', organisation.id);
  }

  @FieldResolver(() => [Organisation], { description: 'Its members, for a consortium' })
  members(@Root() organisation: Organisation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Organisation>('organisation/members', organisation.id);
  }

  @FieldResolver(() => [Change], { description: 'Its audit trail, newest first' })
  changes(@Root() organisation: Organisation, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: GraphQLContext) {
    return changesOf(ctx.loaders, organisation.id, first);
  }

  @Mutation(() => Organisation)
  createOrganisation(@Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput, @Ctx() ctx: GraphQLContext) {
    return createOrganisation(ctx.db, input);
  }

  @Mutation(() => Organisation)
  updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return updateOrganisation(ctx.db, id, input);
  }

  @Mutation(() => Deletion, { description: 'Deletes the organisation and its links' })
  deleteOrganisation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return deleteOrganisation(ctx.db, id);
  }
}
