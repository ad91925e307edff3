import { recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { GraphDatabase } from '../db/graph-database.js';
import type { ScryptCost } from './account-settings.js';
import type { Account } from './account.service.js';
import { checkPasswordRules, hashPassword } from './password.js';

/** Sets a new password for an active account and ends all its sessions, audited, in one transaction. */
export async function changePassword(db: GraphDatabase, cost: ScryptCost, account: { id: string; name: string; email: string }, newPassword: unknown): Promise<Account | null> {
  if (typeof newPassword !== 'string') return null;
  checkPasswordRules(newPassword, account);
  const passwordHash = await hashPassword(newPassword, cost);
  return db.write(async (tx) => {
    const [row] = await tx.run('account/change-password', { userId: account.id, passwordHash });
    if (!row) return null;
    await recordChange(tx, {
      action: ChangeAction.UPDATED, entityType: 'User', subjectId: account.id, entityIds: [account.id],
      summary: `${account.email} changed their password; their sessions ended`, after: { passwordChanged: true },
    });
    return row.user as Account;
  });
}
