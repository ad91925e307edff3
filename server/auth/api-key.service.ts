import { randomBytes, randomUUID } from 'node:crypto';
import { recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import { BadInputError, NotFoundError } from '../errors.js';
import type { ApiKey } from './api-key.type.js';
import { apiKeyHash } from './credentials.js';
import { parseRole } from './roles.js';
import { markApiKeyCreated, markApiKeyRevoked } from './stored-api-keys.js';

/** An admin creates a named key: 32 random bytes, shown once; only its hash is stored. Audited. */
export async function createApiKey(db: GraphDatabase, input: { name: string; role: string }): Promise<{ apiKey: ApiKey; key: string }> {
  const name = input.name.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._-]{1,59}$/u.test(name)) throw new BadInputError('name', 'must have 2 to 60 letters, digits, spaces, dots, dashes or underscores / имя: от 2 до 60 букв, цифр, пробелов, точек, дефисов');
  const role = parseRole(input.role);
  if (!role) throw new BadInputError('role', 'must be viewer, editor, analyst or admin');
  const key = `aimak_${randomBytes(32).toString('base64url')}`;
  // The same hash principalOf computes from X-Api-Key.
  const keyHash = apiKeyHash(key);
  const apiKey = await db.write(async (tx) => {
    const [row] = await tx.run('auth/create-api-key', { id: `api-key-${randomUUID()}`, name, role, keyHash, actor: tx.actor });
    const created = row!.apiKey as ApiKey;
    await recordChange(tx, { action: ChangeAction.CREATED, entityType: 'ApiKey', subjectId: created.id, entityIds: [created.id], summary: `Created API key "${name}" (${role})`, after: { name, role } });
    return created;
  });
  markApiKeyCreated(keyHash, { id: `key:${name}`, role, authenticated: true });
  return { apiKey, key };
}

export async function apiKeys(db: GraphDatabase, first: number): Promise<ApiKey[]> {
  const rows = await db.read('auth/api-keys', { first: cypherInt(Math.min(Math.max(first, 1), 1000)) });
  return rows.map((row) => row.apiKey as ApiKey);
}

/** Revokes a key: refused at once here, within seconds on other servers. Revoking it again changes nothing. */
export async function revokeApiKey(db: GraphDatabase, id: string): Promise<ApiKey> {
  const { apiKey, keyHash } = await db.write(async (tx) => {
    const [row] = await tx.run('auth/revoke-api-key', { id, actor: tx.actor });
    if (!row) throw new NotFoundError('API key', id, 'id');
    const revoked = row.apiKey as ApiKey;
    if (row.revoked) {
      await recordChange(tx, { action: ChangeAction.REVOKED, entityType: 'ApiKey', subjectId: id, entityIds: [id], summary: `Revoked API key "${revoked.name}"`, after: { revokedAt: revoked.revokedAt } });
    }
    return { apiKey: revoked, keyHash: row.keyHash as string };
  });
  markApiKeyRevoked(keyHash);
  return apiKey;
}

