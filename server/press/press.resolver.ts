import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { PressReleaseInput } from './press.input.js';
import { pressReleaseDraft } from './press.service.js';
import { PressReleaseDraft } from './press.type.js';

@Resolver()
export class PressResolver {
  @Query(() => PressReleaseDraft, {
    description:
      'Drafts an event from a press release (Russian, English or Kyrgyz): date, place, participant count, and every ' +
      'organisation, person and territory the text names, with offsets and the graph nodes they may mean. Writes nothing.',
  })
  pressReleaseDraft(@Arg('input', () => PressReleaseInput) input: PressReleaseInput, @Ctx() ctx: GraphQLContext) {
    return pressReleaseDraft(ctx.db, input);
  }
}
