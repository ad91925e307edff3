import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { loadDataKey, type DataKeyEnvironment } from './data-key.js';

/** Personal contact fields kept sealed in Neo4j (the GraphQL policy also limits who may read them). */
export type ContactField = 'phone' | 'email';

/**
 * Every value sealed with the data key: contacts, the values of audit entries (server/audit/sealed-entry.ts),
 * and the known text that checks the key (data-key-check.ts).
 */
export type SealedField = ContactField | `audit.${string}` | 'data-key-check';

const PREFIX = 'sealed:v1:';

/**
 * Security boundary: personal contact data (phone, e-mail) is stored in Neo4j only as AES-256-GCM ciphertext,
 * so whoever reads the database directly (an analyst's read-only Cypher, an export, a copied store) sees
 * `sealed:v1:…` and not the number. Only the API opens it, for roles allowed `read-personal`. The field name
 * is authenticated with the data, so a sealed phone cannot be passed off as another field; each value gets
 * a fresh random nonce, so equal numbers do not look equal.
 */
export class ContactSeal {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The data key must be 32 bytes');
  }

  seal(field: SealedField, plain: string | null | undefined): string | null {
    if (plain === null || plain === undefined || plain === '') return null;
    if (isSealed(plain)) return plain;
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(Buffer.from(field));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${PREFIX}${Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  /** The plain value; values stored before sealing existed are returned as they are. */
  open(field: SealedField, stored: string | null | undefined): string | null {
    if (stored === null || stored === undefined) return null;
    if (!isSealed(stored)) return stored;
    const packed = Buffer.from(stored.slice(PREFIX.length), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, packed.subarray(0, 12));
    decipher.setAAD(Buffer.from(field));
    decipher.setAuthTag(packed.subarray(12, 28));
    try {
      return Buffer.concat([decipher.update(packed.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(`A sealed ${field} could not be opened: AIMAK_DATA_KEY is not the key it was sealed with`);
    }
  }
}

export function isSealed(value: string): boolean {
  return value.startsWith(PREFIX);
}

/** A sealed value anywhere inside a text (e.g. within a JSON string), for hiding it in what is shown. */
export const SEALED_VALUE = /sealed:v1:[A-Za-z0-9+/=]*/g;

let configured: ContactSeal | undefined;

/** The process's seal, from AIMAK_DATA_KEY (or the development key file); main.ts loads it at start-up. */
export function contactSeal(env: DataKeyEnvironment = { production: process.env.NODE_ENV === 'production', dataKey: process.env.AIMAK_DATA_KEY, dataKeyFile: process.env.AIMAK_DATA_KEY_FILE }): ContactSeal {
  configured ??= new ContactSeal(loadDataKey(env));
  return configured;
}
