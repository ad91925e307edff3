import { createHash } from 'node:crypto';
import { encodeProperties, type JsonValue, type StoredProperty } from './typed-values.js';

/**
 * The export format: every node with its labels and typed properties, every relationship with its type,
 * typed properties and endpoints, and a fingerprint of all of it. A node's `ref` is its `id` property when
 * that is unique among the exported nodes (every :Entity), else a reference local to the file.
 */
export const exportFormat = 'aimak-graph-export';
export const exportVersion = 1;

export interface ExportedNode {
  ref: string;
  labels: string[];
  properties: Record<string, JsonValue>;
}

export interface ExportedRelationship {
  type: string;
  start: string;
  end: string;
  properties: Record<string, JsonValue>;
}

export interface GraphDocument {
  format: string;
  version: number;
  exportedAt: string;
  filter: Record<string, unknown> | null;
  counts: { nodes: number; relationships: number };
  fingerprint: string;
  nodes: ExportedNode[];
  relationships: ExportedRelationship[];
}

interface StoredNode {
  element: string;
  labels: string[];
  properties: StoredProperty[];
}

interface StoredRelationship {
  type: string;
  start: string;
  end: string;
  properties: StoredProperty[];
}

/** Shapes the rows of exports/graph into the export's nodes and relationships. */
export function documentContent(row: Record<string, unknown>): Pick<GraphDocument, 'nodes' | 'relationships'> {
  const stored = (row.nodes as StoredNode[]) ?? [];
  const idCounts = new Map<string, number>();
  const idOf = (node: StoredNode) => node.properties.find((p) => p.key === 'id' && p.type.startsWith('STRING'))?.value as string | undefined;
  for (const node of stored) {
    const id = idOf(node);
    if (id !== undefined) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
  }
  const refs = new Map<string, string>();
  const nodes = stored.map((node, index) => {
    const id = idOf(node);
    const ref = id !== undefined && idCounts.get(id) === 1 && !id.startsWith('_:') ? id : `_:${index}`;
    refs.set(node.element, ref);
    return { ref, labels: [...node.labels].sort(), properties: encodeProperties(node.properties, `node ${ref}`) };
  });
  const relationships = ((row.relationships as StoredRelationship[]) ?? []).map((rel) => ({
    type: rel.type,
    start: refs.get(rel.start)!,
    end: refs.get(rel.end)!,
    properties: encodeProperties(rel.properties, `${rel.type} relationship`),
  }));
  nodes.sort((a, b) => a.ref.localeCompare(b.ref));
  relationships.sort((a, b) => `${a.start}|${a.type}|${a.end}`.localeCompare(`${b.start}|${b.type}|${b.end}`));
  return { nodes, relationships };
}

/** JSON with object keys sorted at every level: the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A fingerprint of every node (labels and properties) and every relationship (type, properties and the
 * endpoints' ids), independent of order and of Neo4j's internal ids: equal on two databases exactly when
 * they hold the same graph. Nodes without a unique id are referred to by their content.
 */
export function fingerprint(content: Pick<GraphDocument, 'nodes' | 'relationships'>): string {
  const identity = new Map<string, string>();
  const lines: string[] = [];
  for (const node of content.nodes) {
    const line = canonical({ labels: [...node.labels].sort(), properties: node.properties });
    identity.set(node.ref, node.ref.startsWith('_:') ? `#${sha256(line)}` : node.ref);
    lines.push(sha256(`node ${line}`));
  }
  for (const rel of content.relationships) {
    lines.push(sha256(`relationship ${canonical({ type: rel.type, start: identity.get(rel.start), end: identity.get(rel.end), properties: rel.properties })}`));
  }
  return `sha256:${sha256(lines.sort().join('\n'))}`;
}

export function graphDocument(row: Record<string, unknown>, filter: Record<string, unknown> | null): GraphDocument {
  const content = documentContent(row);
  return {
    format: exportFormat,
    version: exportVersion,
    exportedAt: new Date().toISOString(),
    filter,
    counts: { nodes: content.nodes.length, relationships: content.relationships.length },
    fingerprint: fingerprint(content),
    ...content,
  };
}
