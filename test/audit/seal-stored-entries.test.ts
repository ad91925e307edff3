import { afterAll, describe, expect, it } from 'vitest';
import { sealStoredAuditEntries } from '../../server/audit/seal-stored-entries.js';
import { testDatabase } from '../support/database.js';
import { graphqlData } from '../support/graphql.js';

/**
 * Issue 11, point 5 (follow-up): audit entries written before audit sealing keep plain values, which an all-nodes
 * scan in the console could read; start-up seals them like plain contacts, once, and editors still read them.
 */
const entityId = 'zz-seal-old-entry';
const cypher = (text: string, params: Record<string, unknown> = {}) => testDatabase().runStatement('seal-stored-entries.test', text, params);

afterAll(async () => {
  await cypher('MATCH (c:Change {entityId: $entityId}) DELETE c', { entityId });
});

describe('sealing old audit entries at start-up', () => {
  it('seals every plain value, keeps the entry readable, and changes nothing the second time', async () => {
    await cypher(`CREATE (:Change {id: 'zz-seal-old', entityId: $entityId, at: datetime('2024-01-01T00:00:00Z'), actor: 'old-actor', requestId: null,
      action: 'DELETED', entityType: 'Person', subjectId: $entityId, summary: 'Deleted person «Old»', before: '{"phone":"+996555000222"}', after: null})`, { entityId });

    expect(await sealStoredAuditEntries(testDatabase())).toBeGreaterThanOrEqual(1);
    const [stored] = await cypher('MATCH (c:Change {entityId: $entityId}) RETURN properties(c) AS c', { entityId });
    const values = stored!.c as Record<string, unknown>;
    for (const column of ['actor', 'action', 'entityType', 'subjectId', 'summary', 'before']) expect(String(values[column]), column).toMatch(/^sealed:v1:/);
    expect(values.after ?? null).toBeNull();
    expect(JSON.stringify(values)).not.toContain('+996555000222');
    // The keys entries are found by stay plain.
    expect(values.entityId).toBe(entityId);

    const [entry] = (await graphqlData(`{ changes(entityId: "${entityId}") { actor action summary before } }`)).changes;
    expect(entry).toMatchObject({ actor: 'old-actor', action: 'DELETED', summary: 'Deleted person «Old»' });
    expect(JSON.stringify(entry.before)).toContain('+996555000222');

    const sealedOnce = JSON.stringify(values);
    expect(await sealStoredAuditEntries(testDatabase())).toBe(0);
    const [again] = await cypher('MATCH (c:Change {entityId: $entityId}) RETURN properties(c) AS c', { entityId });
    expect(JSON.stringify(again!.c)).toBe(sealedOnce);
  });
});
