import { randomUUID } from 'node:crypto';
import type { WriteTransaction } from '../db/graph-database.js';
import type { Change, ChangeAction } from './change.type.js';
import { openEntryValues, sealEntryValues } from './sealed-entry.js';

export interface ChangeRecord {
  action: ChangeAction;
  entityType: string;
  /** The node, position or participation changed. */
  subjectId: string;
  /** Every node the change concerns, so each one's history shows it. */
  entityIds: string[];
  summary: string;
  before?: object | null;
  after?: object | null;
}

/** Properties worth showing in a history: derived search text and the lock version left out. */
function visible(properties: object | null | undefined): Record<string, unknown> | null {
  if (!properties) return null;
  const { searchText: _derived, entityType: _type, version: _version, ...rest } = properties as Record<string, unknown>;
  return rest;
}

/** Only the properties that differ, before and after (whole objects for a creation or deletion). */
export function difference(before: object | null | undefined, after: object | null | undefined) {
  const b = visible(before);
  const a = visible(after);
  if (!b || !a) return { before: b, after: a };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => JSON.stringify(b[key] ?? null) !== JSON.stringify(a[key] ?? null));
  return { before: Object.fromEntries(keys.map((k) => [k, b[k] ?? null])), after: Object.fromEntries(keys.map((k) => [k, a[k] ?? null])) };
}

/** Records a change in the audit trail within the transaction that makes it: both are kept, or neither. */
export async function recordChange(tx: WriteTransaction, change: ChangeRecord): Promise<void> {
  const { before, after } = difference(change.before, change.after);
  await tx.run('audit/record', {
    id: randomUUID(),
    requestId: tx.requestId ?? null,
    clientRequestId: tx.clientRequestId ?? null,
    entityIds: [...new Set(change.entityIds)],
    ...sealEntryValues({
      actor: tx.actor,
      action: change.action,
      entityType: change.entityType,
      subjectId: change.subjectId,
      summary: change.summary,
      before: before ? JSON.stringify(before) : null,
      after: after ? JSON.stringify(after) : null,
    }),
  });
}

/** How a node is named in a summary. */
export function displayName(entity: { id: string; nameEn?: string | null; nameRu?: string | null } | null | undefined): string {
  return entity ? `«${entity.nameEn ?? entity.nameRu ?? entity.id}»` : '«?»';
}

/** Stored entries back to API objects (values sealed, see sealed-entry.ts; before/after are JSON text). */
export function changeFromRow(stored: Record<string, unknown>): Change {
  const row = openEntryValues(stored);
  const parse = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : null);
  return { ...(row as unknown as Change), before: parse(row.before), after: parse(row.after) };
}
