import { recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import { BadInputError } from '../errors.js';
import type { RevokedToken } from './revoked-token.type.js';
import { markRevoked } from './token-revocations.js';

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
  markRevoked(id);
  return token;
}

export async function revokedTokens(db: GraphDatabase, first: number): Promise<RevokedToken[]> {
  const rows = await db.read('auth/revoked-tokens', { first: cypherInt(Math.min(Math.max(first, 1), 1000)) });
  return rows.map((row) => row.token as RevokedToken);
}
