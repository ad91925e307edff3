import type { GraphEdge, GraphNode } from '../common/graph.type.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { Graph } from './graphology.js';

interface NetworkRow {
  source: GraphNode;
  target: GraphNode;
  type: string;
}

export type StakeholderNetwork = Graph<GraphNode, { type: string }>;

/**
 * The stakeholder network as an undirected graphology graph (one edge per linked pair). Scoped to a phase,
 * it keeps the phase's events, those who took part, and posts and memberships among them only.
 */
export async function loadStakeholderNetwork(db: GraphDatabase, phaseId: string | null): Promise<StakeholderNetwork> {
  const rows = (await db.read('analysis/stakeholder-network', { phaseId })) as unknown as NetworkRow[];
  const graph: StakeholderNetwork = new Graph({ type: 'undirected', multi: false });
  const structural = new Set(['HOLDS_POSITION', 'MEMBER_OF']);
  const ordered = phaseId ? [...rows.filter((r) => !structural.has(r.type)), ...rows.filter((r) => structural.has(r.type))] : rows;
  for (const { source, target, type } of ordered) {
    if (phaseId && structural.has(type) && !(graph.hasNode(source.id) && graph.hasNode(target.id))) continue;
    graph.mergeNode(source.id, source);
    graph.mergeNode(target.id, target);
    if (source.id !== target.id) graph.mergeEdge(source.id, target.id, { type });
  }
  return graph;
}

/** The part of the network spanned by some nodes, as `{ nodes, edges }` for a graph view. */
export function subgraph(network: StakeholderNetwork, ids: Iterable<string>): { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean } {
  const kept = new Set([...ids].filter((id) => network.hasNode(id)));
  const edges: GraphEdge[] = [];
  network.forEachEdge((edge, attributes, source, target) => {
    if (kept.has(source) && kept.has(target)) edges.push({ id: edge, type: attributes.type, source, target, properties: {} });
  });
  return { nodes: [...kept].map((id) => network.getNodeAttributes(id)), edges, truncated: false };
}
