import { keptSecret, keptSecretPath } from '../common/kept-secret.js';

export interface DataKeyEnvironment {
  production: boolean;
  /** AIMAK_DATA_KEY: 32 bytes, base64 (e.g. `openssl rand -base64 32`). */
  dataKey?: string;
  /** AIMAK_DATA_KEY_FILE: where a development key is kept; `.data/data-key` by default. */
  dataKeyFile?: string;
}

const DEV_KEY_FILE = '.data/data-key';

function parseKey(text: string, from: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${from} must be 32 bytes in base64 (e.g. openssl rand -base64 32), got ${key.length} bytes`);
  return key;
}

/**
 * The key that seals personal contact data at rest. In production it must be configured (AIMAK_DATA_KEY); the
 * local quick start keeps one in `.data/data-key`, made on first use, so data sealed yesterday opens today.
 * Losing the key loses the sealed phone numbers, by design: back it up with the database.
 */
export function loadDataKey(env: DataKeyEnvironment): Buffer {
  if (env.dataKey?.trim()) return parseKey(env.dataKey, 'AIMAK_DATA_KEY');
  if (env.production) throw new Error('AIMAK_DATA_KEY is required when NODE_ENV=production (32 bytes, base64: openssl rand -base64 32)');
  const file = env.dataKeyFile?.trim() || DEV_KEY_FILE;
  return parseKey(keptSecret(file), keptSecretPath(file));
}
