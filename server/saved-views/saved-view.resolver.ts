import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { SaveViewInput } from './saved-view.input.js';
import { deleteView, saveView, savedView, savedViewsOf } from './saved-view.service.js';
import { SavedView } from './saved-view.type.js';

@Resolver(() => SavedView)
export class SavedViewResolver {
  @Query(() => [SavedView], { description: "The caller's saved views of the network explorer, the latest changed first" })
  savedViews(@Arg('first', () => Int, { defaultValue: 100, description: 'At most 500' }) first: number, @Ctx() ctx: GraphQLContext) {
    return savedViewsOf(ctx.db, ctx.principal, first);
  }

  @Query(() => SavedView, { description: "One saved view by its id (a shared link), whoever saved it" })
  savedView(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return savedView(ctx.db, ctx.principal, id);
  }

  @Mutation(() => SavedView, { description: 'Saves the explorer\'s state under a name, or renames / replaces one of your own views' })
  saveView(@Arg('input', () => SaveViewInput) input: SaveViewInput, @Ctx() ctx: GraphQLContext) {
    return saveView(ctx.db, ctx.principal, input);
  }

  @Mutation(() => ID, { description: 'Deletes one of your own saved views; returns its id' })
  deleteView(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return deleteView(ctx.db, ctx.principal, id);
  }
}
