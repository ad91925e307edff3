/** What "show neighbours" brought: the nodes and links of one loaded graph that no earlier graph had. */
import type { ApiGraph } from './graph.js';

export function addedByPart(parts: readonly ApiGraph[], index: number): { nodes: number; links: number } {
  const part = parts[index];
  if (!part) return { nodes: 0, links: 0 };
  const knownNodes = new Set<string>();
  const knownLinks = new Set<string>();
  for (const earlier of parts.slice(0, index)) {
    for (const node of earlier.nodes) knownNodes.add(node.id);
    for (const edge of earlier.edges) knownLinks.add(edge.id);
  }
  return {
    nodes: new Set(part.nodes.filter((node) => !knownNodes.has(node.id)).map((node) => node.id)).size,
    links: new Set(part.edges.filter((edge) => !knownLinks.has(edge.id)).map((edge) => edge.id)).size,
  };
}
