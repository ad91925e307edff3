/** The audit trail of a person, organisation or event (editors and admins only), and its changed fields as lines. */
import type { GraphQLClient } from '../api/client.js';

export type ChangeAction = 'CREATED' | 'UPDATED' | 'DELETED' | 'IMPORTED' | 'MERGED' | 'RESTORED';

export interface Change {
  id: string;
  action: ChangeAction;
  actor: string;
  at: string;
  summary: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  entityType: string;
  subjectId: string;
}

/** The types whose `changes` field the schema offers. */
export const HISTORY_TYPES: ReadonlySet<string> = new Set(['Person', 'Organisation', 'Event']);
export const HISTORY_LENGTH = 20;

const CHANGE_FIELDS = 'id action actor at summary before after entityType subjectId';

/** Asked apart from the details: a viewer's request naming `changes` would be refused as a whole. */
export const HISTORY = /* GraphQL */ `
  query History($id: ID!, $first: Int!) {
    node(id: $id) {
      ... on Person { changes(first: $first) { ${CHANGE_FIELDS} } }
      ... on Organisation { changes(first: $first) { ${CHANGE_FIELDS} } }
      ... on Event { changes(first: $first) { ${CHANGE_FIELDS} } }
    }
  }
`;

export async function fetchHistory(client: GraphQLClient, id: string): Promise<Change[]> {
  const result = await client.request<{ node: { changes?: Change[] } | null }>(HISTORY, { id, first: HISTORY_LENGTH });
  return result.node?.changes ?? [];
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

const MAX_VALUE = 80;
const MAX_FIELDS = 12;

function show(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = Array.isArray(value) ? value.map((item) => show(item) ?? '∅').join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** The fields a change touched, with their values before and after (one side null for a creation or deletion). */
export function changedFields(change: Pick<Change, 'before' | 'after'>): { fields: FieldChange[]; more: number } {
  const before = change.before ?? {};
  const after = change.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const fields = keys
    .map((field) => ({ field, before: show(before[field]), after: show(after[field]) }))
    .filter((line) => line.before !== line.after);
  return { fields: fields.slice(0, MAX_FIELDS), more: Math.max(0, fields.length - MAX_FIELDS) };
}
