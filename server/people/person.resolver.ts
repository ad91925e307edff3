import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Deletion } from '../common/deletion.type.js';
import { findEntity } from '../common/entities.service.js';
import { EntityType } from '../common/named-entity.type.js';
import { changesOf } from '../audit/audit.service.js';
import { Change } from '../audit/change.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { contactSeal } from '../privacy/contact-seal.js';
import { Participation } from '../participations/participation.type.js';
import { Position } from '../positions/position.type.js';
import { CreatePersonInput, PersonListArgs, UpdatePersonInput } from './person.input.js';
import { createPerson, deletePerson, listPeople, updatePerson } from './person.service.js';
import { Person, PersonPage } from './person.type.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonPage, { description: 'People, filtered and paged' })
  people(@Args(() => PersonListArgs) args: PersonListArgs, @Ctx() ctx: GraphQLContext) {
    return listPeople(ctx.db, args);
  }

  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return findEntity<Person>(ctx.loaders, EntityType.PERSON, id);
  }

  @FieldResolver(() => [Position], { description: 'Posts held, newest first' })
  positions(@Root() person: Person, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Position>('position/by-person', person.id);
  }

  @FieldResolver(() => [Participation], { description: 'Events taken part in, newest first' })
  participations(@Root() person: Person, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many<Participation>('participation/by-participant', person.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Phone number as +996…, from attendance sheets; personal data (editors and admins)' })
  phone(@Root() person: Person) {
    return contactSeal().open('phone', person.phone);
  }

  @FieldResolver(() => [Change], { description: 'Its audit trail, newest first' })
  changes(@Root() person: Person, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: GraphQLContext) {
    return changesOf(ctx.loaders, person.id, first);
  }

  @Mutation(() => Person)
  createPerson(@Arg('input', () => CreatePersonInput) input: CreatePersonInput, @Ctx() ctx: GraphQLContext) {
    return createPerson(ctx.db, input);
  }

  @Mutation(() => Person)
  updatePerson(@Arg('id', () => ID) id: string, @Arg('input', () => UpdatePersonInput) input: UpdatePersonInput, @Ctx() ctx: GraphQLContext) {
    return updatePerson(ctx.db, id, input);
  }

  @Mutation(() => Deletion, { description: 'Deletes the person with their posts and participations' })
  deletePerson(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return deletePerson(ctx.db, id);
  }
}
