/**
 * Collapsing crowds: the 61 ayil okmotus around one event drawn as one group node until it is opened. Generic:
 * any `minSize` or more visible neighbours of one node that share a category and hang on that node alone
 * (their only visible link is to it) become one group. Members with other visible links stay drawn, so
 * collapsing never hides a connection.
 */
import type { Category } from './categories.js';
import type { Network } from './graph.js';

export interface NeighbourGroup {
  /** Stable across renders: the hub's id and the category. */
  id: string;
  hubId: string;
  category: Category;
  /** Member ids, sorted, so the group and its layout stay deterministic. */
  members: string[];
}

export const GROUP_MIN_SIZE = 8;

export const groupId = (hubId: string, category: Category) => `group:${hubId}:${category}`;

/** Groups over the visible nodes, hubs in network order; `open` holds the ids of groups the user expanded. */
export function neighbourGroups(network: Network, visible: Uint8Array, minSize = GROUP_MIN_SIZE, open: ReadonlySet<string> = new Set()): NeighbourGroup[] {
  const visibleNeighbours = new Map<string, Set<string>>();
  for (const link of network.links) {
    if (!visible[link.sourceIndex] || !visible[link.targetIndex] || link.source === link.target) continue;
    (visibleNeighbours.get(link.source) ?? visibleNeighbours.set(link.source, new Set()).get(link.source)!).add(link.target);
    (visibleNeighbours.get(link.target) ?? visibleNeighbours.set(link.target, new Set()).get(link.target)!).add(link.source);
  }
  const groups: NeighbourGroup[] = [];
  for (const hub of network.nodes) {
    if (!visible[hub.index]) continue;
    const byCategory = new Map<Category, string[]>();
    for (const memberId of visibleNeighbours.get(hub.id) ?? []) {
      const member = network.byId.get(memberId)!;
      if (visibleNeighbours.get(memberId)!.size !== 1) continue;
      (byCategory.get(member.category) ?? byCategory.set(member.category, []).get(member.category)!).push(memberId);
    }
    for (const [category, members] of byCategory) {
      const id = groupId(hub.id, category);
      if (members.length < minSize || open.has(id)) continue;
      groups.push({ id, hubId: hub.id, category, members: members.sort() });
    }
  }
  return groups;
}

/** The visibility mask with every group's members hidden (the group node stands for them). */
export function withoutGroupMembers(network: Network, visible: Uint8Array, groups: readonly NeighbourGroup[]): Uint8Array {
  if (!groups.length) return visible;
  const mask = visible.slice();
  for (const group of groups) for (const id of group.members) mask[network.byId.get(id)!.index] = 0;
  return mask;
}
