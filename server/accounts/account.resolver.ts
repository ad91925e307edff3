import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { UpdateUserInput, InviteUserInput } from './account.input.js';
import { inviteAccount, issueAccountLink, listAccounts, updateAccount } from './account.service.js';
import { AccountLink, UserAccount } from './account.type.js';

/** Admins manage accounts; every change is audited by the service. */
@Resolver(() => UserAccount)
export class AccountResolver {
  @Query(() => [UserAccount], { description: 'Every account, newest first, with status and last sign-in' })
  users(@Arg('first', () => Int, { defaultValue: 500, description: 'At most 1000' }) first: number, @Ctx() ctx: GraphQLContext) {
    return listAccounts(ctx.db, first);
  }

  @Mutation(() => AccountLink, { description: 'Creates an account and returns its one-time link to set a password' })
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() ctx: GraphQLContext) {
    return inviteAccount(ctx.db, ctx.accountSettings, input);
  }

  @Mutation(() => AccountLink, { description: 'A new one-time link for an account (a password reset, or a new invitation); earlier links stop working' })
  issuePasswordReset(@Arg('userId', () => ID) userId: string, @Ctx() ctx: GraphQLContext) {
    return issueAccountLink(ctx.db, ctx.accountSettings, userId);
  }

  @Mutation(() => UserAccount, { description: 'Changes an account\'s role or status; disabling ends its sessions at once' })
  updateUser(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: GraphQLContext) {
    return updateAccount(ctx.db, id, input);
  }
}
