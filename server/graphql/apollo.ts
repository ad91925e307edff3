import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { authorizationPlugin } from '../auth/authorization.js';
import { assertPolicyCoversSchema } from '../auth/policy.js';
import { loggingPlugin } from '../logging/logging-plugin.js';
import type { GraphQLContext } from './context.js';
import { formatError } from './format-error.js';
import { costOfCappedPageSizes } from './page-size-cost.js';
import { graphQLSchema } from './schema.js';

export interface ApolloOptions {
  production: boolean;
  plugins?: ApolloServerPlugin<GraphQLContext>[];
}

/**
 * Limits on what one request may ask for, refused during validation (before anything runs): nesting depth,
 * aliases, tokens, directives and an overall cost. Page sizes are capped by each field's own arguments.
 */
export const requestLimits = { maxDepth: 10, maxAliases: 30, maxTokens: 4000, maxDirectives: 20, maxCost: 100_000 };

export async function createApolloServer(options: ApolloOptions = { production: false }): Promise<ApolloServer<GraphQLContext>> {
  const armor = new ApolloArmor({
    maxDepth: { n: requestLimits.maxDepth },
    maxAliases: { n: requestLimits.maxAliases },
    // Token counting is left to graphql-js's parser (parseOptions below), which reports a proper parse error.
    maxTokens: { enabled: false },
    maxDirectives: { n: requestLimits.maxDirectives },
    // Run below on capped page sizes (page-size-cost.ts), so that a too-large page is refused as such.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.production },
  });
  const protection = armor.protect();
  const costOnly = new ApolloArmor({
    costLimit: { maxCost: requestLimits.maxCost },
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const schema = await graphQLSchema();
  // Deny by default: a field without an access rule (or a rule for a field that is gone) stops the start.
  assertPolicyCoversSchema(schema);
  return new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    // server/main.ts owns SIGINT/SIGTERM (finish requests, close the driver, stop Neo4j); Apollo's own
    // handler racing it left shutdown hanging.
    stopOnTerminationSignals: false,
    // One operation per HTTP request: batched arrays are refused.
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: requestLimits.maxTokens },
    validationRules: [...protection.validationRules, ...costOnly.validationRules.map(costOfCappedPageSizes)],
    plugins: [
      // No cache hints are used; the default plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      loggingPlugin(),
      ...(protection.plugins as ApolloServerPlugin<GraphQLContext>[]),
      authorizationPlugin(),
      ...(options.plugins ?? []),
    ],
  });
}
