import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { authSettings, principalOf } from '../../server/auth/credentials.js';
import { usesDevelopmentSecret, withKeptDevelopmentSecret } from '../../server/auth/development-secret.js';
import { Role } from '../../server/auth/roles.js';
import { readConfig } from '../../server/config/config.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const scratch = () => join(mkdtempSync(join(tmpdir(), 'aimak-jwt-')), 'nested', 'jwt-secret');

describe('the development token secret kept in .data/', () => {
  it('is made once, readable by its owner only, and the same on every later start', () => {
    const file = scratch();
    const first = withKeptDevelopmentSecret({ production: false, jwtSecretFile: file });
    const second = withKeptDevelopmentSecret({ production: false, jwtSecretFile: file });
    expect(first.jwtSecret).toBe(readFileSync(file, 'utf8').trim());
    expect(first.jwtSecret!.length).toBeGreaterThanOrEqual(32);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(authSettings(first).ephemeralSecret).toBe(false);
  });

  it('never replaces a configured secret, and is never used in production', () => {
    const file = scratch();
    const configured = 'a-configured-secret-of-at-least-32-characters';
    expect(withKeptDevelopmentSecret({ production: false, jwtSecret: configured, jwtSecretFile: file }).jwtSecret).toBe(configured);
    expect(withKeptDevelopmentSecret({ production: true, jwtSecretFile: file }).jwtSecret).toBeUndefined();
    expect(() => authSettings(withKeptDevelopmentSecret({ production: true, jwtSecretFile: file }))).toThrow(/AIMAK_JWT_SECRET is required/);
    expect(usesDevelopmentSecret(readConfig({ AIMAK_JWT_SECRET_FILE: file }).auth)).toBe(true);
    expect(usesDevelopmentSecret(readConfig({ AIMAK_JWT_SECRET: configured }).auth)).toBe(false);
  });

  it('lets `npm run token` work in development with nothing set: the server, reading the same file, accepts the token', async () => {
    const file = scratch();
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, AIMAK_JWT_SECRET_FILE: file };
    const run = spawnSync('npx', ['tsx', 'server/cli/token.ts', 'aigul', 'analyst'], { cwd: repoRoot, encoding: 'utf8', env, timeout: 120_000 });
    expect(run.stderr).not.toMatch(/not set/);
    expect(run.status).toBe(0);
    const token = run.stdout.trim();
    const server = authSettings(withKeptDevelopmentSecret(readConfig(env).auth));
    expect(await principalOf({ authorization: `Bearer ${token}` }, server)).toMatchObject({ id: 'aigul', role: Role.ANALYST, authenticated: true });
  }, 150_000);
});
