import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context.js';
import { formatError } from './format-error.js';
import { graphQLSchema } from './schema.js';

export async function createApolloServer(plugins: ApolloServerPlugin<GraphQLContext>[] = []): Promise<ApolloServer<GraphQLContext>> {
  return new ApolloServer<GraphQLContext>({
    schema: await graphQLSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins,
  });
}
