import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../server/common/graph.type.js';
import { EntityType } from '../../server/common/named-entity.type.js';
import { graphFromLevels } from '../../server/graph/graph-shape.js';

const node = (id: string): GraphNode => ({ id, entityType: EntityType.PERSON, kind: null, nameRu: null, nameEn: id });
const edge = (id: string, source: string, target: string): GraphEdge => ({ id, type: 'KNOWS', source, target, properties: {} });

describe('graphFromLevels', () => {
  const levels = [[node('a')], [node('b'), node('c')], [node('a'), node('d'), node('e')]];
  const edges = [edge('1', 'a', 'b'), edge('2', 'a', 'c'), edge('3', 'b', 'd'), edge('3', 'b', 'd'), edge('4', 'c', 'e')];

  it('keeps each node once, at the distance it was first reached', () => {
    const graph = graphFromLevels(levels, edges, 100);
    expect(graph.nodes.map((n) => [n.id, n.distance])).toEqual([['a', 0], ['b', 1], ['c', 1], ['d', 2], ['e', 2]]);
    expect(graph.edges.map((e) => e.id)).toEqual(['1', '2', '3', '4']);
    expect(graph.truncated).toBe(false);
  });

  it('cuts at the limit and drops edges to nodes left out', () => {
    const graph = graphFromLevels(levels, edges, 4);
    expect(graph.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(graph.edges.map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(graph.truncated).toBe(true);
  });
});
