import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Deletion } from '../common/deletion.type.js';
import { EntityType } from '../common/named-entity.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Position } from '../positions/position.type.js';
import { AddParticipationInput, UpdateParticipationInput } from './participation.input.js';
import { addParticipation, deleteParticipation, updateParticipation } from './participation.service.js';
import { Participation } from './participation.type.js';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Position, {
    nullable: true,
    description: 'For a person: the post they held on the day of the event (in the organisation they represented, if they held one there)',
  })
  positionHeld(@Root() participation: Participation, @Ctx() ctx: GraphQLContext) {
    if (participation.participant.entityType !== EntityType.PERSON) return null;
    return ctx.loaders.one<Position>('position/held-at-participations', participation.id);
  }

  @Mutation(() => Participation, { description: 'Records that a person or organisation took part in an event' })
  addParticipation(@Arg('input', () => AddParticipationInput) input: AddParticipationInput, @Ctx() ctx: GraphQLContext) {
    return addParticipation(ctx.db, input);
  }

  @Mutation(() => Participation)
  updateParticipation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateParticipationInput) input: UpdateParticipationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return updateParticipation(ctx.db, id, input);
  }

  @Mutation(() => Deletion)
  deleteParticipation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return deleteParticipation(ctx.db, id);
  }
}
