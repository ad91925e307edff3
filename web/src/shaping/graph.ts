/** API graphs (neighbourhoods, shortest paths) → one network of nodes and links, and the filters over it. */
import { categoryOf, isLocated, type Category, type EntityType } from './categories.js';

export interface ApiGraphNode {
  id: string;
  entityType: EntityType;
  kind: string | null;
  nameRu: string | null;
  nameEn: string | null;
  distance?: number | null;
}

export interface ApiGraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface ApiGraph {
  nodes: ApiGraphNode[];
  edges: ApiGraphEdge[];
  truncated: boolean;
}

export interface NetworkNode {
  id: string;
  entityType: EntityType;
  kind: string | null;
  nameRu: string | null;
  nameEn: string | null;
  category: Category;
  /** Links to other nodes in the loaded network. */
  degree: number;
  /** Position in `Network.nodes`, also the layout's index. */
  index: number;
}

export interface NetworkLink {
  id: string;
  type: string;
  source: string;
  target: string;
  sourceIndex: number;
  targetIndex: number;
  properties: Record<string, unknown>;
}

export interface Network {
  nodes: NetworkNode[];
  links: NetworkLink[];
  byId: ReadonlyMap<string, NetworkNode>;
  truncated: boolean;
}

/**
 * Merges graphs in order: a node or link appears once (its first occurrence fixes its place, later ones
 * only fill missing names), links whose ends are missing are dropped, and degrees count links per node.
 */
export function buildNetwork(parts: readonly ApiGraph[]): Network {
  const nodes: NetworkNode[] = [];
  const byId = new Map<string, NetworkNode>();
  for (const part of parts) {
    for (const node of part.nodes) {
      const known = byId.get(node.id);
      if (known) {
        known.nameRu ??= node.nameRu;
        known.nameEn ??= node.nameEn;
        continue;
      }
      const added: NetworkNode = {
        id: node.id,
        entityType: node.entityType,
        kind: node.kind,
        nameRu: node.nameRu,
        nameEn: node.nameEn,
        category: categoryOf(node.entityType, node.kind),
        degree: 0,
        index: nodes.length,
      };
      nodes.push(added);
      byId.set(node.id, added);
    }
  }
  const links: NetworkLink[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    for (const edge of part.edges) {
      if (seen.has(edge.id)) continue;
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      if (!source || !target) continue;
      seen.add(edge.id);
      links.push({
        id: edge.id,
        type: edge.type,
        source: source.id,
        target: target.id,
        sourceIndex: source.index,
        targetIndex: target.index,
        properties: edge.properties ?? {},
      });
      if (source !== target) {
        source.degree += 1;
        target.degree += 1;
      }
    }
  }
  return { nodes, links, byId, truncated: parts.some((part) => part.truncated) };
}

/** Node radius in layout units: grows with the square root of the number of links. */
export function nodeRadius(degree: number): number {
  return Math.min(26, 4 + 2.2 * Math.sqrt(degree));
}

export interface Neighbour {
  node: NetworkNode;
  link: NetworkLink;
  /** `out` when the selected node is the link's source. */
  direction: 'out' | 'in';
}

export function neighboursOf(network: Network, id: string): Neighbour[] {
  const result: Neighbour[] = [];
  for (const link of network.links) {
    if (link.source === id) {
      const node = network.byId.get(link.target);
      if (node) result.push({ node, link, direction: 'out' });
    } else if (link.target === id) {
      const node = network.byId.get(link.source);
      if (node) result.push({ node, link, direction: 'in' });
    }
  }
  return result;
}

/** For each node index, the indices of its neighbours. */
export function adjacency(network: Network): number[][] {
  const result: number[][] = network.nodes.map(() => []);
  for (const link of network.links) {
    result[link.sourceIndex]?.push(link.targetIndex);
    result[link.targetIndex]?.push(link.sourceIndex);
  }
  return result;
}

function representedBy(link: NetworkLink): string | null {
  const value = link.properties.representingId;
  return typeof value === 'string' ? value : null;
}

/** An event with who took part (and whom they represented), who hosted it, where and in which phase. */
export function eventScope(network: Network, eventId: string): Set<string> {
  const scope = new Set<string>([eventId]);
  for (const link of network.links) {
    if (link.target === eventId && (link.type === 'PARTICIPATED_IN' || link.type === 'HOSTED')) {
      scope.add(link.source);
      const represented = representedBy(link);
      if (represented && network.byId.has(represented)) scope.add(represented);
    }
    if (link.source === eventId && (link.type === 'HELD_IN' || link.type === 'IN_PHASE')) scope.add(link.target);
  }
  return scope;
}

/** A phase with its programme, partner municipalities, and its events with their participants. */
export function phaseScope(network: Network, phaseId: string): Set<string> {
  const scope = new Set<string>([phaseId]);
  const events: string[] = [];
  for (const link of network.links) {
    if (link.target !== phaseId) continue;
    if (link.type === 'PARTNER_IN' || link.type === 'HAS_PHASE') scope.add(link.source);
    if (link.type === 'IN_PHASE') events.push(link.source);
  }
  for (const event of events) for (const id of eventScope(network, event)) if (id !== phaseId) scope.add(id);
  return scope;
}

export interface NetworkFilter {
  hidden: ReadonlySet<Category>;
  /** Ids of the territories, organisations and events inside the chosen oblast or rayon. */
  area: ReadonlySet<string> | null;
  phase: ReadonlySet<string> | null;
  event: ReadonlySet<string> | null;
}

export const NO_FILTER: NetworkFilter = { hidden: new Set(), area: null, phase: null, event: null };

export function isFiltering(filter: NetworkFilter): boolean {
  return filter.hidden.size > 0 || !!filter.area || !!filter.phase || !!filter.event;
}

/**
 * Which nodes to draw (1) or hide (0). A node shows when its kind is not hidden, it lies in the chosen area
 * (nodes without a territory always do), and it belongs to the chosen phase and event.
 */
export function visibility(network: Network, filter: NetworkFilter): Uint8Array {
  const mask = new Uint8Array(network.nodes.length);
  for (const node of network.nodes) {
    const show =
      !filter.hidden.has(node.category) &&
      (!filter.area || !isLocated(node.entityType, node.kind) || filter.area.has(node.id)) &&
      (!filter.phase || filter.phase.has(node.id)) &&
      (!filter.event || filter.event.has(node.id));
    mask[node.index] = show ? 1 : 0;
  }
  return mask;
}

export function countVisible(network: Network, mask: Uint8Array): { nodes: number; links: number } {
  let nodes = 0;
  for (const value of mask) nodes += value;
  let links = 0;
  for (const link of network.links) if (mask[link.sourceIndex] && mask[link.targetIndex]) links += 1;
  return { nodes, links };
}

export function categoryCounts(network: Network): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const node of network.nodes) counts.set(node.category, (counts.get(node.category) ?? 0) + 1);
  return counts;
}

/** Visible nodes, most linked first (then by id), for the keyboard list. */
export function nodesByDegree(network: Network, mask: Uint8Array, limit: number): NetworkNode[] {
  return network.nodes
    .filter((node) => mask[node.index])
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}
