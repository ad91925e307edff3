import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { RevokedToken } from './revoked-token.type.js';
import { revokedTokens, revokeToken } from './token-revocation.service.js';

@Resolver(() => RevokedToken)
export class TokenRevocationResolver {
  @Mutation(() => RevokedToken, {
    description: 'Stops a sign-in token from being accepted, by its id (jti); at once on this server, within seconds on others',
  })
  revokeToken(@Arg('id', () => String) id: string, @Ctx() ctx: GraphQLContext) {
    return revokeToken(ctx.db, id);
  }

  @Query(() => [RevokedToken], { description: 'Revoked sign-in tokens, the latest first' })
  revokedTokens(@Arg('first', () => Int, { defaultValue: 100, description: 'At most 1000' }) first: number, @Ctx() ctx: GraphQLContext) {
    return revokedTokens(ctx.db, first);
  }
}
