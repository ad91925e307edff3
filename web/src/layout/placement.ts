/** Where nodes start when the network grows: known nodes keep their place, new ones start beside a known neighbour. */
import type { Network } from '../shaping/graph.js';
import { adjacency } from '../shaping/graph.js';

/** A stable angle for an id, so that the same expansion always starts from the same positions. */
function angleOf(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return ((hash >>> 0) / 4294967296) * 2 * Math.PI;
}

export interface StartPositions {
  /** x, y interleaved; NaN for nodes with no known neighbour (d3 puts them on its spiral). */
  start: Float32Array;
  /** How many nodes kept a known position. */
  known: number;
  /** Energy to restart the layout with: full for a new graph, less when most nodes are already placed. */
  alpha: number;
}

export function startPositions(network: Network, previous: ReadonlyMap<string, readonly [number, number]>): StartPositions {
  const count = network.nodes.length;
  const start = new Float32Array(count * 2).fill(Number.NaN);
  let known = 0;
  for (const node of network.nodes) {
    const position = previous.get(node.id);
    if (position) {
      start[2 * node.index] = position[0];
      start[2 * node.index + 1] = position[1];
      known += 1;
    }
  }
  if (known > 0) {
    const neighbours = adjacency(network);
    for (const node of network.nodes) {
      if (!Number.isNaN(start[2 * node.index]!)) continue;
      const anchor = neighbours[node.index]?.find((other) => previous.has(network.nodes[other]!.id));
      if (anchor === undefined) continue;
      const angle = angleOf(node.id);
      start[2 * node.index] = start[2 * anchor]! + 30 * Math.cos(angle);
      start[2 * node.index + 1] = start[2 * anchor + 1]! + 30 * Math.sin(angle);
    }
  }
  const alpha = known === 0 ? 1 : Math.max(0.3, Math.min(1, 1 - known / count + 0.3));
  return { start, known, alpha };
}
