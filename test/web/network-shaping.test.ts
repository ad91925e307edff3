import { describe, expect, it } from 'vitest';
import { egoScope } from '../../web/src/shaping/ego.js';
import { buildNetwork, type ApiGraph } from '../../web/src/shaping/graph.js';
import { neighbourGroups, withoutGroupMembers } from '../../web/src/shaping/neighbour-groups.js';
import { pathSteps } from '../../web/src/shaping/path-steps.js';
import { dateStops, timeScope } from '../../web/src/shaping/time-range.js';

/** Issue 15 §4: the explorer's pure shaping — ego view, grouping of crowds, the time slider, path steps. */
const node = (id: string, entityType: ApiGraph['nodes'][number]['entityType'], kind: string | null = null) => ({ id, entityType, kind, nameRu: `ru-${id}`, nameEn: `en-${id}` });
const edge = (id: string, type: string, source: string, target: string, properties: Record<string, unknown> = {}) => ({ id, type, source, target, properties });

const municipalities = Array.from({ length: 12 }, (_, i) => `ao-${String(i).padStart(2, '0')}`);
/** A phase with two events: a big one with 12 municipalities (one of them also at the small one) and a person. */
const graph: ApiGraph = {
  truncated: false,
  nodes: [
    node('phase', 'PHASE'),
    node('big', 'EVENT', 'SEMINAR'),
    node('small', 'EVENT', 'TRAINING'),
    node('asel', 'PERSON'),
    node('rayon', 'TERRITORY', 'RAYON'),
    ...municipalities.map((id) => node(id, 'ORGANISATION', 'AYIL_OKMOTU')),
  ],
  edges: [
    edge('e1', 'IN_PHASE', 'big', 'phase'),
    edge('e2', 'IN_PHASE', 'small', 'phase'),
    edge('e3', 'PARTICIPATED_IN', 'asel', 'small', { representingId: 'ao-00' }),
    edge('e4', 'HELD_IN', 'small', 'rayon'),
    edge('e5', 'HOSTED', 'ao-00', 'small'),
    ...municipalities.map((id, i) => edge(`m${i}`, 'PARTICIPATED_IN', id, 'big')),
  ],
};
const network = buildNetwork([graph]);
const all = () => new Uint8Array(network.nodes.length).fill(1);

describe('egoScope', () => {
  it('takes the centre and the nodes within the depth, and grows with it', () => {
    expect([...egoScope(network, 'asel', 1)].sort()).toEqual(['asel', 'small']);
    expect([...egoScope(network, 'asel', 2)].sort()).toEqual(['ao-00', 'asel', 'phase', 'rayon', 'small']);
    expect(egoScope(network, 'asel', 3)).toEqual(new Set(['asel', 'small', 'phase', 'rayon', 'ao-00', 'big']));
  });
  it('clamps the depth to 1–3 and knows no unknown centre', () => {
    expect(egoScope(network, 'asel', 0)).toEqual(egoScope(network, 'asel', 1));
    expect(egoScope(network, 'asel', 9)).toEqual(egoScope(network, 'asel', 3));
    expect(egoScope(network, 'nobody', 2).size).toBe(0);
  });
});

describe('neighbourGroups', () => {
  it('collapses the same-kind neighbours that hang on one node alone, leaving out one with another link', () => {
    const [group, ...rest] = neighbourGroups(network, all(), 8);
    expect(rest).toEqual([]);
    expect(group).toEqual({ id: 'group:big:municipality', hubId: 'big', category: 'municipality', members: municipalities.slice(1) });
  });
  it('needs at least the minimum size, and an opened group stays open', () => {
    expect(neighbourGroups(network, all(), 12)).toEqual([]);
    expect(neighbourGroups(network, all(), 8, new Set(['group:big:municipality']))).toEqual([]);
  });
  it('hides the members behind the group node and nothing else', () => {
    const groups = neighbourGroups(network, all(), 8);
    const mask = withoutGroupMembers(network, all(), groups);
    const shown = network.nodes.filter((n) => mask[n.index]).map((n) => n.id).sort();
    expect(shown).toEqual(['ao-00', 'asel', 'big', 'phase', 'rayon', 'small']);
  });
  it('is deterministic: the same groups in the same order whatever the order of links', () => {
    const shuffled = buildNetwork([{ ...graph, edges: [...graph.edges].reverse() }]);
    expect(neighbourGroups(shuffled, new Uint8Array(shuffled.nodes.length).fill(1), 8)).toEqual(neighbourGroups(network, all(), 8));
  });
});

describe('timeScope', () => {
  const dates = new Map([['big', '2021-03-10'], ['small', '2022-06-01']]);
  it('keeps the events of the period with who took part and whom they represented, and everything that is no event, person or organisation', () => {
    const scope = timeScope(network, dates, { from: '2022-01-01', to: '2022-12-31' })!;
    expect([...scope].sort()).toEqual(['ao-00', 'asel', 'phase', 'rayon', 'small']);
  });
  it('includes both ends, drops everyone outside, and does not filter without a range', () => {
    const scope = timeScope(network, dates, { from: '2021-03-10', to: '2021-03-10' })!;
    expect(scope.has('big') && scope.has('ao-05') && !scope.has('asel') && !scope.has('small')).toBe(true);
    expect(timeScope(network, dates, null)).toBeNull();
    expect(dateStops(dates)).toEqual(['2021-03-10', '2022-06-01']);
  });
});

describe('pathSteps', () => {
  const path: ApiGraph = {
    truncated: false,
    nodes: [node('rayon', 'TERRITORY'), node('asel', 'PERSON'), node('small', 'EVENT')],
    edges: [edge('e4', 'HELD_IN', 'small', 'rayon'), edge('e3', 'PARTICIPATED_IN', 'asel', 'small')],
  };
  it('lists the chain from its start, every node named, with the direction of each link', () => {
    expect(pathSteps(path, 'asel').map((step) => [step.node.id, step.via])).toEqual([
      ['asel', null],
      ['small', { type: 'PARTICIPATED_IN', reversed: false }],
      ['rayon', { type: 'HELD_IN', reversed: false }],
    ]);
    expect(pathSteps(path, 'rayon').map((step) => [step.node.id, step.via?.reversed ?? null])).toEqual([
      ['rayon', null],
      ['small', true],
      ['asel', true],
    ]);
  });
  it('gives nothing for a start not on the path or a broken chain', () => {
    expect(pathSteps(path, 'phase')).toEqual([]);
    expect(pathSteps({ ...path, edges: [path.edges[0]!, edge('x', 'HELD_IN', 'big', 'phase')] }, 'rayon')).toEqual([]);
  });
});
