import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { duplicateCandidates } from './duplicate.service.js';
import { DuplicateCandidate, DuplicateKind, MergeResult } from './duplicate.type.js';
import { mergeStakeholders } from './merge.service.js';

@ArgsType()
class DuplicateArgs {
  @Field(() => DuplicateKind)
  kind!: DuplicateKind;

  @Field(() => Int, { defaultValue: 50, description: 'How many pairs, 1 to 500' })
  @Min(1)
  @Max(500)
  first!: number;

  @Field(() => Float, { defaultValue: 0.6, description: 'Leave out pairs scoring below this, 0 to 1' })
  @Min(0)
  @Max(1)
  minScore!: number;
}

@Resolver()
export class DuplicateResolver {
  @Query(() => [DuplicateCandidate], {
    description: 'Likely duplicate people or organisations already in the graph, best first, with score and reason (same name keys as the attendance import)',
  })
  duplicateCandidates(@Args(() => DuplicateArgs) args: DuplicateArgs, @Ctx() ctx: GraphQLContext) {
    return duplicateCandidates(ctx.db, args.kind, args.first, args.minScore);
  }

  @Mutation(() => MergeResult, {
    description:
      'Merges mergeId into keepId (two people or two organisations) in one transaction: every relationship moves to the kept node, ' +
      'names become aliases, and a :Merge record keeps what was merged',
  })
  mergeStakeholders(@Arg('keepId', () => ID) keepId: string, @Arg('mergeId', () => ID) mergeId: string, @Ctx() ctx: GraphQLContext) {
    return mergeStakeholders(ctx.db, keepId, mergeId);
  }
}
