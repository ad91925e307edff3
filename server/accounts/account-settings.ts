/** How long links and sessions live; from readConfig (AIMAK_LINK_DAYS, AIMAK_SESSION_IDLE_MINUTES, AIMAK_SESSION_MAX_HOURS). */
export interface AccountSettings {
  /** An invitation or reset link is valid this long. */
  linkDays: number;
  /** A session unused this long ends. */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, used or not. */
  sessionMaxHours: number;
  /** The session cookie carries `Secure` (always, except plain loopback development). */
  secureCookie: boolean;
  /** scrypt's cost for new password hashes (AIMAK_PASSWORD_SCRYPT_N; r = 8, p = 1). */
  passwordCost: ScryptCost;
}

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP's password-storage guidance for scrypt: N = 2^17, r = 8, p = 1 (128 MiB, about 0.3 s on a quiet core). */
export const defaultScryptCost: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

export const defaultAccountSettings: AccountSettings = { linkDays: 3, sessionIdleMinutes: 8 * 60, sessionMaxHours: 7 * 24, secureCookie: true, passwordCost: defaultScryptCost };
