import { describe, expect, it } from 'vitest';
import { createSimulation, isSettled, LAYOUT_SEED, settle } from '../../web/src/layout/layout.js';
import { startPositions } from '../../web/src/layout/placement.js';
import { buildNetwork, type ApiGraph } from '../../web/src/shaping/graph.js';

/** A ring of 12 nodes with two spokes to a hub. */
const radii = Array.from({ length: 13 }, (_, i) => (i === 12 ? 10 : 5));
const links: number[] = [];
for (let i = 0; i < 12; i += 1) links.push(i, (i + 1) % 12);
links.push(12, 0, 12, 6);

describe('seeded force layout', () => {
  it('gives exactly the same positions for the same graph and seed', () => {
    const first = settle({ radii, links });
    const second = settle({ radii, links });
    expect(Array.from(first)).toEqual(Array.from(second));
    expect(first.every((value) => Number.isFinite(value))).toBe(true);
  });

  it('pins the positions for this seed (a change to the forces shows up here)', () => {
    const positions = settle({ radii, links, seed: LAYOUT_SEED });
    expect(Array.from(positions.slice(0, 4), (value) => Math.round(value * 1000) / 1000)).toMatchInlineSnapshot(`
      [
        -2.093,
        100.392,
        9.142,
        51.291,
      ]
    `);
  });

  it('settles in 300 ticks', () => {
    const simulation = createSimulation({ radii, links });
    let ticks = 0;
    while (!isSettled(simulation)) {
      simulation.tick();
      ticks += 1;
    }
    expect(ticks).toBe(300);
  });

  it('keeps linked nodes near and unlinked ones apart', () => {
    const positions = settle({ radii, links });
    const distance = (a: number, b: number) => Math.hypot(positions[2 * a]! - positions[2 * b]!, positions[2 * a + 1]! - positions[2 * b + 1]!);
    expect(distance(0, 1)).toBeLessThan(distance(0, 6));
    for (let i = 0; i < 12; i += 1) expect(distance(i, (i + 1) % 12)).toBeGreaterThan(10);
  });

  it('starts new nodes beside a neighbour that already has a place, and reheats gently', () => {
    const graph = (ids: string[]): ApiGraph => ({
      truncated: false,
      nodes: ids.map((id) => ({ id, entityType: 'PERSON', kind: null, nameRu: id, nameEn: id })),
      edges: ids.slice(1).map((id) => ({ id: `a-${id}`, type: 'X', source: 'a', target: id, properties: {} })),
    });
    const fresh = startPositions(buildNetwork([graph(['a', 'b'])]), new Map());
    expect(fresh.known).toBe(0);
    expect(fresh.alpha).toBe(1);
    expect(Array.from(fresh.start).every(Number.isNaN)).toBe(true);

    const grown = buildNetwork([graph(['a', 'b', 'c']), graph(['z'])]);
    const placed = startPositions(grown, new Map([['a', [100, 50]], ['b', [0, 0]]]));
    expect(placed.known).toBe(2);
    expect(Array.from(placed.start.slice(0, 4))).toEqual([100, 50, 0, 0]);
    expect(Math.hypot(placed.start[4]! - 100, placed.start[5]! - 50)).toBeCloseTo(30, 4);
    // z has no placed neighbour: d3 puts it on its spiral.
    expect(Number.isNaN(placed.start[6]!)).toBe(true);
    expect(placed.alpha).toBeCloseTo(0.8);
    expect(startPositions(grown, new Map([['a', [1, 1]]])).start.slice(2, 4)).toEqual(startPositions(grown, new Map([['a', [1, 1]]])).start.slice(2, 4));
  });
});
