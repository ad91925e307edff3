import { contactSeal } from '../privacy/contact-seal.js';

/**
 * The values of an audit entry are stored sealed with the data key (AES-256-GCM, contact-seal.ts): who made a
 * change, what it was and the properties before and after, which include deleted people's (sealed) phones. An
 * analyst's read-only Cypher can reach :Change nodes by scanning all nodes, and the console has no per-label
 * access rules (Neo4j Community); sealed, what it finds there is unreadable and useless in a filter (each value
 * has its own nonce). Only the keys the audit queries look up by stay plain: id, entityId, requestId, at.
 * Entries stored before sealing existed are read as they are.
 */
export const sealedEntryColumns = ['actor', 'action', 'entityType', 'subjectId', 'summary', 'before', 'after'] as const;
type SealedColumn = (typeof sealedEntryColumns)[number];

export function sealEntryValues(values: Record<SealedColumn, string | null>): Record<SealedColumn, string | null> {
  const seal = contactSeal();
  return Object.fromEntries(sealedEntryColumns.map((column) => [column, seal.seal(`audit.${column}`, values[column])])) as Record<SealedColumn, string | null>;
}

/** A stored entry with its sealed values opened (plain values, from older entries, stay as they are). */
export function openEntryValues(row: Record<string, unknown>): Record<string, unknown> {
  const seal = contactSeal();
  const opened = { ...row };
  for (const column of sealedEntryColumns) {
    const stored = row[column];
    if (typeof stored === 'string') opened[column] = seal.open(`audit.${column}`, stored);
  }
  return opened;
}
