import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { ApiKey, CreatedApiKey } from './api-key.type.js';
import { apiKeys, createApiKey, revokeApiKey } from './api-key.service.js';
import { Role } from './roles.js';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: 'API keys created by admins, newest first, revoked ones included' })
  apiKeys(@Arg('first', () => Int, { defaultValue: 200, description: 'At most 1000' }) first: number, @Ctx() ctx: GraphQLContext) {
    return apiKeys(ctx.db, first);
  }

  @Mutation(() => CreatedApiKey, { description: 'Creates a named API key with a role; the key is in the answer only' })
  createApiKey(@Arg('name', () => String) name: string, @Arg('role', () => Role) role: Role, @Ctx() ctx: GraphQLContext) {
    return createApiKey(ctx.db, { name, role });
  }

  @Mutation(() => ApiKey, { description: 'Stops an API key from being accepted: at once on this server, within seconds on others' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return revokeApiKey(ctx.db, id);
  }
}
