import type { GraphDatabase, WriteTransaction } from '../db/graph-database.js';
import { contactSeal } from '../privacy/contact-seal.js';
import { sealedEntryColumns } from './sealed-entry.js';

/**
 * Seals audit values still stored in plain text (entries from before audit sealing, or restored from such a
 * backup) inside the caller's transaction, as server/privacy/seal-stored-contacts.ts does for contacts; values
 * already sealed stay as they are, so running it again changes nothing. Returns how many entries it sealed.
 */
export async function sealPlainAuditEntries(tx: WriteTransaction): Promise<number> {
  const plain = await tx.run('audit/plain-entries', { columns: [...sealedEntryColumns] });
  if (plain.length === 0) return 0;
  const seal = contactSeal();
  const rows = plain.map((row) => {
    const values = row.values as Record<string, unknown>;
    return {
      elementId: row.elementId,
      values: Object.fromEntries(
        sealedEntryColumns.map((column) => {
          const value = values[column];
          return [column, typeof value === 'string' ? seal.seal(`audit.${column}`, value) : value ?? null];
        }),
      ),
    };
  });
  const [result] = await tx.run('audit/seal-entries', { rows });
  return Number(result?.sealed ?? 0);
}

/** At start-up: the same, in a transaction of its own. */
export function sealStoredAuditEntries(db: GraphDatabase): Promise<number> {
  return db.write((tx) => sealPlainAuditEntries(tx));
}
