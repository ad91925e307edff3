import type { GraphDatabase } from '../db/graph-database.js';
import type { ContactSeal, SealedField } from './contact-seal.js';

/** The known text sealed as the check value; only the key that sealed it opens it. */
const CHECK_TEXT = 'aimak-graph data key check v1';

export class DataKeyMismatchError extends Error {}

function refusal(what: string): DataKeyMismatchError {
  return new DataKeyMismatchError(
    `AIMAK_DATA_KEY cannot open ${what}: it is not the key this database's contact data was sealed with. ` +
      'Start with the original key (from your backups); never generate a new key for an existing database.',
  );
}

function opens(seal: ContactSeal, field: SealedField, sealed: string, expected?: string): boolean {
  try {
    const plain = seal.open(field, sealed);
    return expected === undefined || plain === expected;
  } catch {
    return false;
  }
}

/**
 * Security boundary, at start-up before anything reads or seals contact data: the configured data key must be
 * the one the database was sealed with, or the server refuses to start (sealed phones would be unreadable,
 * and new ones sealed with another key would be mixed in). The database keeps a check value: a known text
 * sealed with its key, stored when it first gets a key. A database sealed before check values existed is
 * checked by opening one sealed value, then given its check value. Returns what it did.
 */
export async function verifyDataKey(db: GraphDatabase, seal: ContactSeal): Promise<'verified' | 'stored'> {
  const [check] = await db.read('privacy/data-key-check');
  if (check?.sealed) {
    if (!opens(seal, 'data-key-check', check.sealed as string, CHECK_TEXT)) throw refusal(`the data-key check value stored on ${String(check.createdAt)}`);
    return 'verified';
  }
  const [sample] = await db.read('privacy/one-sealed-contact');
  if (sample && !opens(seal, sample.field as SealedField, sample.sealed as string)) throw refusal(`the sealed ${String(sample.field)} numbers stored in the database`);
  const [stored] = await db.write((tx) => tx.run('privacy/store-data-key-check', { sealed: seal.seal('data-key-check', CHECK_TEXT) }));
  // Another server starting at the same moment may have stored its own value first: check against that.
  if (!opens(seal, 'data-key-check', stored!.sealed as string, CHECK_TEXT)) throw refusal(`the data-key check value stored on ${String(stored!.createdAt)}`);
  return 'stored';
}
