import { describe, expect, it } from 'vitest';
import { graphql, graphqlData, graphqlError } from '../support/graphql.js';

const issykKulOblast = '41702000000000';

describe('search', () => {
  const search = `query ($text: String!, $types: [EntityType!]) { search(text: $text, types: $types) { score entity { __typename id nameRu nameEn } } }`;

  it.each(['Мамбетова', 'Mambetova', 'mambetova asel', 'Мамбетова А.'])('finds Asel Mambetova as "%s"', async (text) => {
    const data = await graphqlData(search, { text });
    expect(data.search[0].entity).toMatchObject({ __typename: 'Person', id: 'person-mambetova-asel' });
  });

  it.each(['Джети-Огуз', 'Jeti-Oguz', 'Dzheti-Oguz', 'Жети-Өгүз'])('finds the Jeti-Oguz rayon, ayil aimak and ayil okmotu as "%s"', async (text) => {
    const data = await graphqlData(search, { text });
    const ids = data.search.map((hit: any) => hit.entity.id);
    expect(ids).toEqual(expect.arrayContaining(['41702210000000', '41702210830000', 'ao-41702210830000', 'rayon-admin-41702210000000']));
  });

  it('finds organisations by abbreviation and filters by type', async () => {
    const data = await graphqlData(search, { text: 'ГАМСУМО', types: ['ORGANISATION'] });
    expect(data.search[0].entity.id).toBe('gamsumo');
    expect(data.search.every((hit: any) => hit.entity.__typename === 'Organisation')).toBe(true);
  });

  it('returns the fields each kind of hit selects through fragments, and their relations', async () => {
    const data = await graphqlData(
      `query ($text: String!) { search(text: $text, first: 10) { entity { ...Names
        ... on Territory { soate level parent { id } }
        ... on Organisation { kind territory { id } } } } }
      fragment Names on NamedEntity { id entityType nameEn aliases }`,
      { text: 'Jeti-Oguz' },
    );
    const byId = new Map(data.search.map((hit: any) => [hit.entity.id, hit.entity]));
    expect(byId.get('41702210000000')).toEqual({
      id: '41702210000000', entityType: 'TERRITORY', nameEn: 'Jeti-Oguz', aliases: expect.any(Array),
      soate: '41702210000000', level: 'RAYON', parent: { id: issykKulOblast },
    });
    expect(byId.get('rayon-admin-41702210000000')).toMatchObject({ entityType: 'ORGANISATION', kind: 'RAYON_ADMINISTRATION', territory: { id: '41702210000000' } });
  });

  it('treats Lucene syntax in the text as plain words', async () => {
    const result = await graphql(search, { text: 'Kubatov") OR name:* AND {$x} \\' });
    expect(result.errors).toBeUndefined();
  });
});

describe('lists', () => {
  it('filters organisations by kind and territory, pages them and counts them all', async () => {
    const query = `query ($first: Int!, $offset: Int!) {
      organisations(kinds: [AYIL_OKMOTU], territoryId: "${issykKulOblast}", first: $first, offset: $offset) { totalCount hasNextPage items { id kind } }
    }`;
    const first = await graphqlData(query, { first: 50, offset: 0 });
    const second = await graphqlData(query, { first: 50, offset: 50 });
    expect(first.organisations.totalCount).toBe(61);
    expect(first.organisations.items).toHaveLength(50);
    expect(first.organisations.hasNextPage).toBe(true);
    expect(second.organisations.items).toHaveLength(11);
    expect(second.organisations.hasNextPage).toBe(false);
    const ids = [...first.organisations.items, ...second.organisations.items].map((o: any) => o.id);
    expect(new Set(ids).size).toBe(61);
  });

  it('filters organisations by name text', async () => {
    const data = await graphqlData(`{ organisations(text: "Suzak") { totalCount items { id } } }`);
    expect(data.organisations.items.map((o: any) => o.id)).toEqual(expect.arrayContaining(['ao-41703220856000', 'rayon-admin-41703220000000']));
  });

  it('lists territories by level inside an oblast', async () => {
    const data = await graphqlData(`{ territories(levels: [RAYON], withinId: "${issykKulOblast}") { totalCount items { nameEn parent { id } } } }`);
    expect(data.territories.totalCount).toBe(5);
    expect(data.territories.items.map((t: any) => t.nameEn)).toEqual(['Ak-Suu', 'Jeti-Oguz', 'Issyk-Kul', 'Ton', 'Tup']);
    expect(data.territories.items.every((t: any) => t.parent.id === issykKulOblast)).toBe(true);
  });

  it('lists people by organisation and events by phase, place and date', async () => {
    const people = await graphqlData(`{ people(organisationId: "gamsumo") { totalCount items { id positions { title organisation { id } } } } }`);
    expect(people.people.items.map((p: any) => p.id)).toEqual(['person-baidyldaev-m-k']);
    const events = await graphqlData(`{ events(phaseId: "psi-phase-2", territoryId: "${issykKulOblast}", from: "2019-07-01", to: "2019-07-31") { totalCount items { id } } }`);
    expect(events.events.items.map((e: any) => e.id)).toContain('event-2019-07-18-karakol-inception');
    const none = await graphqlData(`{ events(from: "2030-01-01") { totalCount items { id } } }`);
    expect(none.events).toEqual({ totalCount: 0, items: [] });
  });

  it('refuses a page size over the limit before running anything', async () => {
    const error = await graphqlError(`query ($first: Int!) { organisations(first: $first) { totalCount } }`, { first: 1_000_000 });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('first');
    // Written into the query itself, the same page size is refused the same way (not as a cost-limit error).
    const literal = await graphql(`{ organisations(first: 1000000) { totalCount } }`);
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(literal.roundTrips).toBe(0);
  });
});

