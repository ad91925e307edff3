import { describe, expect, it } from 'vitest';
import { EVENT_DETAIL, type EventDetail } from '../../web/src/api/queries.js';
import { nameOf } from '../../web/src/i18n.js';
import { bipartite, byDate } from '../../web/src/shaping/events.js';
import { graphqlData } from '../support/graphql.js';

const person = (id: string, name: string) => ({ __typename: 'Person' as const, id, nameRu: name, nameEn: name });
const org = (id: string, name: string, kind: string) => ({ __typename: 'Organisation' as const, id, nameRu: name, nameEn: name, kind });

const event: EventDetail = {
  id: 'seminar',
  nameRu: 'Семинар',
  nameEn: 'Seminar',
  date: '2019-07-18',
  kind: 'SEMINAR',
  placeRu: null,
  placeEn: null,
  reportedParticipantCount: 10,
  namedParticipantCount: 2,
  participatingOrganisationCount: 3,
  phase: null,
  heldIn: null,
  hosts: [],
  participants: [
    { id: 'p1', role: 'SPEAKER', participant: person('zed', 'Zed'), representing: { id: 'agency', nameRu: 'Agency', nameEn: 'Agency', kind: 'GOVERNMENT_AGENCY' } },
    { id: 'p2', role: 'PRESENTER', participant: person('amy', 'Amy'), representing: { id: 'ao-1', nameRu: 'AO one', nameEn: 'AO one', kind: 'AYIL_OKMOTU' } },
    { id: 'p3', role: 'PARTICIPANT', participant: org('ao-2', 'AO two', 'AYIL_OKMOTU'), representing: null },
    { id: 'p4', role: 'PARTICIPANT', participant: org('ao-1', 'AO one', 'AYIL_OKMOTU'), representing: null },
    { id: 'p5', role: 'ORGANISER', participant: org('consortium', 'Consortium', 'CONSORTIUM'), representing: null },
  ],
};

describe('event participants as a bipartite view', () => {
  it('puts people on one side and organisations, by kind, on the other, linked by whom they represented', () => {
    const shape = bipartite(event, (entity) => nameOf(entity, 'en'));
    expect(shape.people.map((p) => [p.id, p.role])).toEqual([
      ['amy', 'PRESENTER'],
      ['zed', 'SPEAKER'],
    ]);
    expect(shape.groups.map((group) => [group.kind, group.organisations.map((o) => [o.id, o.role, o.representedBy])])).toEqual([
      ['CONSORTIUM', [['consortium', 'ORGANISER', []]]],
      ['GOVERNMENT_AGENCY', [['agency', null, ['zed']]]],
      ['AYIL_OKMOTU', [['ao-1', 'PARTICIPANT', ['amy']], ['ao-2', 'PARTICIPANT', []]]],
    ]);
    expect(shape.links).toEqual([
      { personId: 'zed', organisationId: 'agency', role: 'SPEAKER' },
      { personId: 'amy', organisationId: 'ao-1', role: 'PRESENTER' },
    ]);
    expect(shape.counts).toEqual({
      reported: 10,
      namedPeople: 2,
      organisations: 4,
      organisationsInOwnRight: 3,
      tableRows: 5,
      municipalities: 2,
      notNamed: 8,
      byKind: [
        { kind: 'CONSORTIUM', count: 1 },
        { kind: 'GOVERNMENT_AGENCY', count: 1 },
        { kind: 'AYIL_OKMOTU', count: 2 },
      ],
    });
  });

  it('counts the organisations it draws when they took part only through the people who represented them', () => {
    // The server's own-right count is 0 here; the view draws two organisations and must not say "0 organisations".
    const throughPeople: EventDetail = { ...event, participatingOrganisationCount: 0, participants: event.participants.slice(0, 2) };
    const shape = bipartite(throughPeople, (entity) => nameOf(entity, 'en'));
    const drawn = shape.groups.flatMap((group) => group.organisations);
    expect(drawn).toHaveLength(2);
    expect(shape.counts).toMatchObject({ organisations: 2, organisationsInOwnRight: 0, municipalities: 1, tableRows: 2 });
    expect(shape.counts.byKind.reduce((sum, entry) => sum + entry.count, 0)).toBe(drawn.length);
  });

  it('has no unnamed count when none was reported, and sorts events by date', () => {
    expect(bipartite({ ...event, reportedParticipantCount: null }, (entity) => entity.id).counts.notNamed).toBeNull();
    expect(byDate([{ id: 'b', date: '2020-01-01' }, { id: 'a', date: '2019-07-18' }, { id: 'c', date: '2019-07-18' }]).map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('shapes the Karakol seminar: 71 reported, 4 people named, 61 municipalities and the administrations', async () => {
    const { event: karakol } = await graphqlData<{ event: EventDetail }>(EVENT_DETAIL, { id: 'event-2019-07-18-karakol-inception' });
    const shape = bipartite(karakol, (entity) => nameOf(entity, 'ru'));
    expect(shape.counts).toMatchObject({ reported: 71, namedPeople: 4, notNamed: 67, organisations: 70, municipalities: 61 });
    // The 74 rows of its table: 4 named people and 70 organisations in their own right; the 71 reported are people.
    expect(shape.counts).toMatchObject({ tableRows: 74, organisationsInOwnRight: 70 });
    expect(shape.people).toHaveLength(4);
    expect(shape.links).toHaveLength(4);
    expect(Object.fromEntries(shape.counts.byKind.map((entry) => [entry.kind, entry.count]))).toEqual({
      DONOR_AGENCY: 1,
      CONSORTIUM: 1,
      GOVERNMENT_AGENCY: 1,
      OBLAST_ADMINISTRATION: 1,
      RAYON_ADMINISTRATION: 5,
      AYIL_OKMOTU: 61,
    });
  });
});
