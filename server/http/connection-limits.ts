import { createServer, type RequestListener, type Server } from 'node:http';

export interface ConnectionLimits {
  /** Whole request, headers and body; Node's default of 300 s let a trickling body hold a connection. */
  requestTimeoutMs: number;
  /** Request headers; kept at most requestTimeoutMs (Node refuses more). */
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** Connections open at once; Node drops new ones past this. 0 (like 0 for a timeout) means no limit. */
  maxConnections: number;
}

export const defaultConnectionLimits: ConnectionLimits = { requestTimeoutMs: 30_000, headersTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 500 };

/**
 * The HTTP server with its slow-client limits. A client too slow with its request gets 408 and the
 * connection is closed. Node checks these timeouts on a timer (30 s by default); it runs at a tenth of the
 * shortest timeout here, so a timeout is enforced within about 10 % of its length.
 */
export function createLimitedServer(handler: RequestListener, limits: ConnectionLimits): Server {
  const headersTimeout = limits.requestTimeoutMs > 0 ? Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) : limits.headersTimeoutMs;
  const shortest = Math.min(...[headersTimeout, limits.requestTimeoutMs].filter((timeout) => timeout > 0));
  const server = createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout,
      connectionsCheckingInterval: Number.isFinite(shortest) ? Math.max(100, Math.min(30_000, Math.floor(shortest / 10))) : 30_000,
    },
    handler,
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  if (limits.maxConnections > 0) server.maxConnections = limits.maxConnections;
  return server;
}
