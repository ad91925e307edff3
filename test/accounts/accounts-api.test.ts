/**
 * Accounts on the real Neo4j, through the real HTTP app: the first admin's link, invitations, password
 * sign-in with a session cookie, sign-out here and everywhere, a disabled account and a changed password
 * ending sessions at once, rate-limited guessing, cross-site refusals, and the audit trail of every change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstAdminLink } from '../../server/accounts/account.service.js';
import { defaultAccountSettings, type AccountSettings } from '../../server/accounts/account-settings.js';
import type { RunningApp } from '../../server/http/app.js';
import { testDatabase } from '../support/database.js';
import { leakPattern, requestFrom, startEdgeApp, type RawResponse } from '../security/edge-support.js';

// The lowest cost the configuration allows keeps this file fast; production hashes at 2^17 (account-settings.ts).
const settings: AccountSettings = { ...defaultAccountSettings, secureCookie: true, passwordCost: { N: 2 ** 14, r: 8, p: 1 } };
const cookieName = '__Host-aimak_session';
let app: RunningApp;
let origin: string;

const adminPassword = 'first admin passphrase 1';
const editorPassword = 'editor passphrase 22';

beforeAll(async () => {
  // The file owns the accounts of the test database: start as a new database would, with none.
  await testDatabase().runStatement('test: no accounts yet', 'MATCH (n) WHERE n:User OR n:Session OR n:AccountLink DETACH DELETE n');
  ({ app } = await startEdgeApp(true, { accounts: settings, signInLimits: { perAccount: 5, perAddress: 12, windowSeconds: 600 } }));
  origin = app.url.replace(/\/$/, '');
});
afterAll(async () => {
  await app?.stop();
});

function sessionCookie(response: RawResponse): string {
  const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((line) => line.startsWith(`${cookieName}=`));
  expect(header, 'a session cookie is set').toBeDefined();
  return header!;
}
const cookieValue = (setCookie: string) => setCookie.split(';')[0]!;

function post(path: string, body: unknown, headers: Record<string, string> = {}, from?: string): Promise<RawResponse> {
  return requestFrom(`${app.url}${path.replace(/^\//, '')}`, { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', origin, ...headers }, body: JSON.stringify(body) });
}

async function graphql(cookie: string | null, query: string, variables: Record<string, unknown> = {}, extraHeaders: Record<string, string> = {}) {
  const response = await post('/graphql', { query, variables }, { ...(cookie ? { cookie } : {}), ...extraHeaders });
  return { response, body: JSON.parse(response.body) as { data?: Record<string, any>; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

const whoAmI = async (cookie: string | null) => (await graphql(cookie, '{ session { id role authenticated name signedInWith } }')).body.data?.session;

async function signIn(email: string, password: string, from?: string) {
  return post('/auth/sign-in', { email, password }, {}, from);
}

let adminCookie = '';
let editorId = '';
let editorCookie = '';

describe('accounts', () => {
  it('on a new database, a one-time link creates the first admin; it cannot be used twice', async () => {
    const link = await firstAdminLink(testDatabase(), settings);
    expect(link).not.toBeNull();
    const token = new URLSearchParams(link!.path.split('?')[1]).get('account')!;
    const described = await requestFrom(`${app.url}auth/link?token=${token}`);
    expect(JSON.parse(described.body)).toMatchObject({ purpose: 'FIRST_ADMIN', account: null });

    const weak = await post('/auth/set-password', { link: token, name: 'Айгуль Админ', email: 'admin@example.kg', password: 'short' });
    expect(weak.status).toBe(400);
    expect(JSON.parse(weak.body).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    const created = await post('/auth/set-password', { link: token, name: 'Айгуль Админ', email: 'Admin@Example.kg', password: adminPassword });
    expect(created.status).toBe(200);
    const setCookie = sessionCookie(created);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/Path=\//i);
    adminCookie = cookieValue(setCookie);
    expect(await whoAmI(adminCookie)).toMatchObject({ id: 'admin@example.kg', role: 'ADMIN', authenticated: true, name: 'Айгуль Админ', signedInWith: 'session' });

    const again = await post('/auth/set-password', { link: token, name: 'Mallory', email: 'mallory@example.kg', password: 'mallory passphrase 1' });
    expect(again.status).toBe(410);
    expect(JSON.parse(again.body).errors[0].extensions.code).toBe('LINK_INVALID');
    expect(await firstAdminLink(testDatabase(), settings)).toBeNull();
  });

  it('an admin invites a person, who sets a password with the link and is signed in; the invitation is audited', async () => {
    const invited = await graphql(adminCookie, 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { path expiresAt account { id email role status } } }', {
      input: { name: 'Бакыт Редактор', email: 'editor@example.kg', role: 'EDITOR' },
    });
    expect(invited.body.errors).toBeUndefined();
    const { path, account } = invited.body.data!.inviteUser;
    expect(account).toMatchObject({ email: 'editor@example.kg', role: 'EDITOR', status: 'INVITED' });
    editorId = account.id;
    const requestId = invited.response.headers['x-request-id'] as string;
    const audit = await graphql(adminCookie, 'query($id: ID!) { changesOfRequest(requestId: $id) { action entityType subjectId actor summary } }', { id: requestId });
    expect(audit.body.data!.changesOfRequest).toEqual([expect.objectContaining({ action: 'CREATED', entityType: 'User', subjectId: editorId, actor: 'admin@example.kg' })]);
    expect(JSON.stringify(audit.body)).not.toMatch(/passwordHash|scrypt/);

    const duplicate = await graphql(adminCookie, 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { path } }', { input: { name: 'Second', email: 'EDITOR@example.kg', role: 'VIEWER' } });
    expect(duplicate.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });

    const token = new URLSearchParams(path.split('?')[1]).get('account')!;
    expect(JSON.parse((await requestFrom(`${app.url}auth/link?token=${token}`)).body)).toMatchObject({ purpose: 'INVITATION', account: { email: 'editor@example.kg' } });
    const set = await post('/auth/set-password', { link: token, password: editorPassword });
    expect(set.status).toBe(200);
    editorCookie = cookieValue(sessionCookie(set));
    expect(await whoAmI(editorCookie)).toMatchObject({ id: 'editor@example.kg', role: 'EDITOR', signedInWith: 'session' });
    const users = await graphql(adminCookie, '{ users { email status lastSignInAt openSessions } }');
    expect(users.body.data!.users).toEqual(expect.arrayContaining([expect.objectContaining({ email: 'editor@example.kg', status: 'ACTIVE', openSessions: 1 })]));
    expect(users.body.data!.users.find((u: { email: string }) => u.email === 'editor@example.kg').lastSignInAt).toBeTruthy();
  });

  it('refuses account management to everyone but admins', async () => {
    const asEditor = await graphql(editorCookie, '{ users { email } }');
    expect(asEditor.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const anonymous = await graphql(null, 'mutation { inviteUser(input: {name: "X Y", email: "x@example.kg", role: ADMIN}) { path } }');
    expect(anonymous.body.errors![0]!.extensions.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });

  it('signs in with a password from two places; signing out here ends one session, signing out everywhere ends all', async () => {
    const first = cookieValue(sessionCookie(await signIn('editor@example.kg', editorPassword)));
    const second = cookieValue(sessionCookie(await signIn('EDITOR@example.kg ', editorPassword)));
    expect((await whoAmI(first)).authenticated).toBe(true);
    expect((await whoAmI(second)).authenticated).toBe(true);

    const out = await post('/auth/sign-out', {}, { cookie: first });
    expect(out.status).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/Max-Age=0/i);
    expect((await whoAmI(first)).authenticated).toBe(false);
    expect((await whoAmI(second)).authenticated).toBe(true);

    const everywhere = await post('/auth/sign-out-everywhere', {}, { cookie: second });
    expect(JSON.parse(everywhere.body)).toMatchObject({ signedOut: true });
    expect(JSON.parse(everywhere.body).endedSessions).toBeGreaterThanOrEqual(2);
    expect((await whoAmI(second)).authenticated).toBe(false);
    expect((await whoAmI(editorCookie)).authenticated).toBe(false);
  });

  it('changing the password ends every other session at once', async () => {
    const other = cookieValue(sessionCookie(await signIn('editor@example.kg', editorPassword)));
    const here = cookieValue(sessionCookie(await signIn('editor@example.kg', editorPassword)));
    const wrongCurrent = await post('/auth/change-password', { currentPassword: 'not it at all', newPassword: 'a new passphrase 33' }, { cookie: here });
    expect(wrongCurrent.status).toBe(401);
    const changed = await post('/auth/change-password', { currentPassword: editorPassword, newPassword: 'a new passphrase 33' }, { cookie: here });
    expect(changed.status).toBe(200);
    const fresh = cookieValue(sessionCookie(changed));
    expect((await whoAmI(other)).authenticated).toBe(false);
    expect((await whoAmI(here)).authenticated).toBe(false);
    expect((await whoAmI(fresh)).authenticated).toBe(true);
    expect((await signIn('editor@example.kg', editorPassword)).status).toBe(401);
    editorCookie = cookieValue(sessionCookie(await signIn('editor@example.kg', 'a new passphrase 33')));
  });

  it('disabling an account ends its sessions at once and refuses its sign-in; the last admin cannot be disabled', async () => {
    expect((await whoAmI(editorCookie)).authenticated).toBe(true);
    const disabled = await graphql(adminCookie, 'mutation($id: ID!) { updateUser(id: $id, input: {status: DISABLED}) { status openSessions } }', { id: editorId });
    expect(disabled.body.data!.updateUser).toMatchObject({ status: 'DISABLED', openSessions: 0 });
    expect((await whoAmI(editorCookie)).authenticated).toBe(false);
    const refused = await signIn('editor@example.kg', 'a new passphrase 33');
    expect(refused.status).toBe(401);
    expect(refused.body).not.toMatch(leakPattern);

    const users = await graphql(adminCookie, '{ users { id email } }');
    const adminId = users.body.data!.users.find((u: { email: string }) => u.email === 'admin@example.kg').id;
    const self = await graphql(adminCookie, 'mutation($id: ID!) { updateUser(id: $id, input: {status: DISABLED}) { status } }', { id: adminId });
    expect(self.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const demote = await graphql(adminCookie, 'mutation($id: ID!) { updateUser(id: $id, input: {role: VIEWER}) { role } }', { id: adminId });
    expect(demote.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect((await whoAmI(adminCookie)).role).toBe('ADMIN');

    const enabled = await graphql(adminCookie, 'mutation($id: ID!) { updateUser(id: $id, input: {status: ACTIVE, role: ANALYST}) { status role } }', { id: editorId });
    expect(enabled.body.data!.updateUser).toEqual({ status: 'ACTIVE', role: 'ANALYST' });
  });

  it('a reset link from an admin replaces the password; the old link stops working when a newer one is issued', async () => {
    const reset = async () => (await graphql(adminCookie, 'mutation($id: ID!) { issuePasswordReset(userId: $id) { path } }', { id: editorId })).body.data!.issuePasswordReset.path as string;
    const older = new URLSearchParams((await reset()).split('?')[1]).get('account')!;
    const newer = new URLSearchParams((await reset()).split('?')[1]).get('account')!;
    expect((await post('/auth/set-password', { link: older, password: 'reset passphrase 44' })).status).toBe(410);
    const used = await post('/auth/set-password', { link: newer, password: 'reset passphrase 44' });
    expect(used.status).toBe(200);
    expect(await whoAmI(cookieValue(sessionCookie(used)))).toMatchObject({ role: 'ANALYST' });
  });

  it('limits password guessing per account, whatever the address, with 429 and Retry-After', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signIn('admin@example.kg', `wrong guess ${attempt}`, attempt % 2 ? '127.0.0.3' : '127.0.0.4')).status).toBe(401);
    }
    const limited = await signIn('admin@example.kg', adminPassword, '127.0.0.5');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(limited.body).errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another account is unaffected.
    expect((await signIn('editor@example.kg', 'reset passphrase 44', '127.0.0.5')).status).toBe(200);
  });

  it('limits password guessing per address, across accounts', async () => {
    const guesser = '127.0.0.6';
    for (let attempt = 0; attempt < 12; attempt += 1) expect((await signIn(`nobody${attempt}@example.kg`, 'some guess 123', guesser)).status).toBe(401);
    expect((await signIn('editor@example.kg', 'reset passphrase 44', guesser)).status).toBe(429);
    expect((await signIn('editor@example.kg', 'reset passphrase 44', '127.0.0.7')).status).toBe(200);
  });

  it('refuses cross-site requests carrying the cookie, and sign-in forms that are not JSON', async () => {
    const crossSite = await graphql(adminCookie, '{ users { email } }', {}, { origin: 'https://evil.example' });
    expect(crossSite.response.status).toBe(403);
    expect(JSON.parse(crossSite.response.body).errors[0].extensions.code).toBe('FORBIDDEN');
    const fetchSite = await graphql(adminCookie, '{ users { email } }', {}, { 'sec-fetch-site': 'cross-site' });
    expect(fetchSite.response.status).toBe(403);
    const form = await requestFrom(`${app.url}auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin }, body: 'email=admin%40example.kg&password=x' });
    expect(form.status).toBe(415);
    const foreignSignIn = await post('/auth/sign-in', { email: 'admin@example.kg', password: adminPassword }, { origin: 'https://evil.example' });
    expect(foreignSignIn.status).toBe(403);
    // Apollo's CSRF prevention: a GET without a preflight-forcing header is refused even from our origin.
    const simpleGet = await requestFrom(`${app.url}graphql?query=${encodeURIComponent('{ users { email } }')}`, { headers: { cookie: adminCookie } });
    expect(simpleGet.status).toBe(400);
  });

  it('never answers a malformed or unknown session cookie with anything but anonymous', async () => {
    for (const cookie of [`${cookieName}=not-a-session`, `${cookieName}=${'A'.repeat(43)}`, `${cookieName}=${'x'.repeat(5000)}`]) {
      const session = await whoAmI(cookie);
      expect(session?.authenticated ?? false).toBe(false);
    }
  });
});
