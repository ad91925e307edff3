import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Deletion } from '../common/deletion.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { AddPositionInput, UpdatePositionInput } from './position.input.js';
import { addPosition, deletePosition, updatePosition } from './position.service.js';
import { Position } from './position.type.js';

@Resolver(() => Position)
export class PositionResolver {
  @Mutation(() => Position, { description: 'Records a post a person holds or held in an organisation' })
  addPosition(@Arg('input', () => AddPositionInput) input: AddPositionInput, @Ctx() ctx: GraphQLContext) {
    return addPosition(ctx.db, input);
  }

  @Mutation(() => Position)
  updatePosition(@Arg('id', () => ID) id: string, @Arg('input', () => UpdatePositionInput) input: UpdatePositionInput, @Ctx() ctx: GraphQLContext) {
    return updatePosition(ctx.db, id, input);
  }

  @Mutation(() => Deletion)
  deletePosition(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return deletePosition(ctx.db, id);
  }
}
