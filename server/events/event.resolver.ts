import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Deletion } from '../common/deletion.type.js';
import { findEntity } from '../common/entities.service.js';
import { EntityType } from '../common/named-entity.type.js';
import { changesOf } from '../audit/audit.service.js';
import { Change } from '../audit/change.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { fieldsSelectedUnderAny, selectsAnyOf } from '../graphql/selection.js';
import { Organisation } from '../organisations/organisation.type.js';
import { Participation } from '../participations/participation.type.js';
import { Phase } from '../programmes/programme.type.js';
import { Territory } from '../territories/territory.type.js';
import { CreateEventInput, EventListArgs, UpdateEventInput } from './event.input.js';
import { createEvent, deleteEvent, listEvents, updateEvent } from './event.service.js';
import { loadEventDetail, type EventDetail } from './event-detail.js';
import { Event, EventPage } from './event.type.js';

const DETAIL_FIELDS = new Set(['phase', 'heldIn', 'hosts', 'participants', 'namedParticipantCount', 'participatingOrganisationCount']);
/** Participation fields whose selections decide which properties of participants `event/detail` reads. */
const PARTICIPANT_FIELDS = ['participant', 'representing'];

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventPage, { description: 'Events, newest first, filtered and paged' })
  events(@Args(() => EventListArgs) args: EventListArgs, @Ctx() ctx: GraphQLContext) {
    return listEvents(ctx.db, args);
  }

  @Query(() => Event, { nullable: true })
  async event(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    // An event page (the event with its phase, place or participants) is one query; the event alone is another.
    if (selectsAnyOf(info, DETAIL_FIELDS)) return (await this.detailOf(id, ctx, info))?.event ?? null;
    return findEntity<Event>(ctx.loaders, EntityType.EVENT, id);
  }

  @FieldResolver(() => Phase, { nullable: true })
  async phase(@Root() event: Event, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return (await this.detailOf(event.id, ctx, info))?.phase ?? null;
  }

  @FieldResolver(() => Territory, { nullable: true, description: 'Where it took place' })
  async heldIn(@Root() event: Event, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return (await this.detailOf(event.id, ctx, info))?.heldIn ?? null;
  }

  @FieldResolver(() => [Organisation], { description: 'Who hosted it' })
  async hosts(@Root() event: Event, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return (await this.detailOf(event.id, ctx, info))?.hosts ?? [];
  }

  @FieldResolver(() => [Participation], { description: 'Who took part: people first, then organisations' })
  participants(@Root() event: Event, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return this.participationsOf(event, ctx, info);
  }

  @FieldResolver(() => Int, { description: 'People named as participants (compare reportedParticipantCount)' })
  async namedParticipantCount(@Root() event: Event, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return (await this.participationsOf(event, ctx, info)).filter((p) => p.participant.entityType === EntityType.PERSON).length;
  }

  @FieldResolver(() => Int, { description: 'Organisations recorded as taking part in their own right' })
  async participatingOrganisationCount(@Root() event: Event, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return (await this.participationsOf(event, ctx, info)).filter((p) => p.participant.entityType === EntityType.ORGANISATION).length;
  }

  @FieldResolver(() => [Change], { description: 'Its audit trail, newest first' })
  changes(@Root() event: Event, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: GraphQLContext) {
    return changesOf(ctx.loaders, event.id, first);
  }

  @Mutation(() => Event)
  createEvent(@Arg('input', () => CreateEventInput) input: CreateEventInput, @Ctx() ctx: GraphQLContext) {
    return createEvent(ctx.db, input);
  }

  @Mutation(() => Event)
  updateEvent(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateEventInput) input: UpdateEventInput, @Ctx() ctx: GraphQLContext) {
    return updateEvent(ctx.db, id, input);
  }

  @Mutation(() => Deletion, { description: 'Deletes the event with its participations' })
  deleteEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return deleteEvent(ctx.db, id);
  }

  private detailOf(id: string, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<EventDetail | null> {
    return loadEventDetail(ctx.loaders, id, fieldsSelectedUnderAny(info, PARTICIPANT_FIELDS));
  }

  private async participationsOf(event: Event, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<Participation[]> {
    return ((await this.detailOf(event.id, ctx, info))?.participants ?? []).map((participation) => ({ ...participation, event }));
  }
}