describe('single nodes and their links', () => {
  it('returns any node by id, and null for an unknown id', async () => {
    const data = await graphqlData(`{ a: node(id: "sdc") { __typename nameEn } b: node(id: "41702000000000") { __typename ... on Territory { level soate } } c: node(id: "nope") { id } }`);
    expect(data.a.__typename).toBe('Organisation');
    expect(data.b).toEqual({ __typename: 'Territory', level: 'OBLAST', soate: '41702000000000' });
    expect(data.c).toBeNull();
  });

  it('shows a person with posts and events', async () => {
    const data = await graphqlData(`{ person(id: "person-kubatov-askat") {
      nameRu positions { title observedOn organisation { id territory { nameEn } } }
      participations { role event { id date } representing { id } }
    } }`);
    expect(data.person.positions[0].organisation).toEqual({ id: 'ao-41702210830000', territory: { nameEn: 'Jeti-Oguz' } });
    expect(data.person.participations).toEqual([
      { role: 'PRESENTER', event: { id: 'event-2019-07-18-karakol-inception', date: '2019-07-18' }, representing: { id: 'ao-41702210830000' } },
    ]);
  });

  it('shows an organisation with the territory it governs, its events and its consortium', async () => {
    const data = await graphqlData(`{ organisation(id: "helvetas") { kind memberOf { id } } ao: organisation(id: "ao-41702210830000") {
      territory { id parent { id } } participations { role event { id } } positions { person { id } }
    } }`);
    expect(data.organisation).toEqual({ kind: 'IMPLEMENTER', memberOf: [{ id: 'psi-consortium' }] });
    expect(data.ao.territory).toEqual({ id: '41702210830000', parent: { id: '41702210000000' } });
    expect(data.ao.participations).toEqual([{ role: 'PARTICIPANT', event: { id: 'event-2019-07-18-karakol-inception' } }]);
    expect(data.ao.positions).toEqual([{ person: { id: 'person-kubatov-askat' } }]);
  });

  it('walks the territory tree both ways', async () => {
    const data = await graphqlData(`{ territory(id: "41702210000000") { level children { level } governedBy { kind } parent { parent { level } } } }`);
    expect(data.territory.level).toBe('RAYON');
    expect(data.territory.children).toHaveLength(13);
    expect(data.territory.governedBy).toEqual([{ kind: 'RAYON_ADMINISTRATION' }]);
    expect(data.territory.parent.parent.level).toBe('COUNTRY');
  });
});

