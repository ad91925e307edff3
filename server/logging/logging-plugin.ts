import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { logger } from './logger.js';

/**
 * One log line per GraphQL request and per error, each with the request id; the id is also sent back on
 * every error (`extensions.requestId`) and as the `x-request-id` header, so a user's report can be matched
 * to the server's log.
 */
export function loggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const log = logger.child({ requestId: contextValue.requestId, clientRequestId: contextValue.clientRequestId, actor: contextValue.principal.id });
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const code = original instanceof GraphQLError ? original.extensions.code : undefined;
            if (code) log.info({ code, path: error.path, message: error.message }, 'request refused');
            else log.error({ err: original, path: error.path }, 'unexpected error');
          }
        },
        async willSendResponse({ response }) {
          response.http.headers.set('x-request-id', contextValue.requestId);
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
              ...e,
              extensions: { ...e.extensions, requestId: contextValue.requestId },
            }));
          }
          log.info(
            {
              operation: request.operationName ?? null,
              ms: Number(process.hrtime.bigint() - started) / 1e6,
              roundTrips: contextValue.db.roundTrips,
              errors: response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
