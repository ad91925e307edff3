import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import { projectPath } from './project-root.js';

/**
 * A development secret kept in a file (`.data/…` by default), made on first use with `bytes` random bytes in
 * base64, readable by the owner only, so what was sealed or signed yesterday still opens today. Production
 * never calls this: there the secret comes from the environment.
 */
export function keptSecret(file: string, bytes = 32): string {
  const path = isAbsolute(file) ? file : projectPath(file);
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(path), { recursive: true });
  try {
    // 'wx': when two processes start at once, one writes and the other reads what it wrote.
    writeFileSync(path, `${randomBytes(bytes).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(path, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(path, 'utf8').trim();
}

/** Where a kept secret lives, for messages. */
export function keptSecretPath(file: string): string {
  return isAbsolute(file) ? file : projectPath(file);
}
