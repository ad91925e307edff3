import type { ApolloServerPlugin } from '@apollo/server';

const statusOfRefusal: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * A request refused before it executes (the authorization plugin throws in didResolveOperation) has no
 * status of its own, and Apollo answers 500 for it. Here such a response gets 401 or 403 by its code.
 * Refusals inside execution keep 200: their response carries data, as GraphQL over HTTP expects.
 */
export function refusalStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || response.body.singleResult.data !== undefined) return;
          const code = response.body.singleResult.errors?.[0]?.extensions?.code;
          const status = typeof code === 'string' ? statusOfRefusal[code] : undefined;
          if (status) response.http.status = status;
        },
      };
    },
  };
}
