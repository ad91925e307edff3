import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { logger } from '../logging/logger.js';

/** Codes of errors raised at the HTTP edge, before (or instead of) GraphQL. */
export type HttpErrorCode = 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'NOT_FOUND' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'LINK_INVALID';

/**
 * Every error the edge sends has the shape of a GraphQL error response, so a client reads one format
 * whatever went wrong: `{ errors: [{ message, extensions: { code, requestId } }] }`. Never a stack or a path.
 */
export function sendJsonError(response: Response, status: number, code: HttpErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  const requestId = response.locals.requestId as string | undefined;
  response
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions, ...(requestId ? { requestId } : {}) } }] }));
}

interface EdgeError {
  status: number;
  code: HttpErrorCode;
  message: string;
}

/** What a client is told about an error thrown before Apollo (body-parser, serve-static, the router). */
function edgeErrorOf(error: unknown): EdgeError {
  const details = (typeof error === 'object' && error !== null ? error : {}) as { type?: unknown; status?: unknown; statusCode?: unknown; limit?: unknown };
  switch (details.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' };
    case 'entity.too.large':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: typeof details.limit === 'number' ? `The request body is larger than the limit of ${details.limit} bytes` : 'The request body is too large',
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body must be JSON in UTF-8 (gzip or deflate allowed)' };
    case 'request.aborted':
    case 'request.size.invalid':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body ended before its stated length' };
  }
  if (error instanceof URIError) return { status: 400, code: 'BAD_REQUEST', message: 'The request URL is malformed' };
  const status = Number(details.status ?? details.statusCode);
  if (status === 404) return { status, code: 'NOT_FOUND', message: 'Nothing here: the API is at /graphql' };
  if (Number.isInteger(status) && status >= 400 && status < 500) return { status, code: 'BAD_REQUEST', message: 'The request is malformed' };
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
}

/**
 * The last handler: replaces Express's own, which answers with an HTML page (a stack trace with absolute
 * paths outside production). Client mistakes are logged at info, anything else at error with its stack.
 */
export const jsonErrorHandler: ErrorRequestHandler = (error, request, response, next) => {
  // Headers already sent (a response broke off midway): only Express can close the connection properly.
  if (response.headersSent) return next(error);
  const edge = edgeErrorOf(error);
  const where = { requestId: response.locals.requestId, method: request.method, url: request.originalUrl.slice(0, 200) };
  if (edge.status >= 500) logger.error({ ...where, err: error }, 'unexpected error at the HTTP edge');
  else logger.info({ ...where, status: edge.status, code: edge.code }, 'request refused at the HTTP edge');
  sendJsonError(response, edge.status, edge.code, edge.message);
};

/** Anything no route served: a JSON 404 rather than Express's HTML "Cannot GET". */
export const notFoundHandler: RequestHandler = (_request, response) => {
  sendJsonError(response, 404, 'NOT_FOUND', 'Nothing here: the API is at /graphql');
};
