import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Deletion } from '../common/deletion.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { AddParticipationInput, UpdateParticipationInput } from './participation.input.js';
import { addParticipation, deleteParticipation, updateParticipation } from './participation.service.js';
import { Participation } from './participation.type.js';

@Resolver(() => Participation)
export class ParticipationResolver {
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
