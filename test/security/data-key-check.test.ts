import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ContactSeal, contactSeal } from '../../server/privacy/contact-seal.js';
import { verifyDataKey } from '../../server/privacy/data-key-check.js';
import { testDatabase } from '../support/database.js';

const removeCheck = () => testDatabase().runStatement('test: remove the data-key check', 'MATCH (k:DataKeyCheck) DELETE k');
const personId = `key-check-person-${Date.now()}`;

afterAll(async () => {
  await removeCheck();
  await testDatabase().runStatement('test: remove the person', 'MATCH (p:Person {id: $id}) DETACH DELETE p', { id: personId });
});

const wrongKey = new ContactSeal(randomBytes(32));

describe('data-key check at start-up', () => {
  it('stores a check value the first time, then accepts the same key and refuses another', async () => {
    await removeCheck();
    const db = testDatabase();
    expect(await verifyDataKey(db, contactSeal())).toBe('stored');
    const [stored] = await db.runStatement('test: read the check', 'MATCH (k:DataKeyCheck) RETURN count(k) AS n, k.sealed AS sealed');
    expect(stored).toMatchObject({ n: 1, sealed: expect.stringMatching(/^sealed:v1:/) });
    expect(await verifyDataKey(db, contactSeal())).toBe('verified');
    await expect(verifyDataKey(db, wrongKey)).rejects.toThrow(/AIMAK_DATA_KEY cannot open the data-key check value stored on .*never generate a new key/);
    // The refusal changed nothing: the original key still opens it.
    expect(await verifyDataKey(db, contactSeal())).toBe('verified');
  });

  it('checks a database sealed before check values existed by opening one sealed value', async () => {
    const db = testDatabase();
    // A phone sealed with the database's key, as an attendance import stores it.
    await db.runStatement('test: a person with a sealed phone', 'CREATE (:Person:Entity {id: $id, nameEn: "Key check person", phone: $phone})', {
      id: personId,
      phone: contactSeal().seal('phone', '+996555000111'),
    });
    await removeCheck();
    await expect(verifyDataKey(db, wrongKey)).rejects.toThrow(/AIMAK_DATA_KEY cannot open the sealed (phone|email) numbers stored in the database/);
    const [after] = await db.runStatement('test: count checks', 'MATCH (k:DataKeyCheck) RETURN count(k) AS n');
    expect(after).toEqual({ n: 0 }); // nothing stored for a key that was refused
    expect(await verifyDataKey(db, contactSeal())).toBe('stored');
  });
});
