/**
 * The server's `/auth/…` routes: password sign-in and sign-out, one-time links, and the development-only
 * try-a-role sign-in. The session lives in an HttpOnly cookie the page never sees; fetch sends it along
 * (same origin), so every tab of the browser is signed in at once.
 */
import { ApiError } from '../api/client.js';

export type LinkPurpose = 'INVITATION' | 'PASSWORD_RESET' | 'FIRST_ADMIN';
export interface LinkDescription {
  purpose: LinkPurpose;
  account: { name: string; email: string } | null;
  expiresAt: string;
}
export interface SignInOptions {
  password: boolean;
  tryRoles: string[];
}

/** A refusal from `/auth/…`, with the field it concerns and, when limited, how long to wait. */
export class AccountError extends ApiError {
  constructor(message: string, status: number, code?: string, readonly field?: string, readonly retryAfterSeconds?: number) {
    super('http', message, status, code);
  }
}

async function call<T>(path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL(path, document.baseURI), body === undefined ? { credentials: 'same-origin' } : {
      method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError('network', 'The server could not be reached');
  }
  const payload = (await response.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string; field?: string; retryAfterSeconds?: number } }[] } | null;
  if (!response.ok) {
    const error = payload?.errors?.[0];
    throw new AccountError(error?.message ?? `HTTP ${response.status}`, response.status, error?.extensions?.code, error?.extensions?.field, error?.extensions?.retryAfterSeconds);
  }
  return payload as T;
}

export const accountApi = {
  options: () => call<SignInOptions>('auth/options'),
  signIn: (email: string, password: string) => call<{ account: { name: string; email: string; role: string } }>('auth/sign-in', { email, password }),
  signOut: () => call<{ signedOut: boolean }>('auth/sign-out', {}),
  signOutEverywhere: () => call<{ signedOut: boolean; endedSessions: number }>('auth/sign-out-everywhere', {}),
  describeLink: (token: string) => call<LinkDescription>(`auth/link?token=${encodeURIComponent(token)}`),
  setPassword: (input: { link: string; password: string; name?: string; email?: string }) => call<{ account: { name: string } }>('auth/set-password', input),
  tryRole: (role: string) => call<{ token: string }>('auth/try', { role }),
};

/** The one-time link's token in the page address (`?account=…`), if any. */
export function accountLinkOf(search: string): string | null {
  const token = new URLSearchParams(search).get('account');
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}
