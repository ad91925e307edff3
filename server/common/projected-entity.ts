import type { NamedEntity } from './named-entity.type.js';

/**
 * A node as a query returns it when it reads only the selected properties: its id and type, and the values of
 * `fields` in that order (Cypher cannot build a map with keys from a parameter).
 */
export interface ProjectedEntity {
  id: string;
  entityType: string;
  values: unknown[];
}

export function entityOf<T extends NamedEntity = NamedEntity>(projected: ProjectedEntity, fields: readonly string[]): T {
  const properties = Object.fromEntries(fields.map((field, index) => [field, projected.values[index]]));
  return { ...properties, id: projected.id, entityType: projected.entityType } as T;
}
