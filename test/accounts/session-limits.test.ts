/**
 * Session time limits and the development "try a role" sign-in, on the real Neo4j through the real HTTP app.
 *
 * A session ends when unused for the idle limit, and at its absolute end however busy it is. The clock is not
 * faked: the session's own timestamps are moved back in Neo4j, which is exactly what time passing does to them.
 * One-click sign-in as a role exists only in development on a loopback address, never in production.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstAdminLink } from '../../server/accounts/account.service.js';
import { defaultAccountSettings, type AccountSettings } from '../../server/accounts/account-settings.js';
import { authSettings } from '../../server/auth/credentials.js';
import { startApp, type RunningApp } from '../../server/http/app.js';
import { testDatabase } from '../support/database.js';
import { requestFrom, startEdgeApp, type RawResponse } from '../security/edge-support.js';

const settings: AccountSettings = { ...defaultAccountSettings, sessionIdleMinutes: 30, sessionMaxHours: 12, secureCookie: true, passwordCost: { N: 2 ** 14, r: 8, p: 1 } };
const cookieName = '__Host-aimak_session';
const password = 'session limits passphrase 7';
let app: RunningApp;
let origin: string;

beforeAll(async () => {
  await testDatabase().runStatement('test: no accounts yet', 'MATCH (n) WHERE n:User OR n:Session OR n:AccountLink DETACH DELETE n');
  ({ app } = await startEdgeApp(true, { accounts: settings }));
  origin = app.url.replace(/\/$/, '');
  const link = await firstAdminLink(testDatabase(), settings);
  const token = new URLSearchParams(link!.path.split('?')[1]).get('account')!;
  const created = await post(app, '/auth/set-password', { link: token, name: 'Чолпон Админ', email: 'limits@example.kg', password });
  expect(created.status).toBe(200);
});
afterAll(async () => {
  await app?.stop();
});

function post(target: RunningApp, path: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const base = target.url.replace(/\/$/, '');
  return requestFrom(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base, ...headers }, body: JSON.stringify(body) });
}

async function signedIn(): Promise<string> {
  const response = await post(app, '/auth/sign-in', { email: 'limits@example.kg', password });
  const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((line) => line.startsWith(`${cookieName}=`));
  expect(header, 'a session cookie is set').toBeDefined();
  return header!.split(';')[0]!;
}

async function whoAmI(target: RunningApp, headers: Record<string, string>) {
  const response = await post(target, '/graphql', { query: '{ session { id role authenticated signedInWith } }' }, headers);
  return (JSON.parse(response.body) as { data: { session: { id: string; role: string; authenticated: boolean; signedInWith: string } } }).data.session;
}

/** Moves the timestamps of every session of the test account, as the passing of time would. */
async function ageSessions(change: 'lastSeenAt' | 'expiresAt', minutesAgo: number): Promise<void> {
  await testDatabase().runStatement(
    'test: age sessions',
    `MATCH (s:Session) WHERE s.userId IS NOT NULL SET s.${change} = datetime() - duration({minutes: $minutesAgo})`,
    { minutesAgo },
  );
}

describe('session limits', () => {
  it('keep a session used within the idle limit, and end one left unused for longer', async () => {
    const cookie = await signedIn();
    await ageSessions('lastSeenAt', 29);
    expect((await whoAmI(app, { cookie })).authenticated).toBe(true);

    await ageSessions('lastSeenAt', 31);
    expect(await whoAmI(app, { cookie })).toMatchObject({ authenticated: false, signedInWith: 'none' });
  });

  it('end a session at its absolute end, however recently it was used', async () => {
    const cookie = await signedIn();
    expect((await whoAmI(app, { cookie })).authenticated).toBe(true);
    await ageSessions('expiresAt', 1);
    expect((await whoAmI(app, { cookie })).authenticated).toBe(false);
  });

  it('give the cookie a lifetime no longer than the absolute limit', async () => {
    const response = await post(app, '/auth/sign-in', { email: 'limits@example.kg', password });
    const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((line) => line.startsWith(`${cookieName}=`))!;
    const maxAge = Number(/Max-Age=(\d+)/i.exec(header)?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(settings.sessionMaxHours * 3600);
  });
});

describe('trying the app as a role', () => {
  it('is offered in development on this machine, and signs in with exactly the role chosen', async () => {
    const development = await startApp(testDatabase(), { host: '127.0.0.1', port: 0, production: false, auth: authSettings({ production: false }) });
    try {
      const options = JSON.parse((await requestFrom(`${development.url}auth/options`)).body) as { tryRoles: string[] };
      expect(options.tryRoles.map((role) => role.toLowerCase()).sort()).toEqual(['admin', 'analyst', 'editor', 'viewer']);
      for (const role of options.tryRoles) {
        const tried = await post(development, '/auth/try', { role });
        expect(tried.status).toBe(200);
        const { token } = JSON.parse(tried.body) as { token: string };
        const session = await whoAmI(development, { authorization: `Bearer ${token}` });
        expect(session).toMatchObject({ authenticated: true, signedInWith: 'token' });
        expect(session.role.toLowerCase()).toBe(role.toLowerCase());
      }
      const unknown = await post(development, '/auth/try', { role: 'superuser' });
      expect(unknown.status).toBe(400);
      expect(JSON.parse(unknown.body).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    } finally {
      await development.stop();
    }
  });

  it('is never offered in production', async () => {
    const options = JSON.parse((await requestFrom(`${app.url}auth/options`)).body) as { tryRoles: string[] };
    expect(options.tryRoles).toEqual([]);
    const tried = await post(app, '/auth/try', { role: 'admin' });
    expect(tried.status).toBe(404);
    expect(tried.body).not.toMatch(/"token"/);
  });
});
