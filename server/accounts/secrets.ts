import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a link or a session cookie: 32 bytes, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a link token or session id: a leaked database does not let anyone sign in. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A link token or session id as the server hands them out (43 URL-safe characters); anything else is refused unread. */
export function isWellFormedSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
