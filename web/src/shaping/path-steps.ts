/** A shortest path as a chain read step by step: the start, then each link and the node it reaches. */
import type { ApiGraph, ApiGraphNode } from './graph.js';

export interface PathStep {
  node: ApiGraphNode;
  /** The link that reached this node (null for the start) and whether it was followed against its direction. */
  via: { type: string; reversed: boolean } | null;
}

/** Walks the path's links from `fromId`; an empty list when the graph is not a chain that starts there. */
export function pathSteps(path: ApiGraph, fromId: string): PathStep[] {
  const byId = new Map(path.nodes.map((node) => [node.id, node]));
  const start = byId.get(fromId);
  if (!start) return [];
  const steps: PathStep[] = [{ node: start, via: null }];
  const unused = [...path.edges];
  let current = fromId;
  while (unused.length) {
    const index = unused.findIndex((edge) => edge.source === current || edge.target === current);
    if (index < 0) return [];
    const [edge] = unused.splice(index, 1);
    const reversed = edge!.target === current;
    const next = reversed ? edge!.source : edge!.target;
    const node = byId.get(next);
    if (!node) return [];
    steps.push({ node, via: { type: edge!.type, reversed } });
    current = next;
  }
  return steps;
}
