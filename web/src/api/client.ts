/** The only way the page talks to the server: GraphQL over HTTP POST, with errors turned into one type. */

export type ApiErrorKind = 'network' | 'http' | 'graphql';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    readonly code?: string,
    /** The error's other extensions: the field, a reason code and its parameters, for wording it in the reader's language. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface GraphQLClient {
  request<T>(operation: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T>;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * A client for the API at `endpoint` (the page uses `graphql` next to itself: the same server and port).
 * With a token, requests carry `Authorization: Bearer <token>`; without, they are anonymous.
 */
export function createClient(endpoint: string | URL, fetchImpl: typeof fetch = (...args) => fetch(...args), token: string | null = null): GraphQLClient {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return {
    async request<T>(operation: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
      let response: Response;
      try {
        response = await fetchImpl(endpoint, {
          method: 'POST',
          headers,
          // The operation's name goes along, so server logs say which question was asked.
          body: JSON.stringify({ query: operation, variables, operationName: /^\s*(?:query|mutation)\s+(\w+)/.exec(operation)?.[1] }),
          signal,
        });
      } catch (error) {
        if (isAbort(error)) throw error;
        throw new ApiError('network', error instanceof Error ? error.message : String(error));
      }
      let body: GraphQLResponse<T> | undefined;
      try {
        body = (await response.json()) as GraphQLResponse<T>;
      } catch (error) {
        if (isAbort(error)) throw error;
        body = undefined;
      }
      const first = body?.errors?.[0];
      if (first) throw new ApiError('graphql', first.message ?? 'Unknown error', response.status, first.extensions?.code, first.extensions ?? {});
      if (!response.ok || !body || body.data === undefined || body.data === null) {
        throw new ApiError('http', `HTTP ${response.status}`, response.status);
      }
      return body.data;
    },
  };
}
