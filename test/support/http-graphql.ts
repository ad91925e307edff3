import { authSettings, signToken } from '../../server/auth/credentials.js';
import { Role } from '../../server/auth/roles.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { testDatabase } from './database.js';

/** One GraphQL answer over real HTTP: the status and the parsed body. */
export interface HttpAnswer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

/** The real app on a free port (development settings), with signed tokens for each role. */
export interface HttpGraphQL {
  app: RunningApp;
  post(query: string, variables?: Record<string, unknown>, role?: Role): Promise<HttpAnswer>;
  stop(): Promise<void>;
}

export async function startHttpGraphQL(): Promise<HttpGraphQL> {
  const auth = authSettings({ production: false });
  const app = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: false, auth });
  const tokens = new Map<Role, string>();
  for (const role of Object.values(Role)) tokens.set(role, await signToken(auth, `http-test-${role}`, role));
  return {
    app,
    async post(query, variables = {}, role = Role.ADMIN) {
      // JSON.stringify writes a lone surrogate as the escape "\ud800", as a hostile client would send it.
      const response = await fetch(`${app.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(role)}` },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: HttpAnswer['body'];
      try {
        body = JSON.parse(text) as HttpAnswer['body'];
      } catch {
        body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` , extensions: { code: 'NOT_JSON' } }] };
      }
      return { status: response.status, body };
    },
    stop: () => app.stop(),
  };
}
