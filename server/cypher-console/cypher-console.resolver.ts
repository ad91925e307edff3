import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { TabularResult } from '../analyses/analysis.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { RunCypherArgs } from './cypher-console.input.js';
import { runAnalystCypher } from './cypher-console.service.js';
import { graphSchema } from './graph-schema.js';
import { GraphSchema } from './graph-schema.type.js';

@Resolver()
export class CypherConsoleResolver {
  @Query(() => TabularResult, {
    description:
      'Runs your own read-only Cypher with parameters: one statement, in a READ transaction, under a time and row limit. Writes, schema changes, LOAD CSV, USE, SHOW and procedures outside a short read-only list are refused.',
  })
  runCypher(@Args(() => RunCypherArgs) args: RunCypherArgs, @Ctx() ctx: GraphQLContext) {
    return runAnalystCypher(ctx.db, args);
  }

  @Query(() => GraphSchema, {
    description: 'Labels, relationship types and properties with counts, for writing Cypher; the audit trail the console withholds is left out. Counts are kept for 30 seconds.',
  })
  graphSchema(@Ctx() ctx: GraphQLContext) {
    return graphSchema(ctx.db);
  }
}
