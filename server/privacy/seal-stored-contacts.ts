import type { GraphDatabase, WriteTransaction } from '../db/graph-database.js';
import { contactSeal } from './contact-seal.js';

/**
 * Seals contact data still stored in plain text (from before sealing existed, or restored from such a backup)
 * inside the caller's transaction; returns how many people it sealed.
 */
export async function sealPlainContacts(tx: WriteTransaction): Promise<number> {
  const plain = await tx.run('person/plain-contacts', {});
  if (plain.length === 0) return 0;
  const seal = contactSeal();
  const rows = plain.map((row) => ({
    id: row.id,
    plainPhone: row.phone ?? null,
    phone: seal.seal('phone', row.phone as string | null),
    plainEmail: row.email ?? null,
    email: seal.seal('email', row.email as string | null),
  }));
  const [result] = await tx.run('person/seal-contacts', { rows });
  return Number(result?.sealed ?? 0);
}

/** At start-up: the same, in a transaction of its own. */
export function sealStoredContacts(db: GraphDatabase): Promise<number> {
  return db.write((tx) => sealPlainContacts(tx));
}
