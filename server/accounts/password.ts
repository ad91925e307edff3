import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { BadInputError } from '../errors.js';
import type { ScryptCost } from './account-settings.js';

/**
 * Password hashing with scrypt from Node's own crypto (OpenSSL's implementation, run on libuv's thread pool so
 * the event loop never waits on it), at the cost the settings give (account-settings.ts). The parameters are
 * stored with each hash, so raising them later still verifies old hashes.
 */
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

/** 10 characters at least (NIST SP 800-63B asks for 8; these accounts can change the graph); 256 at most. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** Refuses a password too short, too long, or equal to the account's e-mail or name; the message says which, in both languages. */
export function checkPasswordRules(password: string, account: { email?: string | null; name?: string | null }): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    throw new BadInputError('password', `must have at least ${PASSWORD_MIN_LENGTH} characters / пароль должен быть не короче ${PASSWORD_MIN_LENGTH} символов`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw new BadInputError('password', `must have at most ${PASSWORD_MAX_LENGTH} characters / пароль должен быть не длиннее ${PASSWORD_MAX_LENGTH} символов`);
  }
  const lowered = password.trim().toLowerCase();
  if ([account.email, account.name].some((value) => value && value.trim().toLowerCase() === lowered)) {
    throw new BadInputError('password', 'must not be your e-mail or name / пароль не должен совпадать с e-mail или именем');
  }
}

export async function hashPassword(password: string, cost: ScryptCost): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Compares in constant time; a stored value of another form never matches. */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const parts = stored?.split('$') ?? [];
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  // Bounds, so a tampered stored value cannot make one sign-in take minutes or gigabytes.
  if (![N, r, p].every(Number.isSafeInteger) || N > 2 ** 20 || r > 32 || p > 16) return false;
  const expected = Buffer.from(parts[5]!, 'base64');
  const key = await derive(password, Buffer.from(parts[4]!, 'base64'), { N, r, p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash that no password matches, verified when the e-mail is unknown so that timing does not tell which accounts exist. */
const decoys = new Map<string, Promise<string>>();
export function decoyHash(cost: ScryptCost): Promise<string> {
  const key = `${cost.N}/${cost.r}/${cost.p}`;
  let decoy = decoys.get(key);
  if (!decoy) decoys.set(key, (decoy = hashPassword(randomBytes(24).toString('base64'), cost)));
  return decoy;
}
