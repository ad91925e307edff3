import neo4j from 'neo4j-driver';
import type { Graph, GraphEdge, GraphNode } from '../common/graph.type.js';
import type { EntityType } from '../common/named-entity.type.js';
import { toPlain } from '../db/values.js';
import { isWithheldNode, maskSealed, withheldAuditEntry } from './protected-data.js';

interface DriverNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface DriverRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}
interface DriverPath {
  segments: { start: DriverNode; relationship: DriverRelationship; end: DriverNode }[];
  start: DriverNode;
}

const isNode = (value: unknown): value is DriverNode => typeof value === 'object' && value !== null && neo4j.isNode(value as object);
const isRelationship = (value: unknown): value is DriverRelationship => typeof value === 'object' && value !== null && neo4j.isRelationship(value as object);
const isPath = (value: unknown): value is DriverPath => typeof value === 'object' && value !== null && neo4j.isPath(value as object);

/**
 * Plain JSON for one value of an analyst query: nodes and relationships keep their labels or type. Audit
 * entries are withheld and sealed values masked (protected-data.ts).
 */
export function jsonValue(value: unknown): unknown {
  if (isNode(value)) {
    if (isWithheldNode(value.labels)) return withheldAuditEntry;
    return { elementId: value.elementId, labels: value.labels, properties: maskSealed(toPlain(value.properties)) };
  }
  if (isRelationship(value)) {
    return { elementId: value.elementId, type: value.type, start: value.startNodeElementId, end: value.endNodeElementId, properties: maskSealed(toPlain(value.properties)) };
  }
  if (isPath(value)) return { path: [value.start, ...value.segments.flatMap((s) => [s.relationship, s.end])].map(jsonValue) };
  if (Array.isArray(value)) return value.map(jsonValue);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, jsonValue(v)]));
  }
  return maskSealed(toPlain(value));
}

/** Collects every node and relationship found anywhere in the rows into a graph for the view. */
export class GraphCollector {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly relationships = new Map<string, DriverRelationship>();

  add(value: unknown): void {
    if (isNode(value)) {
      if (isWithheldNode(value.labels)) return;
      const properties = value.properties;
      this.nodes.set(value.elementId, {
        id: String(properties.id ?? value.elementId),
        entityType: (value.labels.find((label) => label !== 'Entity') ?? value.labels[0] ?? 'Node') as EntityType,
        kind: (properties.kind ?? properties.level ?? null) as string | null,
        nameRu: maskSealed(properties.nameRu ?? null) as string | null,
        nameEn: maskSealed(properties.nameEn ?? null) as string | null,
      });
    } else if (isRelationship(value)) {
      this.relationships.set(value.elementId, value);
    } else if (isPath(value)) {
      this.add(value.start);
      for (const segment of value.segments) [segment.relationship, segment.end].forEach((v) => this.add(v));
    } else if (Array.isArray(value)) {
      value.forEach((v) => this.add(v));
    } else if (value && typeof value === 'object' && value.constructor === Object) {
      Object.values(value).forEach((v) => this.add(v));
    }
  }

  /** Null when the rows held no node; relationships whose two ends are not among the nodes are left out. */
  graph(): Graph | null {
    if (this.nodes.size === 0) return null;
    const edges: GraphEdge[] = [...this.relationships.values()]
      .filter((r) => this.nodes.has(r.startNodeElementId) && this.nodes.has(r.endNodeElementId))
      .map((r) => ({
        id: String(r.properties.id ?? r.elementId),
        type: r.type,
        source: this.nodes.get(r.startNodeElementId)!.id,
        target: this.nodes.get(r.endNodeElementId)!.id,
        properties: maskSealed(toPlain(r.properties)) as Record<string, unknown>,
      }));
    return { nodes: [...this.nodes.values()], edges, truncated: false };
  }
}

/** JSON parameters for Cypher: whole numbers become Cypher integers (JSON has only floats), recursively. */
export function cypherParameters(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(cypherParameters);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cypherParameters(v)]));
  return value;
}
