import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { changesOf, changesOfRequest } from './audit.service.js';
import { Change } from './change.type.js';

@Resolver(() => Change)
export class AuditResolver {
  @Query(() => [Change], { description: 'The audit trail of one node (also after it was deleted), newest first' })
  changes(
    @Arg('entityId', () => ID) entityId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 500' }) first: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return changesOf(ctx.loaders, entityId, first);
  }

  @Query(() => [Change], {
    description: 'What one request changed: after DATABASE_UNAVAILABLE with outcome UNKNOWN, tells whether the change was saved',
  })
  changesOfRequest(@Arg('requestId', () => ID) requestId: string, @Ctx() ctx: GraphQLContext) {
    return changesOfRequest(ctx.db, requestId);
  }
}
