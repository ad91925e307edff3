// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
/** The benchmark's graph: generated, programme-like, the same on every run. */
import type { ApiGraph, ApiGraphEdge, ApiGraphNode } from '../web/src/shaping/graph.js';

/** A deterministic pseudo-random source (LCG), so every run draws the same graph. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/**
 * A programme-like graph: a programme, phases, events, people, organisations of every kind and territories,
 * in 60 communities (most links stay inside one), connected by a spanning tree.
 */
export function generateGraph(nodeCount: number, edgeCount: number): ApiGraph {
  const random = lcg(20190718);
  const kinds: [ApiGraphNode['entityType'], string | null, number][] = [
    ['PHASE', null, 0.002],
    ['EVENT', 'SEMINAR', 0.04],
    ['PERSON', null, 0.18],
    ['ORGANISATION', 'AYIL_OKMOTU', 0.45],
    ['ORGANISATION', 'TOWN_ADMINISTRATION', 0.02],
    ['ORGANISATION', 'RAYON_ADMINISTRATION', 0.03],
    ['ORGANISATION', 'DONOR', 0.01],
    ['ORGANISATION', 'IMPLEMENTER', 0.02],
    ['ORGANISATION', 'OTHER', 0.018],
    ['TERRITORY', 'AYIL_AIMAK', 0.23],
  ];
  const nodes: ApiGraphNode[] = [{ id: 'bench', entityType: 'PROGRAMME', kind: null, nameRu: 'Программа', nameEn: 'Programme', distance: 0 }];
  for (let i = 1; i < nodeCount; i += 1) {
    let pick = random();
    let chosen = kinds[kinds.length - 1]!;
    for (const kind of kinds) {
      if (pick < kind[2]) {
        chosen = kind;
        break;
      }
      pick -= kind[2];
    }
    nodes.push({ id: `n${i}`, entityType: chosen[0], kind: chosen[1], nameRu: `Узел ${i}`, nameEn: `Node ${i}`, distance: 1 + (i % 3) });
  }
  const communities = 60;
  const community = (i: number) => i % communities;
  const members: number[][] = Array.from({ length: communities }, () => []);
  nodes.forEach((_, i) => members[community(i)]!.push(i));
  const edges: ApiGraphEdge[] = [];
  const seen = new Set<string>();
  const add = (a: number, b: number) => {
    if (a === b) return;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ id: `e${edges.length}`, type: 'LINKED', source: nodes[a]!.id, target: nodes[b]!.id, properties: {} });
  };
  // A spanning tree inside each community, and communities joined to the programme.
  for (const list of members) {
    for (let j = 1; j < list.length; j += 1) add(list[j]!, list[Math.floor(random() * j)]!);
    add(0, list[0] === 0 ? list[1]! : list[0]!);
  }
  while (edges.length < edgeCount) {
    const a = Math.floor(random() * nodeCount);
    const list = members[community(a)]!;
    const b = random() < 0.85 ? list[Math.floor(random() * list.length)]! : Math.floor(random() * nodeCount);
    add(a, b);
  }
  return { nodes, edges, truncated: false };
}
