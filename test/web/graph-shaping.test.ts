import { describe, expect, it } from 'vitest';
import { NEIGHBOURHOOD } from '../../web/src/api/queries.js';
import { categoryOf, isLocated } from '../../web/src/shaping/categories.js';
import {
  buildNetwork,
  categoryCounts,
  countVisible,
  eventScope,
  neighboursOf,
  nodeRadius,
  nodesByDegree,
  phaseScope,
  visibility,
  NO_FILTER,
  type ApiGraph,
} from '../../web/src/shaping/graph.js';
import { graphqlData } from '../support/graphql.js';

const node = (id: string, entityType: ApiGraph['nodes'][number]['entityType'], kind: string | null = null, nameRu: string | null = id, nameEn: string | null = id) => ({
  id,
  entityType,
  kind,
  nameRu,
  nameEn,
});
const edge = (id: string, type: string, source: string, target: string, properties: Record<string, unknown> = {}) => ({ id, type, source, target, properties });

/** A small programme: phase 2 with an event (a person for a municipality, a rayon administration) and a partner. */
const programme: ApiGraph = {
  truncated: false,
  nodes: [
    node('psi', 'PROGRAMME'),
    node('phase-1', 'PHASE'),
    node('phase-2', 'PHASE'),
    node('event', 'EVENT', 'SEMINAR'),
    node('asel', 'PERSON'),
    node('ao-1', 'ORGANISATION', 'AYIL_OKMOTU'),
    node('rayon-admin', 'ORGANISATION', 'RAYON_ADMINISTRATION'),
    node('ao-2', 'ORGANISATION', 'AYIL_OKMOTU'),
    node('sdc', 'ORGANISATION', 'DONOR_AGENCY'),
    node('karakol', 'TERRITORY', 'CITY'),
  ],
  edges: [
    edge('e1', 'HAS_PHASE', 'psi', 'phase-1'),
    edge('e2', 'HAS_PHASE', 'psi', 'phase-2'),
    edge('e3', 'IN_PHASE', 'event', 'phase-2'),
    edge('e4', 'PARTICIPATED_IN', 'asel', 'event', { role: 'PRESENTER', representingId: 'ao-1' }),
    edge('e5', 'PARTICIPATED_IN', 'rayon-admin', 'event', { role: 'PARTICIPANT' }),
    edge('e6', 'PARTNER_IN', 'ao-2', 'phase-1'),
    edge('e7', 'FUNDS', 'sdc', 'psi'),
    edge('e8', 'HELD_IN', 'event', 'karakol'),
    edge('e9', 'PARTICIPATED_IN', 'ao-1', 'event', { role: 'PARTICIPANT' }),
  ],
};

