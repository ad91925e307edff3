import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { changesOf } from './audit.service.js';
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
}
