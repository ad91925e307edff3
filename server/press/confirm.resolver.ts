import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { PressReleaseConfirmInput } from './confirm.input.js';
import { confirmPressRelease } from './confirm.service.js';
import { PressReleaseConfirmation } from './confirm.type.js';

@Resolver()
export class PressConfirmResolver {
  @Mutation(() => PressReleaseConfirmation, {
    description:
      'Writes a press-release draft, with the editor\'s decisions, into the graph in one transaction: the event (or the one ' +
      'given; found instead of created when the same text, address or event is there), participations with role and represented ' +
      'organisation, new people, organisations and posts, each with the source address and the SHA-256 of the text, and one audit ' +
      'entry. The same release confirmed again writes nothing (alreadyRecorded). Bad input is refused (BAD_USER_INPUT naming the ' +
      'field, e.g. people[2].id) and nothing is written.',
  })
  confirmPressRelease(@Arg('input', () => PressReleaseConfirmInput) input: PressReleaseConfirmInput, @Ctx() ctx: GraphQLContext) {
    return confirmPressRelease(ctx.db, input, ctx.acceptLanguage);
  }
}
