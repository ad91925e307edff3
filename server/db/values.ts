import neo4j from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JSON-friendly values:
 * integers to numbers, temporal values to ISO strings, nodes and relationships to their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are already plain: skip the driver's type checks for them (this runs for every value returned).
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (
    neo4j.isDate(value as object) ||
    neo4j.isDateTime(value as object) ||
    neo4j.isLocalDateTime(value as object) ||
    neo4j.isTime(value as object) ||
    neo4j.isLocalTime(value as object) ||
    neo4j.isDuration(value as object)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value as object) || neo4j.isRelationship(value as object)) {
    return toPlain((value as { properties: unknown }).properties);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, toPlain(v)]));
  }
  return value;
}

/** A whole number for Cypher (`LIMIT`, `SKIP`, ranges): JS numbers would arrive as floats. */
export function cypherInt(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}
