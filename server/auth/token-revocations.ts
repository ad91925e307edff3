import type { GraphDatabase } from '../db/graph-database.js';
import { logger } from '../logging/logger.js';

/** Revoked in this process: refused at once, without waiting for the next refresh. Token ids are UUIDs, unique everywhere. */
const revokedHere = new Set<string>();

/** Called once a revocation is committed (token-revocation.service.ts). */
export function markRevoked(tokenId: string): void {
  revokedHere.add(tokenId);
}

/**
 * The revoked token ids, kept in memory and read again from Neo4j at most every `refreshMs`, so checking a
 * token costs no database round trip per request, and a revocation made by another server process takes
 * effect within seconds (one made here, at once).
 */
export class TokenRevocations {
  private ids = new Set<string>();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly db: GraphDatabase,
    private readonly refreshMs = 5_000,
  ) {}

  async isRevoked(tokenId: string): Promise<boolean> {
    if (revokedHere.has(tokenId)) return true;
    if (Date.now() - this.loadedAt >= this.refreshMs) await this.refresh();
    return this.ids.has(tokenId);
  }

  /** One read shared by the requests that find the list stale at the same time. */
  private refresh(): Promise<void> {
    this.loading ??= this.db
      .read('auth/revoked-token-ids')
      .then(([row]) => {
        this.ids = new Set((row?.ids as string[] | undefined) ?? []);
        this.loadedAt = Date.now();
      })
      .catch((error: unknown) => {
        // Neo4j unreachable: keep the last list (requests needing the database fail anyway) and try again in a second.
        logger.warn({ err: error }, 'could not refresh the revoked token list');
        this.loadedAt = Date.now() - this.refreshMs + 1_000;
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }
}
