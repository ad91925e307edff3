import type { GraphDatabase } from '../db/graph-database.js';
import { logger } from '../logging/logger.js';
import { parseRole, type Principal } from './roles.js';

/** Revoked in this process: refused at once, without waiting for the next refresh. */
const revokedHere = new Set<string>();

/** Created in this process: accepted at once, before the next refresh. */
const createdHere = new Map<string, Principal>();

export function markApiKeyRevoked(keyHash: string): void {
  revokedHere.add(keyHash);
  createdHere.delete(keyHash);
}

export function markApiKeyCreated(keyHash: string, principal: Principal): void {
  createdHere.set(keyHash, principal);
}

/**
 * The API keys admins created (`createApiKey`), kept in memory by hash and read again from Neo4j at most every
 * `refreshMs`, so checking a key costs no round trip per request; a key created or revoked on another server
 * counts there within seconds, and one revoked here at once.
 */
export class StoredApiKeys {
  private keys = new Map<string, Principal>();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;

  constructor(private readonly db: GraphDatabase, private readonly refreshMs = 5_000) {}

  /** Who the key with this SHA-256 is, or null. An unknown key forces one refresh, so a new key works at once. */
  async principalOf(keyHash: string): Promise<Principal | null> {
    if (revokedHere.has(keyHash)) return null;
    const created = createdHere.get(keyHash);
    if (created) return created;
    if (Date.now() - this.loadedAt >= this.refreshMs || !this.keys.has(keyHash)) await this.refresh(!this.keys.has(keyHash));
    return this.keys.get(keyHash) ?? null;
  }

  private refresh(unknownKey: boolean): Promise<void> {
    // An unknown key refreshes at most once a second, so a flood of wrong keys cannot flood Neo4j.
    if (unknownKey && Date.now() - this.loadedAt < 1_000) return Promise.resolve();
    this.loading ??= this.db
      .read('auth/active-api-keys')
      .then(([row]) => {
        const keys = new Map<string, Principal>();
        for (const key of (row?.keys as { keyHash: string; name: string; role: string }[] | undefined) ?? []) {
          const role = parseRole(key.role);
          if (role) keys.set(key.keyHash, { id: `key:${key.name}`, role, authenticated: true });
        }
        this.keys = keys;
        this.loadedAt = Date.now();
      })
      .catch((error: unknown) => {
        logger.warn({ err: error }, 'could not read the stored API keys; keeping the last list');
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }
}
