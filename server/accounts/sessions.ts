import { parseCookie, stringifySetCookie } from 'cookie';
import type { Principal } from '../auth/roles.js';
import { parseRole } from '../auth/roles.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import type { AccountSettings } from './account-settings.js';
import { isWellFormedSecret, newSecret, secretHash } from './secrets.js';

/**
 * Sign-in sessions: an opaque random id in an HttpOnly, SameSite=Strict cookie (Secure except in plain loopback
 * development, where the `__Host-` prefix is dropped because it requires Secure); Neo4j keeps only its SHA-256,
 * the account, and when it was last used. Every request looks the session up, so signing out, a new password
 * or a disabled account ends it at once, on every server.
 */
export class Sessions {
  readonly cookieName: string;

  constructor(private readonly db: GraphDatabase, private readonly settings: AccountSettings) {
    this.cookieName = settings.secureCookie ? '__Host-aimak_session' : 'aimak_session';
  }

  /** The session id in a request's Cookie header, if any (malformed ones are ignored, never looked up). */
  sessionIdOf(cookieHeader: string | undefined): string | null {
    if (!cookieHeader) return null;
    const value = parseCookie(cookieHeader)[this.cookieName];
    return isWellFormedSecret(value) ? value : null;
  }

  async start(userId: string, address: string): Promise<{ id: string; cookie: string } | null> {
    const id = newSecret();
    const absoluteSeconds = this.settings.sessionMaxHours * 3600;
    const [row] = await this.db.write((tx) => tx.run('account/start-session', { userId, idHash: secretHash(id), absoluteSeconds: cypherInt(absoluteSeconds), address }));
    if (!row) return null;
    return { id, cookie: this.cookie(id, absoluteSeconds) };
  }

  /** The signed-in account behind a session id, or null when it ended, idled out or its account is not active. */
  async principalOf(sessionId: string): Promise<(Principal & { name: string; email: string }) | null> {
    const idHash = secretHash(sessionId);
    const [row] = await this.db.read('account/session', { idHash, idleSeconds: cypherInt(this.settings.sessionIdleMinutes * 60) });
    if (!row) return null;
    // Recording use costs a write: once a minute per session is enough for an idle limit counted in minutes.
    if (row.stale) await this.db.write((tx) => tx.run('account/touch-session', { idHash }));
    const user = row.user as { id: string; name: string; email: string; role: string };
    const role = parseRole(user.role);
    return role ? { id: user.email, role, authenticated: true, name: user.name, email: user.email, session: true } : null;
  }

  async end(sessionId: string): Promise<void> {
    await this.db.write((tx) => tx.run('account/end-session', { idHash: secretHash(sessionId) }));
  }

  /** Ends every session of the account this one belongs to; returns how many. */
  async endEverywhere(sessionId: string): Promise<number> {
    const [row] = await this.db.write((tx) => tx.run('account/end-user-sessions', { idHash: secretHash(sessionId) }));
    return Number(row?.ended ?? 0);
  }

  cookie(id: string, maxAgeSeconds: number): string {
    return stringifySetCookie(this.cookieName, id, { httpOnly: true, secure: this.settings.secureCookie, sameSite: 'strict', path: '/', maxAge: maxAgeSeconds });
  }

  /** A Set-Cookie that removes the session cookie. */
  clearedCookie(): string {
    return stringifySetCookie(this.cookieName, '', { httpOnly: true, secure: this.settings.secureCookie, sameSite: 'strict', path: '/', maxAge: 0 });
  }
}
