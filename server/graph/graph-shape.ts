import type { Graph, GraphEdge, GraphNode } from '../common/graph.type.js';

/**
 * Turns breadth-first levels (level 0 = the start node) into one graph: each node once, at the distance
 * where it was first reached, at most `limit` nodes, and only edges whose two ends were kept.
 */
export function graphFromLevels(levels: GraphNode[][], edges: GraphEdge[], limit: number): Graph {
  const nodes = new Map<string, GraphNode>();
  let truncated = false;
  levels.forEach((level, distance) => {
    for (const node of level) {
      if (nodes.has(node.id)) continue;
      if (nodes.size >= limit) {
        truncated = true;
        return;
      }
      nodes.set(node.id, { ...node, distance });
    }
  });
  return { nodes: [...nodes.values()], edges: edgesBetween(nodes, edges), truncated };
}

function edgesBetween(nodes: Map<string, GraphNode>, edges: GraphEdge[]): GraphEdge[] {
  const kept = new Map<string, GraphEdge>();
  for (const edge of edges) {
    if (nodes.has(edge.source) && nodes.has(edge.target) && !kept.has(edge.id)) kept.set(edge.id, edge);
  }
  return [...kept.values()];
}
