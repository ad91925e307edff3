import { recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import { BadInputError } from '../errors.js';
import { logger } from '../logging/logger.js';
import type { RevokedToken } from './revoked-token.type.js';

/** Revoked in this process: refused at once, without waiting for the next refresh. Token ids are UUIDs, unique everywhere. */
const revokedHere = new Set<string>();

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

const tokenIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Revokes a token by its id, with an audit entry in the same transaction; revoking it again changes nothing. */
export async function revokeToken(db: GraphDatabase, tokenId: string): Promise<RevokedToken> {
  const id = tokenId.trim().toLowerCase();
  if (!tokenIdPattern.test(id)) throw new BadInputError('id', 'must be a token id (a UUID, as printed by npm run token)');
  const token = await db.write(async (tx) => {
    const [row] = await tx.run('auth/revoke-token', { id, actor: tx.actor });
    const revoked = row!.token as RevokedToken;
    if (row!.created) {
      await recordChange(tx, {
        action: ChangeAction.REVOKED,
        entityType: 'Token',
        subjectId: id,
        entityIds: [id],
        summary: `Revoked sign-in token ${id}`,
        after: { id, revokedBy: revoked.revokedBy },
      });
    }
    return revoked;
  });
  revokedHere.add(id);
  return token;
}

export async function revokedTokens(db: GraphDatabase, first: number): Promise<RevokedToken[]> {
  const rows = await db.read('auth/revoked-tokens', { first: cypherInt(Math.min(Math.max(first, 1), 1000)) });
  return rows.map((row) => row.token as RevokedToken);
}
