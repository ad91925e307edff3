import express, { type Request, type RequestHandler, type Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import type { AccountSettings } from '../accounts/account-settings.js';
import { describeAccountLink, useAccountLink } from '../accounts/account.service.js';
import { changePassword } from '../accounts/change-password.js';
import { PasswordSignIn, SignInRefused } from '../accounts/password-sign-in.js';
import type { Sessions } from '../accounts/sessions.js';
import { parseRole, Role } from '../auth/roles.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { logger } from '../logging/logger.js';
import { sendJsonError, type HttpErrorCode } from './http-errors.js';

const addressOf = (request: Request) => request.ip ?? request.socket.remoteAddress ?? 'unknown';

/**
 * Cross-site request forgery guard for requests a browser could send with our cookie: a request whose
 * `Origin` (or `Sec-Fetch-Site`) says it comes from another site is refused. SameSite=Strict already keeps
 * the cookie off cross-site requests in current browsers; this is the second lock the OWASP cheat sheet
 * recommends, and Apollo's CSRF prevention is the third for /graphql.
 */
export const refuseCrossSiteRequests: RequestHandler = (request, response, next) => {
  const origin = request.headers.origin;
  const fetchSite = request.headers['sec-fetch-site'];
  let foreign = fetchSite === 'cross-site';
  if (origin && origin !== 'null') {
    try {
      foreign ||= new URL(origin).host !== request.headers.host;
    } catch {
      foreign = true;
    }
  } else if (origin === 'null') foreign = true;
  if (!foreign) return next();
  sendJsonError(response, 403, 'FORBIDDEN', 'Refused: this request comes from another site. / Отказано: запрос пришёл с другого сайта.');
};

/** Sign-in routes speak JSON only, so a cross-site HTML form (text/plain, urlencoded) can never reach them. */
const jsonOnly: RequestHandler = (request, response, next) => {
  if (request.is('application/json')) return next();
  sendJsonError(response, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON (Content-Type: application/json). / Отправьте JSON (Content-Type: application/json).');
};

function sendRefusal(response: Response, error: unknown): void {
  if (error instanceof SignInRefused) {
    if (error.retryAfterSeconds) response.setHeader('retry-after', String(error.retryAfterSeconds));
    sendJsonError(response, error.code === 'RATE_LIMITED' ? 429 : 401, error.code, error.message, error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {});
    return;
  }
  if (error instanceof GraphQLError) {
    const code = String(error.extensions.code ?? 'BAD_USER_INPUT') as HttpErrorCode;
    const status = code === 'LINK_INVALID' ? 410 : code === 'BAD_USER_INPUT' ? 400 : code === 'FORBIDDEN' ? 403 : 500;
    const { code: _code, ...extensions } = error.extensions;
    sendJsonError(response, status, code, error.message, extensions);
    return;
  }
  throw error;
}

export interface AccountRouteOptions {
  settings: AccountSettings;
  sessions: Sessions;
  passwordSignIn: PasswordSignIn;
  /**
   * Development on this machine only: one-click sign-in as each role, for trying the app out (a token for
   * `try-<role>`). Never set in production (app.ts).
   */
  tryRole?: (role: Role) => Promise<string>;
}

/**
 * `/auth/…`: password sign-in and sign-out (here, everywhere), one-time links (describe, set a password),
 * and a signed-in person's own password change. Every answer is JSON; refusals have the GraphQL error shape.
 */
export function accountRoutes(db: GraphDatabase, { settings, sessions, passwordSignIn, tryRole }: AccountRouteOptions): Router {
  const router = Router();
  const requestDb = (response: Response, actor: string) => db.forRequest(response.locals.requestId as string, actor);
  router.use(refuseCrossSiteRequests);
  router.use(express.json({ limit: '16kb' }));

  const startSession = async (response: Response, account: { id: string; name: string; email: string; role: string }, address: string) => {
    const session = await sessions.start(account.id, address);
    if (!session) throw new SignInRefused('UNAUTHENTICATED', 'The account is not active. / Учётная запись не активна.');
    response.setHeader('set-cookie', session.cookie);
    response.setHeader('cache-control', 'no-store');
    response.json({ account: { name: account.name, email: account.email, role: account.role } });
  };

  // What the sign-in page offers: password sign-in always, the try-a-role buttons only in development.
  router.get('/options', (_request, response) => {
    response.json({ password: true, tryRoles: tryRole ? Object.values(Role) : [] });
  });

  if (tryRole) {
    router.post('/try', jsonOnly, async (request, response) => {
      const role = parseRole((request.body as Record<string, unknown> | undefined)?.role);
      if (!role) return sendJsonError(response, 400, 'BAD_USER_INPUT', 'role: must be viewer, editor, analyst or admin', { field: 'role' });
      response.setHeader('cache-control', 'no-store');
      response.json({ token: await tryRole(role) });
    });
  }

  router.post('/sign-in', jsonOnly, async (request, response) => {
    try {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const account = await passwordSignIn.verify(body.email, body.password, addressOf(request));
      await startSession(response, account, addressOf(request));
      logger.info({ requestId: response.locals.requestId, account: account.email }, 'signed in with a password');
    } catch (error) {
      if (error instanceof SignInRefused) logger.warn({ requestId: response.locals.requestId, address: addressOf(request), reason: error.code }, 'password sign-in refused');
      sendRefusal(response, error);
    }
  });

  router.post('/sign-out', jsonOnly, async (request, response) => {
    const id = sessions.sessionIdOf(request.headers.cookie);
    if (id) await sessions.end(id);
    response.setHeader('set-cookie', sessions.clearedCookie());
    response.json({ signedOut: true });
  });

  router.post('/sign-out-everywhere', jsonOnly, async (request, response) => {
    const id = sessions.sessionIdOf(request.headers.cookie);
    const principal = id ? await sessions.principalOf(id) : null;
    if (!id || !principal) return sendJsonError(response, 401, 'UNAUTHENTICATED', 'Not signed in. / Вход не выполнен.');
    const ended = await sessions.endEverywhere(id);
    response.setHeader('set-cookie', sessions.clearedCookie());
    logger.info({ requestId: response.locals.requestId, account: principal.email, ended }, 'signed out everywhere');
    response.json({ signedOut: true, endedSessions: ended });
  });

  router.get('/link', async (request, response) => {
    try {
      response.setHeader('cache-control', 'no-store');
      response.json(await describeAccountLink(db, request.query.token));
    } catch (error) {
      sendRefusal(response, error);
    }
  });

  router.post('/set-password', jsonOnly, async (request, response) => {
    try {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const described = await describeAccountLink(db, body.link);
      const actor = described.account?.email ?? (typeof body.email === 'string' ? body.email.trim().toLowerCase() : 'first admin');
      const account = await useAccountLink(requestDb(response, actor), settings, { link: body.link, password: body.password, name: body.name, email: body.email });
      if (account.status !== 'ACTIVE') return sendJsonError(response, 403, 'FORBIDDEN', 'The password is set, but the account is disabled. / Пароль задан, но учётная запись отключена.');
      await startSession(response, account, addressOf(request));
    } catch (error) {
      sendRefusal(response, error);
    }
  });

  router.post('/change-password', jsonOnly, async (request, response) => {
    try {
      const id = sessions.sessionIdOf(request.headers.cookie);
      const principal = id ? await sessions.principalOf(id) : null;
      if (!principal) return sendJsonError(response, 401, 'UNAUTHENTICATED', 'Not signed in. / Вход не выполнен.');
      const body = (request.body ?? {}) as Record<string, unknown>;
      // The current password is asked again, so a tab left open cannot be used to take the account over.
      const account = await passwordSignIn.verify(principal.email, body.currentPassword, addressOf(request));
      const changed = await changePassword(requestDb(response, principal.email), settings.passwordCost, account, body.newPassword);
      if (!changed) return sendJsonError(response, 400, 'BAD_USER_INPUT', 'newPassword: is required / укажите новый пароль', { field: 'newPassword' });
      await startSession(response, changed, addressOf(request));
    } catch (error) {
      sendRefusal(response, error);
    }
  });

  return router;
}
