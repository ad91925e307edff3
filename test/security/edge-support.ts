import { request as httpRequest } from 'node:http';
import { authSettings, type AuthSettings } from '../../server/auth/credentials.js';
import { startApp, type AppOptions, type RunningApp } from '../../server/http/app.js';
import { testDatabase } from '../support/database.js';

export const productionSecret = 'an-edge-test-secret-that-is-long-enough-42';

/** The real app on the test Neo4j, in development or production mode, on a free loopback port. */
export async function startEdgeApp(production: boolean, options: Partial<AppOptions> = {}): Promise<{ app: RunningApp; auth: AuthSettings }> {
  const auth = production ? authSettings({ production: true, jwtSecret: productionSecret, apiKeys: 'edge-test:viewer:edge-test-api-key-0123456789' }) : authSettings({ production: false });
  const app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production, auth, ...options });
  return { app, auth };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request from a chosen local address (127.0.0.2 is another client as far as the server can
 * tell: all of 127/8 is loopback on Linux). fetch cannot pick its source address.
 */
export function requestFrom(
  url: string,
  options: { localAddress?: string; method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers, localAddress: options.localAddress, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

/** What no error response may contain: a stack frame, a source path, an HTML page. */
export const leakPattern = /\bat [\w.<>]+ \(|\/(?:work|home|root|tmp|usr)\/|node_modules|\.ts:\d+|<html|<pre|stacktrace/i;
