/**
 * Personal contact data is sealed at rest (AES-256-GCM, key from AIMAK_DATA_KEY): the database and an
 * analyst's read-only Cypher see only `sealed:v1:…`; editors and admins read the number through the API.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { ContactSeal, isSealed } from '../../server/privacy/contact-seal.js';
import { loadDataKey } from '../../server/privacy/data-key.js';
import { sealStoredContacts } from '../../server/privacy/seal-stored-contacts.js';
import { testDatabase } from '../support/database.js';
import { as, graphql, graphqlData } from '../support/graphql.js';

const seal = new ContactSeal(randomBytes(32));

describe('ContactSeal', () => {
  it('seals a value so that it opens again, with a fresh nonce each time', () => {
    const once = seal.seal('phone', '+996555123456')!;
    const twice = seal.seal('phone', '+996555123456')!;
    expect(isSealed(once)).toBe(true);
    expect(once).not.toContain('555123456');
    expect(once).not.toBe(twice);
    expect(seal.open('phone', once)).toBe('+996555123456');
    expect(seal.open('phone', twice)).toBe('+996555123456');
  });

  it('refuses to open with another key or as another field, and never seals twice', () => {
    const sealed = seal.seal('phone', '+996700000001')!;
    expect(() => new ContactSeal(randomBytes(32)).open('phone', sealed)).toThrow('A sealed phone could not be opened: AIMAK_DATA_KEY is not the key it was sealed with');
    expect(() => seal.open('email', sealed)).toThrow(/could not be opened/);
    expect(seal.seal('phone', sealed)).toBe(sealed);
    expect([seal.seal('phone', null), seal.seal('phone', ''), seal.open('phone', null)]).toEqual([null, null, null]);
    expect(seal.open('phone', '+996700000002')).toBe('+996700000002'); // stored before sealing existed
  });
});

describe('the data key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aimak-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is required in production', () => {
    expect(() => loadDataKey({ production: true })).toThrow('AIMAK_DATA_KEY is required when NODE_ENV=production');
    expect(() => loadDataKey({ production: true, dataKey: 'c2hvcnQ=' })).toThrow('AIMAK_DATA_KEY must be 32 bytes in base64');
    const key = randomBytes(32);
    expect(loadDataKey({ production: true, dataKey: key.toString('base64') }).equals(key)).toBe(true);
  });

  it('is made once for development, readable only by its owner, and the same on the next start', () => {
    const file = join(dir, 'data-key');
    const made = loadDataKey({ production: false, dataKeyFile: file });
    expect(made).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadDataKey({ production: false, dataKeyFile: file }).equals(made)).toBe(true);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64').equals(made)).toBe(true);
  });
});

describe('phone numbers in the graph', () => {
  const db = testDatabase();
  const id = 'seal-test-person';
  afterAll(async () => {
    await db.runStatement('seal test clean-up', 'MATCH (p:Person {id: $id}) DETACH DELETE p', { id });
  });

  it('are sealed at start-up when stored in plain text, readable by editors through the API and by nobody in Cypher', async () => {
    await db.runStatement('seal test person', `CREATE (:Entity:Person {id: $id, nameEn: 'Seal Test', aliases: [], phone: '+996555000111'})`, { id });
    expect(await sealStoredContacts(db)).toBe(1);
    expect(await sealStoredContacts(db)).toBe(0); // nothing left in plain text

    const [stored] = await db.runStatement('seal test read', 'MATCH (p:Person {id: $id}) RETURN p.phone AS phone', { id });
    expect(isSealed(String(stored!.phone))).toBe(true);
    expect(String(stored!.phone)).not.toContain('555000111');

    const asEditor = await graphqlData(`query ($id: ID!) { person(id: $id) { phone } }`, { id }, { principal: as(Role.EDITOR) });
    expect(asEditor.person.phone).toBe('+996555000111');

    const asAnalyst = await graphqlData(`query ($id: ID!) { runCypher(query: "MATCH (p:Person {id: $id}) RETURN p.phone AS phone, p AS node", parameters: { id: $id }) { rows } }`, { id }, { principal: as(Role.ANALYST) });
    const [row] = asAnalyst.runCypher.rows;
    expect(JSON.stringify(row)).not.toContain('555000111');
    // The console masks sealed values as well (server/cypher-console/protected-data.ts).
    expect(row.phone).toBe('[sealed]');

    const asViewer = await graphql(`query ($id: ID!) { person(id: $id) { phone } }`, { id }, { principal: as(Role.VIEWER) });
    expect(asViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