describe('graph views', () => {
  it('returns the neighbourhood of the seminar at depth 1 with edges between kept nodes only', async () => {
    const data = await graphqlData(`{ neighbourhood(id: "event-2019-07-18-karakol-inception", depth: 1) {
      truncated nodes { id entityType distance } edges { type source target properties }
    } }`);
    const { nodes, edges } = data.neighbourhood;
    const ids = new Set(nodes.map((n: any) => n.id));
    expect(nodes[0]).toMatchObject({ id: 'event-2019-07-18-karakol-inception', distance: 0 });
    expect(ids).toContain('person-mambetova-asel');
    expect(ids).toContain('psi-phase-2');
    expect(nodes.filter((n: any) => n.entityType === 'PERSON')).toHaveLength(4);
    expect(edges.every((e: any) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(edges.find((e: any) => e.source === 'person-mambetova-asel').properties).toMatchObject({ role: 'PRESENTER' });
  });

  it('grows with depth and respects the node limit', async () => {
    const depth1 = await graphqlData(`{ neighbourhood(id: "person-mambetova-asel", depth: 1) { nodes { id } } }`);
    const depth2 = await graphqlData(`{ neighbourhood(id: "person-mambetova-asel", depth: 2) { nodes { id distance } } }`);
    expect(depth2.neighbourhood.nodes.length).toBeGreaterThan(depth1.neighbourhood.nodes.length);
    expect(depth2.neighbourhood.nodes.map((n: any) => n.id)).toContain('person-kubatov-askat');
    const limited = await graphqlData(`{ neighbourhood(id: "person-mambetova-asel", depth: 3, limit: 10) { truncated nodes { id } } }`);
    expect(limited.neighbourhood.nodes).toHaveLength(10);
    expect(limited.neighbourhood.truncated).toBe(true);
  });

  it('refuses a depth outside 1 to 3 and an unknown node', async () => {
    expect((await graphqlError(`{ neighbourhood(id: "sdc", depth: 4) { truncated } }`)).extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await graphqlError(`{ neighbourhood(id: "no-such-node") { truncated } }`);
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('finds the shortest path between two presenters through the seminar', async () => {
    const data = await graphqlData(`{ shortestPath(fromId: "person-mambetova-asel", toId: "person-kubatov-askat") { nodes { id } edges { type source target } } }`);
    expect(data.shortestPath.nodes.map((n: any) => n.id)).toEqual(['person-mambetova-asel', 'event-2019-07-18-karakol-inception', 'person-kubatov-askat']);
    expect(data.shortestPath.edges.map((e: any) => e.type)).toEqual(['PARTICIPATED_IN', 'PARTICIPATED_IN']);
    const same = await graphqlData(`{ shortestPath(fromId: "sdc", toId: "sdc") { nodes { id } edges { id } } }`);
    expect(same.shortestPath).toEqual({ nodes: [{ id: 'sdc' }], edges: [] });
    const missing = await graphqlError(`{ shortestPath(fromId: "sdc", toId: "nope") { nodes { id } } }`);
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'toId' });
  });
});

describe('round trips', () => {
  it('costs one Cypher round trip per level of nesting, not one per row', async () => {
    const result = await graphql(`{ event(id: "event-2019-07-18-karakol-inception") {
      participants {
        participant { ... on Organisation { territory { parent { nameEn } } positions { person { id } } } ... on Person { positions { title } } }
      }
    } }`);
    expect(result.errors).toBeUndefined();
    const rows = (result.data as any).event.participants.length;
    expect(rows).toBeGreaterThan(70);
    // event, participants, then per level: territory + positions (organisations) and positions (people), then parent.
    expect(result.roundTrips).toBeLessThanOrEqual(6);
  });

  it('answers an event page (event, phase, place, hosts, participants) in one round trip', async () => {
    const page = await graphql(`{ event(id: "event-2019-07-18-karakol-inception") {
      nameEn phase { id } heldIn { id } hosts { id } namedParticipantCount
      participants { role event { id } participant { ... on Person { nameEn } ... on Organisation { nameEn } } representing { id } }
    } }`);
    expect(page.errors).toBeUndefined();
    const event = (page.data as any).event;
    expect(event).toMatchObject({ phase: { id: 'psi-phase-2' }, namedParticipantCount: 4 });
    // Each participation links back to the event it belongs to.
    expect(new Set(event.participants.map((p: any) => p.event.id))).toEqual(new Set(['event-2019-07-18-karakol-inception']));
    expect(page.roundTrips).toBe(1);
    // Asking only for the event's own fields costs only the event; an id that is not an event is null.
    const bare = await graphql(`{ event(id: "event-2019-07-18-karakol-inception") { nameEn date } }`);
    expect(bare.roundTrips).toBe(1);
    // Participants carry every property selected under them, wherever in the request; still one round trip.
    const mixed = await graphql(`{
      page: event(id: "event-2019-07-18-karakol-inception") { participants { participant { ...Who } representing { kind nameRu } } }
      again: event(id: "event-2019-07-18-karakol-inception") { participants { participant { ... on Organisation { id kind aliases } } } }
    }
    fragment Who on NamedEntity { nameEn ... on Person { gender } }`);
    expect(mixed.errors).toBeUndefined();
    expect(mixed.roundTrips).toBe(1);
    const mixedData = mixed.data as any;
    const gamsumo = mixedData.page.participants.find((p: any) => p.participant.nameEn?.startsWith('State Agency'));
    expect(gamsumo?.participant).toEqual({ nameEn: expect.stringContaining('Local Self-Government') });
    const head = mixedData.page.participants.find((p: any) => p.representing?.kind === 'AYIL_OKMOTU');
    expect(head.representing.nameRu).toMatch(/окмоту/i);
    expect(head.participant).toHaveProperty('gender');
    const organisation = mixedData.again.participants.find((p: any) => p.participant.kind === 'GOVERNMENT_AGENCY');
    expect(organisation.participant).toEqual({ id: 'gamsumo', kind: 'GOVERNMENT_AGENCY', aliases: expect.arrayContaining(['ГАМСУМО']) });
    for (const notAnEvent of ['sdc', 'no-such-id']) {
      const missing = await graphql(`query ($id: ID!) { event(id: $id) { nameEn participants { id } } }`, { id: notAnEvent });
      expect(missing.data).toEqual({ event: null });
    }
  });
});
