import type { WriteTransaction } from '../db/graph-database.js';
import { BadInputError, NotFoundError } from '../errors.js';
import type { EntityType } from './named-entity.type.js';

export interface Reference {
  /** Input field the id came from, named in the error. */
  field: string;
  id: string | null | undefined;
  /** Node types the id may point at. */
  types: readonly EntityType[];
}

/**
 * Checks, inside the write transaction, that every referenced id exists and is of an allowed type,
 * so a mutation either sees all its references or fails with NOT_FOUND / BAD_USER_INPUT naming the field.
 * Returns the referenced nodes by input field.
 */
export async function requireReferences(
  tx: WriteTransaction,
  references: readonly Reference[],
): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  const given = references.filter((reference): reference is Reference & { id: string } => Boolean(reference.id));
  if (given.length === 0) return found;
  const rows = await tx.run('common/entity-types', { ids: given.map((reference) => reference.id) });
  const rowById = new Map(rows.map((row) => [String(row.id), row]));
  for (const reference of given) {
    const row = rowById.get(reference.id);
    const type = row?.entityType as string | null | undefined;
    if (!type) throw new NotFoundError(reference.types.join(' or ').toLowerCase(), reference.id, reference.field);
    if (!reference.types.includes(type as EntityType)) {
      throw new BadInputError(reference.field, `"${reference.id}" is a ${type}, expected ${reference.types.join(' or ')}`);
    }
    found.set(reference.field, row?.node as Record<string, unknown>);
  }
  return found;
}
