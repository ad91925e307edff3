import { createHash } from 'node:crypto';
import { testDatabase } from '../support/database.js';

/**
 * The whole database in one hash, read from the real Neo4j: node counts by label, relationship counts by type,
 * and every node's and relationship's labels or type and properties (as Neo4j's own text of each value).
 * Equal before and after a refused mutation means it wrote nothing, not even part of its work.
 */
export interface Fingerprint {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  hash: string;
}

const propertiesText = `[key IN keys(x) | key + '=' + valueType(x[key]) + ':' + CASE WHEN valueType(x[key]) STARTS WITH 'LIST' THEN reduce(s = '', item IN x[key] | s + '|' + toString(item)) ELSE toString(x[key]) END]`;

export async function databaseFingerprint(): Promise<Fingerprint> {
  const db = testDatabase();
  const nodes = await db.runStatement('fuzz: node fingerprint', `MATCH (x) RETURN labels(x) AS labels, ${propertiesText} AS properties`, {});
  const relationships = await db.runStatement('fuzz: relationship fingerprint', `MATCH (a)-[x]->(b) RETURN type(x) AS type, elementId(a) AS a, elementId(b) AS b, ${propertiesText} AS properties`, {});
  const lines = [
    ...nodes.map((row) => `n ${[...(row.labels as string[])].sort().join(':')} ${[...(row.properties as string[])].sort().join(',')}`),
    ...relationships.map((row) => `r ${row.type} ${row.a} ${row.b} ${[...(row.properties as string[])].sort().join(',')}`),
  ].sort();
  const byLabel: Record<string, number> = {};
  for (const row of nodes) for (const label of row.labels as string[]) byLabel[label] = (byLabel[label] ?? 0) + 1;
  const byType: Record<string, number> = {};
  for (const row of relationships) byType[String(row.type)] = (byType[String(row.type)] ?? 0) + 1;
  return { nodes: nodes.length, relationships: relationships.length, byLabel, byType, hash: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

/** Element ids of every node and relationship now in the database, to remove what a run adds. */
export async function elementIds(): Promise<{ nodes: string[]; relationships: string[] }> {
  const db = testDatabase();
  const nodes = await db.runStatement('fuzz: node ids', 'MATCH (x) RETURN collect(elementId(x)) AS ids', {});
  const relationships = await db.runStatement('fuzz: relationship ids', 'MATCH ()-[x]->() RETURN collect(elementId(x)) AS ids', {});
  return { nodes: nodes[0]!.ids as string[], relationships: relationships[0]!.ids as string[] };
}

/** Deletes every node and relationship not among `kept` (what the fuzz run's successful writes added). */
export async function removeAddedSince(kept: { nodes: string[]; relationships: string[] }): Promise<void> {
  const db = testDatabase();
  await db.runStatement('fuzz: remove added relationships', 'MATCH ()-[x]->() WHERE NOT elementId(x) IN $kept DELETE x', { kept: kept.relationships });
  await db.runStatement('fuzz: remove added nodes', 'MATCH (x) WHERE NOT elementId(x) IN $kept DETACH DELETE x', { kept: kept.nodes });
}
