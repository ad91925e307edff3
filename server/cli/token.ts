/**
 * `npm run token -- <user> <role> [expiry]`: prints a sign-in token signed with AIMAK_JWT_SECRET, e.g.
 * `npm run token -- aigul editor 30d`. In Docker: `docker-compose exec app npm run token -- aigul editor`.
 */
import { parseArgs } from 'node:util';
import { authSettings, signToken } from '../auth/credentials.js';
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
if (!config.auth.jwtSecret) {
  console.error('AIMAK_JWT_SECRET is not set: a token signed now would not be accepted by a running server.');
  process.exit(2);
}
console.log(await signToken(authSettings({ ...config.auth, production: false }), user, role, expiry));
