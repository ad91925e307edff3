// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/**
 * `npm run token -- <user> <role> [expiry]`: prints a sign-in token signed with AIMAK_JWT_SECRET (in development,
 * the secret kept in .data/jwt-secret that `npm start` uses too), e.g.
 * `npm run token -- aigul editor 30d`, and (on stderr, so `$(npm run token …)` captures only the token) its id
 * and expiry: an admin revokes it with `revokeToken(id: …)`. The expiry may not exceed AIMAK_TOKEN_MAX_LIFETIME
 * (30 days unless set). In Docker: `docker-compose exec app node build/server/cli/token.js aigul editor`.
 */
import { parseArgs } from 'node:util';
import { authSettings, issueToken } from '../auth/credentials.js';
import { withKeptDevelopmentSecret } from '../auth/development-secret.js';
import { parseRole, Role } from '../auth/roles.js';
import { readConfig } from '../config/config.js';

const { positionals } = parseArgs({ allowPositionals: true });
const [user, roleName, expiry = '12h'] = positionals;
const role = parseRole(roleName);
if (!user || !role) {
  console.error(`usage: npm run token -- <user> <${Object.values(Role).join('|')}> [expiry, e.g. 12h or 30d]`);
  process.exit(2);
}
const config = readConfig();
if (config.production && !config.auth.jwtSecret?.trim()) {
  console.error('AIMAK_JWT_SECRET is not set: a token signed now would not be accepted by a running server.');
  process.exit(2);
}
try {
  // Outside production the secret kept in .data/jwt-secret is the one `npm start` uses.
  const issued = await issueToken(authSettings({ ...withKeptDevelopmentSecret(config.auth), production: false }), user, role, expiry);
  console.log(issued.token);
  console.error(`token id: ${issued.id}  (revoke with: mutation { revokeToken(id: "${issued.id}") { revokedAt } })`);
  console.error(`expires:  ${issued.expiresAt.toISOString()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
