import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { TabularResult } from '../analyses/analysis.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { RunCypherArgs } from './cypher-console.input.js';
import { runAnalystCypher } from './cypher-console.service.js';

@Resolver()
export class CypherConsoleResolver {
  @Query(() => TabularResult, {
    description:
      'Runs your own read-only Cypher with parameters: one statement, in a READ transaction, under a time and row limit. Writes, schema changes, LOAD CSV, USE, SHOW and procedures outside a short read-only list are refused.',
  })
  runCypher(@Args(() => RunCypherArgs) args: RunCypherArgs, @Ctx() ctx: GraphQLContext) {
    return runAnalystCypher(ctx.db, args);
  }
}
