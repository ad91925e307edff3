/**
 * The force layout (d3-force) with a seeded random source: the same graph and seed give the same positions,
 * in the worker, in the page and in unit tests. (d3 draws random numbers only to separate nodes that sit on
 * the same spot; seeding it makes even that reproducible. Start positions are d3's deterministic spiral.)
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg, type Simulation, type SimulationNodeDatum } from 'd3';

export const LAYOUT_SEED = 0.4242;
/** Above this many nodes the layout uses its cheaper settings. */
export const LARGE_GRAPH = 1500;

export interface LayoutInput {
  /** Radius of each node, in layout units. */
  radii: Float32Array | number[];
  /** Start positions (x, y interleaved); NaN where unknown (d3 then places the node on its phyllotaxis spiral). */
  start?: Float32Array | number[];
  /** Links as node indices (source, target interleaved). */
  links: Uint32Array | number[];
  seed?: number;
}

export interface LayoutNode extends SimulationNodeDatum {
  index: number;
  radius: number;
}

export type LayoutSimulation = Simulation<LayoutNode, undefined>;

/** A stopped simulation: call `tick()` until `isSettled`. */
export function createSimulation(input: LayoutInput): LayoutSimulation {
  const count = input.radii.length;
  const nodes: LayoutNode[] = [];
  for (let i = 0; i < count; i += 1) {
    const node: LayoutNode = { index: i, radius: input.radii[i] ?? 4 };
    const x = input.start?.[2 * i];
    const y = input.start?.[2 * i + 1];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      node.x = x;
      node.y = y;
    }
    nodes.push(node);
  }
  const links: { source: number; target: number }[] = [];
  for (let i = 0; i + 1 < input.links.length; i += 2) {
    const source = input.links[i]!;
    const target = input.links[i + 1]!;
    if (source !== target && source < count && target < count) links.push({ source, target });
  }
  const degree = new Uint32Array(count);
  for (const link of links) {
    degree[link.source]! += 1;
    degree[link.target]! += 1;
  }
  // Large graphs trade some polish for time: a coarser Barnes-Hut approximation, no collision force and a faster
  // cool-down (about 135 ticks instead of 300).
  const large = count > LARGE_GRAPH;
  const simulation = forceSimulation<LayoutNode>(nodes)
    .randomSource(randomLcg(input.seed ?? LAYOUT_SEED))
    .alphaDecay(large ? 0.05 : 1 - Math.pow(0.001, 1 / 300))
    .force(
      'link',
      forceLink<LayoutNode, { source: number; target: number }>(links)
        .id((node) => node.index)
        // Longer links around hubs give their many neighbours room on a wider ring.
        .distance((link) => {
          const source = link.source as unknown as LayoutNode;
          const target = link.target as unknown as LayoutNode;
          return 18 + source.radius + target.radius + 2.5 * Math.sqrt(Math.max(degree[source.index]!, degree[target.index]!));
        })
        // d3's default strength, 1 / min(degree), keeps hubs from being pulled apart.
        .strength((link) => 1 / Math.max(1, Math.min(degree[(link.source as unknown as LayoutNode).index]!, degree[(link.target as unknown as LayoutNode).index]!))),
    )
    .force('charge', forceManyBody<LayoutNode>().strength(large ? -25 : -140).theta(large ? 1.5 : 0.9).distanceMax(large ? 400 : 900))
    .force('collide', large ? null : forceCollide<LayoutNode>((node) => node.radius + 2).iterations(2))
    // Weak pulls to the centre keep unconnected parts on screen.
    .force('x', forceX<LayoutNode>(0).strength(0.04))
    .force('y', forceY<LayoutNode>(0).strength(0.04))
    .stop();
  return simulation;
}

export function isSettled(simulation: LayoutSimulation): boolean {
  return simulation.alpha() < simulation.alphaMin();
}

/** Positions (x, y interleaved) of the simulation's nodes. */
export function positionsOf(simulation: LayoutSimulation, into?: Float32Array): Float32Array {
  const nodes = simulation.nodes();
  const positions = into && into.length === nodes.length * 2 ? into : new Float32Array(nodes.length * 2);
  for (let i = 0; i < nodes.length; i += 1) {
    positions[2 * i] = nodes[i]!.x ?? 0;
    positions[2 * i + 1] = nodes[i]!.y ?? 0;
  }
  return positions;
}

/** Runs the layout to rest (as the worker does, without the pauses) and returns the positions. */
export function settle(input: LayoutInput, alpha = 1): Float32Array {
  const simulation = createSimulation(input).alpha(alpha);
  while (!isSettled(simulation)) simulation.tick();
  return positionsOf(simulation);
}
