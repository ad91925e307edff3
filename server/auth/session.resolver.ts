import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { capabilitiesOf } from './roles.js';
import { Session } from './session.type.js';

@Resolver(() => Session)
export class SessionResolver {
  @Query(() => Session, { description: 'The caller and what their role may do (answered without touching the database)' })
  session(@Ctx() ctx: GraphQLContext): Session {
    const { id, role, authenticated, name, session } = ctx.principal;
    const signedInWith = session ? 'session' : !authenticated ? 'none' : id.startsWith('key:') ? 'apiKey' : 'token';
    return { id, role, authenticated, capabilities: [...capabilitiesOf(role)], name: name ?? null, signedInWith };
  }
}
