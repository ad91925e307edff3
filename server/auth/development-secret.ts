import { keptSecret } from '../common/kept-secret.js';
import type { AuthEnvironment } from './credentials.js';

const DEV_SECRET_FILE = '.data/jwt-secret';

/**
 * Outside production, a token secret that is not configured is kept in `.data/jwt-secret` (or
 * AIMAK_JWT_SECRET_FILE), like the data key, so `npm run token` signs tokens the running server accepts and
 * sign-in links survive a restart. A configured AIMAK_JWT_SECRET always wins; production requires one.
 */
export function withKeptDevelopmentSecret(env: AuthEnvironment): AuthEnvironment {
  if (env.production || env.jwtSecret?.trim()) return env;
  return { ...env, jwtSecret: keptSecret(env.jwtSecretFile?.trim() || DEV_SECRET_FILE) };
}

/** True when the server runs on the kept development secret (the quick start), not a configured one. */
export function usesDevelopmentSecret(env: AuthEnvironment): boolean {
  return !env.production && !env.jwtSecret?.trim();
}