describe('API graphs to a network', () => {
  it('keeps each node and link once, in first-seen order, and counts links per node', () => {
    const expansion: ApiGraph = {
      truncated: true,
      nodes: [node('asel', 'PERSON', null, null, 'Asel (later)'), node('dpi', 'ORGANISATION', 'IMPLEMENTER')],
      edges: [edge('e4', 'PARTICIPATED_IN', 'asel', 'event'), edge('e10', 'HOLDS_POSITION', 'asel', 'dpi'), edge('e11', 'X', 'asel', 'missing')],
    };
    const network = buildNetwork([programme, expansion]);
    expect(network.nodes.map((n) => n.id)).toEqual(['psi', 'phase-1', 'phase-2', 'event', 'asel', 'ao-1', 'rayon-admin', 'ao-2', 'sdc', 'karakol', 'dpi']);
    expect(network.nodes.map((n) => n.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(network.links.map((l) => l.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9', 'e10']);
    expect(network.links[3]).toMatchObject({ source: 'asel', target: 'event', sourceIndex: 4, targetIndex: 3, properties: { representingId: 'ao-1' } });
    expect(network.byId.get('event')!.degree).toBe(5);
    expect(network.byId.get('asel')!.degree).toBe(2);
    // The first name seen wins; a later graph only fills a missing one.
    expect(network.byId.get('asel')!.nameEn).toBe('asel');
    expect(network.truncated).toBe(true);
  });

  it('colours by kind: organisation kinds fall into donor, implementer, government and municipality', () => {
    expect(categoryOf('ORGANISATION', 'DONOR')).toBe('donor');
    expect(categoryOf('ORGANISATION', 'DONOR_AGENCY')).toBe('donor');
    expect(categoryOf('ORGANISATION', 'CONSORTIUM')).toBe('implementer');
    expect(categoryOf('ORGANISATION', 'RAYON_ADMINISTRATION')).toBe('government');
    expect(categoryOf('ORGANISATION', 'TOWN_ADMINISTRATION')).toBe('municipality');
    expect(categoryOf('ORGANISATION', 'OTHER')).toBe('other');
    expect(categoryOf('TERRITORY', 'RAYON')).toBe('territory');
    expect(categoryOf('PERSON', null)).toBe('person');
    expect(isLocated('ORGANISATION', 'AYIL_OKMOTU')).toBe(true);
    expect(isLocated('ORGANISATION', 'DONOR')).toBe(false);
    expect(isLocated('EVENT', 'SEMINAR')).toBe(true);
    expect(isLocated('PERSON', null)).toBe(false);
    expect(Object.fromEntries(categoryCounts(buildNetwork([programme])))).toEqual({
      programme: 1,
      phase: 2,
      event: 1,
      person: 1,
      municipality: 2,
      government: 1,
      donor: 1,
      territory: 1,
    });
  });

  it('sizes nodes by links, growing with the square root and capped', () => {
    expect(nodeRadius(0)).toBe(4);
    expect(nodeRadius(4)).toBeCloseTo(8.4);
    expect(nodeRadius(25)).toBe(15);
    expect(nodeRadius(100)).toBe(26);
    expect(nodeRadius(10_000)).toBe(26);
  });

  it('lists a node’s neighbours with the link and its direction', () => {
    const network = buildNetwork([programme]);
    const neighbours = neighboursOf(network, 'asel');
    expect(neighbours.map((n) => [n.node.id, n.link.type, n.direction])).toEqual([['event', 'PARTICIPATED_IN', 'out']]);
    expect(neighboursOf(network, 'phase-2').map((n) => [n.node.id, n.direction])).toEqual([
      ['psi', 'in'],
      ['event', 'in'],
    ]);
  });

  it('scopes an event to its participants, whom they represented, its place and phase', () => {
    const network = buildNetwork([programme]);
    expect([...eventScope(network, 'event')].sort()).toEqual(['ao-1', 'asel', 'event', 'karakol', 'phase-2', 'rayon-admin']);
    expect([...phaseScope(network, 'phase-2')].sort()).toEqual(['ao-1', 'asel', 'event', 'karakol', 'phase-2', 'psi', 'rayon-admin']);
    expect([...phaseScope(network, 'phase-1')].sort()).toEqual(['ao-2', 'phase-1', 'psi']);
  });

  it('filters by kind, area (unlocated nodes stay), phase and event', () => {
    const network = buildNetwork([programme]);
    const shown = (mask: Uint8Array) => network.nodes.filter((n) => mask[n.index]).map((n) => n.id);
    expect(shown(visibility(network, NO_FILTER))).toHaveLength(10);
    expect(shown(visibility(network, { ...NO_FILTER, hidden: new Set(['municipality', 'territory']) }))).toEqual(['psi', 'phase-1', 'phase-2', 'event', 'asel', 'rayon-admin', 'sdc']);
    expect(shown(visibility(network, { ...NO_FILTER, area: new Set(['ao-1', 'karakol']) }))).toEqual(['psi', 'phase-1', 'phase-2', 'asel', 'ao-1', 'sdc', 'karakol']);
    const both = visibility(network, { ...NO_FILTER, phase: phaseScope(network, 'phase-2'), hidden: new Set(['person']) });
    expect(shown(both)).toEqual(['psi', 'phase-2', 'event', 'ao-1', 'rayon-admin', 'karakol']);
    expect(countVisible(network, both)).toEqual({ nodes: 6, links: 5 });
    expect(nodesByDegree(network, both, 3).map((n) => n.id)).toEqual(['event', 'psi', 'phase-2']);
  });

  it('shapes the real seed network around the programme the way the page asks for it', async () => {
    const { neighbourhood } = await graphqlData<{ neighbourhood: ApiGraph }>(NEIGHBOURHOOD, { id: 'psi', depth: 3, limit: 2000 });
    const network = buildNetwork([neighbourhood]);
    expect(network.nodes).toHaveLength(95);
    expect(network.links).toHaveLength(101);
    // 74 participants, its host, its place and its phase.
    expect(network.byId.get('event-2019-07-18-karakol-inception')!.degree).toBe(77);
    expect(Object.fromEntries(categoryCounts(network))).toMatchObject({ programme: 1, phase: 3, event: 1, person: 4, municipality: 66 });
    const seminar = eventScope(network, 'event-2019-07-18-karakol-inception');
    expect(seminar.has('person-mambetova-asel')).toBe(true);
    expect(seminar.has('psi-phase-2')).toBe(true);
  });
});
