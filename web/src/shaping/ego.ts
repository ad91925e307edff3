/** Focus on one node: the nodes within a few hops of it (an "ego" view). */
import type { Network } from './graph.js';

export const EGO_DEPTHS = [1, 2, 3] as const;
export type EgoDepth = (typeof EGO_DEPTHS)[number];

/** The centre and every node at most `depth` links away from it, over the whole loaded network. */
export function egoScope(network: Network, centreId: string, depth: number): Set<string> {
  const scope = new Set<string>();
  if (!network.byId.has(centreId)) return scope;
  const bounded = Math.min(Math.max(Math.round(depth), 1), 3);
  const neighbours = new Map<string, string[]>();
  for (const link of network.links) {
    (neighbours.get(link.source) ?? neighbours.set(link.source, []).get(link.source)!).push(link.target);
    (neighbours.get(link.target) ?? neighbours.set(link.target, []).get(link.target)!).push(link.source);
  }
  scope.add(centreId);
  let frontier = [centreId];
  for (let hop = 0; hop < bounded && frontier.length; hop += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of neighbours.get(id) ?? []) {
        if (scope.has(other)) continue;
        scope.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return scope;
}
