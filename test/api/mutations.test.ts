import { describe, expect, it } from 'vitest';
import { graphqlData, graphqlError } from '../support/graphql.js';

const seminar = 'event-2019-07-18-karakol-inception';
const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

async function countOf(query: string): Promise<number> {
  const data = await graphqlData(query);
  return Object.values(data as Record<string, { totalCount: number }>)[0]!.totalCount;
}

describe('organisations', () => {
  it('creates, updates and deletes an organisation with the territory it governs', async () => {
    const id = unique('test-org');
    const created = await graphqlData(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id kind nameRu nameEn aliases territory { id } } }`,
      { input: { id, kind: 'OTHER', nameRu: '  Общественный фонд «Арча»  ', aliases: ['Archa', 'Archa'], territoryId: '41702410000010' } },
    );
    expect(created.createOrganisation).toEqual({ id, kind: 'OTHER', nameRu: 'Общественный фонд «Арча»', nameEn: null, aliases: ['Archa'], territory: { id: '41702410000010' } });
    expect((await graphqlData(`{ search(text: "Obshchestvennyi fond Archa") { entity { id } } }`)).search.map((h: any) => h.entity.id)).toContain(id);

    const updated = await graphqlData(
      `mutation ($id: ID!) { updateOrganisation(id: $id, input: { nameEn: "Archa Public Foundation", territoryId: null }) { nameRu nameEn territory { id } } }`,
      { id },
    );
    expect(updated.updateOrganisation).toEqual({ nameRu: 'Общественный фонд «Арча»', nameEn: 'Archa Public Foundation', territory: null });

    const deleted = await graphqlData(`mutation ($id: ID!) { deleteOrganisation(id: $id) { id deleted } }`, { id });
    expect(deleted.deleteOrganisation).toEqual({ id, deleted: true });
    expect((await graphqlData(`query ($id: ID!) { organisation(id: $id) { id } }`, { id })).organisation).toBeNull();
  });

  it('refuses a duplicate id with CONFLICT', async () => {
    const error = await graphqlError(`mutation { createOrganisation(input: { id: "sdc", kind: DONOR_AGENCY, nameEn: "Another SDC" }) { id } }`);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect((await graphqlData(`{ organisation(id: "sdc") { nameEn } }`)).organisation.nameEn).not.toBe('Another SDC');
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const before = await countOf(`{ organisations(kinds: [OTHER]) { totalCount } }`);
    const noName = await graphqlError(`mutation { createOrganisation(input: { kind: OTHER }) { id } }`);
    expect(noName.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameRu' });
    const blank = await graphqlError(`mutation { createOrganisation(input: { kind: OTHER, nameEn: "   " }) { id } }`);
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameEn' });
    const badId = await graphqlError(`mutation { createOrganisation(input: { id: "a b/c", kind: OTHER, nameEn: "X" }) { id } }`);
    expect(badId.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const badKind = await graphqlError(`mutation ($k: OrganisationKind!) { createOrganisation(input: { kind: $k, nameEn: "X" }) { id } }`, { k: 'BANK' });
    expect(badKind.extensions?.code).toBe('BAD_USER_INPUT');
    const missingTerritory = await graphqlError(`mutation { createOrganisation(input: { kind: OTHER, nameEn: "X", territoryId: "41799999999999" }) { id } }`);
    expect(missingTerritory.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'territoryId' });
    const wrongType = await graphqlError(`mutation { createOrganisation(input: { kind: OTHER, nameEn: "X", territoryId: "sdc" }) { id } }`);
    expect(wrongType.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'territoryId' });
    expect(await countOf(`{ organisations(kinds: [OTHER]) { totalCount } }`)).toBe(before);
  });

  it('answers NOT_FOUND for updates and deletes of unknown ids, and for ids of another type', async () => {
    expect((await graphqlError(`mutation { updateOrganisation(id: "nope", input: { nameEn: "X" }) { id } }`)).extensions?.code).toBe('NOT_FOUND');
    expect((await graphqlError(`mutation { deleteOrganisation(id: "nope") { id } }`)).extensions?.code).toBe('NOT_FOUND');
    expect((await graphqlError(`mutation { deleteOrganisation(id: "person-mambetova-asel") { id } }`)).extensions?.code).toBe('NOT_FOUND');
    expect((await graphqlData(`{ person(id: "person-mambetova-asel") { id } }`)).person).not.toBeNull();
  });

  it('refuses to clear the last name on update', async () => {
    const error = await graphqlError(`mutation { updateOrganisation(id: "sdc", input: { nameRu: null, nameEn: null }) { id } }`);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameRu' });
  });
});

describe('people, posts and participations', () => {
  it('records a new head of an ayil okmotu, her post and her part in the seminar, then removes them', async () => {
    const person = await graphqlData(`mutation { createPerson(input: { nameRu: "Айгуль Токтогулова", nameEn: "Aigul Toktogulova", gender: FEMALE }) { id gender } }`);
    const personId = person.createPerson.id;
    expect(person.createPerson.gender).toBe('FEMALE');

    const position = await graphqlData(
      `mutation ($p: ID!) { addPosition(input: { personId: $p, organisationId: "ao-41702205805000", title: "Head", titleRu: "Глава", from: "2018-01-15" }) { id title from to person { id } organisation { id } } }`,
      { p: personId },
    );
    const positionId = position.addPosition.id;
    expect(position.addPosition).toMatchObject({ title: 'Head', from: '2018-01-15', to: null, organisation: { id: 'ao-41702205805000' } });

    const ended = await graphqlData(`mutation ($id: ID!) { updatePosition(id: $id, input: { to: "2021-06-30" }) { from to title } }`, { id: positionId });
    expect(ended.updatePosition).toEqual({ from: '2018-01-15', to: '2021-06-30', title: 'Head' });
    const backwards = await graphqlError(`mutation ($id: ID!) { updatePosition(id: $id, input: { from: "2022-01-01" }) { id } }`, { id: positionId });
    expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });

    const participation = await graphqlData(
      `mutation ($p: ID!, $e: ID!) { addParticipation(input: { eventId: $e, participantId: $p, role: PARTICIPANT, representingId: "ao-41702205805000" }) { id role representing { id } participant { ... on Person { id } } } }`,
      { p: personId, e: seminar },
    );
    const participationId = participation.addParticipation.id;
    expect(participation.addParticipation.representing).toEqual({ id: 'ao-41702205805000' });
    expect((await graphqlData(`{ event(id: "${seminar}") { namedParticipantCount } }`)).event.namedParticipantCount).toBe(5);

    const twice = await graphqlError(`mutation ($p: ID!, $e: ID!) { addParticipation(input: { eventId: $e, participantId: $p }) { id } }`, { p: personId, e: seminar });
    expect(twice.extensions?.code).toBe('CONFLICT');

    const speaker = await graphqlData(`mutation ($id: ID!) { updateParticipation(id: $id, input: { role: SPEAKER }) { role representing { id } } }`, { id: participationId });
    expect(speaker.updateParticipation).toEqual({ role: 'SPEAKER', representing: { id: 'ao-41702205805000' } });

    expect((await graphqlData(`mutation ($id: ID!) { deleteParticipation(id: $id) { deleted } }`, { id: participationId })).deleteParticipation.deleted).toBe(true);
    expect((await graphqlData(`mutation ($id: ID!) { deletePosition(id: $id) { deleted } }`, { id: positionId })).deletePosition.deleted).toBe(true);
    expect((await graphqlData(`mutation ($id: ID!) { deletePerson(id: $id) { deleted } }`, { id: personId })).deletePerson.deleted).toBe(true);
    expect((await graphqlData(`{ event(id: "${seminar}") { namedParticipantCount } }`)).event.namedParticipantCount).toBe(4);
  });

  it('refuses participations that make no sense, naming the field', async () => {
    const orgRepresenting = await graphqlError(`mutation { addParticipation(input: { eventId: "${seminar}", participantId: "helvetas", representingId: "dpi" }) { id } }`);
    expect(orgRepresenting.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'representingId' });
    const territoryAsParticipant = await graphqlError(`mutation { addParticipation(input: { eventId: "${seminar}", participantId: "41702000000000" }) { id } }`);
    expect(territoryAsParticipant.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantId' });
    const noEvent = await graphqlError(`mutation { addParticipation(input: { eventId: "no-event", participantId: "helvetas" }) { id } }`);
    expect(noEvent.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'eventId' });
    expect((await graphqlData(`{ organisation(id: "helvetas") { participations { id } } }`)).organisation.participations).toEqual([]);
    expect((await graphqlError(`mutation { updateParticipation(id: "nope", input: { role: HOST }) { id } }`)).extensions?.code).toBe('NOT_FOUND');
    expect((await graphqlError(`mutation { deleteParticipation(id: "nope") { id } }`)).extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses posts with unknown people, bad dates or no title', async () => {
    expect((await graphqlError(`mutation { addPosition(input: { personId: "nobody", organisationId: "sdc", title: "Director" }) { id } }`)).extensions)
      .toMatchObject({ code: 'NOT_FOUND', field: 'personId' });
    expect((await graphqlError(`mutation { addPosition(input: { personId: "person-mambetova-asel", organisationId: "sdc", title: "X", from: "2020-01-01", to: "2019-01-01" }) { id } }`)).extensions)
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await graphqlError(`mutation { addPosition(input: { personId: "person-mambetova-asel", organisationId: "sdc", title: "" }) { id } }`)).extensions)
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const badDate = await graphqlError(`mutation ($input: AddPositionInput!) { addPosition(input: $input) { id } }`, {
      input: { personId: 'person-mambetova-asel', organisationId: 'sdc', title: 'X', from: '2020-13-45' },
    });
    expect(badDate.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.message).toContain('from');
    expect((await graphqlData(`{ person(id: "person-mambetova-asel") { positions { organisation { id } } } }`)).person.positions.map((p: any) => p.organisation.id)).not.toContain('sdc');
  });
});

describe('events', () => {
  it('creates an event in a phase with place and host, updates and deletes it with its participations', async () => {
    const id = unique('test-event');
    const created = await graphqlData(
      `mutation ($id: ID!) { createEvent(input: { id: $id, kind: WORKSHOP, date: "2020-03-12", nameEn: "Budget hearing training", phaseId: "psi-phase-2", heldInId: "41702410000010", hostId: "town-41702410000010", reportedParticipantCount: 25 }) {
        id date kind reportedParticipantCount phase { id } heldIn { id } hosts { id } } }`,
      { id },
    );
    expect(created.createEvent).toEqual({ id, date: '2020-03-12', kind: 'WORKSHOP', reportedParticipantCount: 25, phase: { id: 'psi-phase-2' }, heldIn: { id: '41702410000010' }, hosts: [{ id: 'town-41702410000010' }] });

    // Karakol town administration took part: it is engaged in phase 2 now, so Issyk-Kul has two unengaged towns.
    await graphqlData(`mutation ($e: ID!) { addParticipation(input: { eventId: $e, participantId: "town-41702410000010", role: HOST }) { id } }`, { e: id });
    const unengaged = await graphqlData(`{ unengagedMunicipalities(phaseId: "psi-phase-2", territoryId: "41702000000000") { totalCount } }`);
    expect(unengaged.unengagedMunicipalities.totalCount).toBe(2);

    const updated = await graphqlData(`mutation ($id: ID!) { updateEvent(id: $id, input: { date: "2020-03-13", hostId: null, placeEn: "Karakol town hall" }) { date placeEn hosts { id } phase { id } } }`, { id });
    expect(updated.updateEvent).toEqual({ date: '2020-03-13', placeEn: 'Karakol town hall', hosts: [], phase: { id: 'psi-phase-2' } });

    const outside = await graphqlError(`mutation ($id: ID!) { updateEvent(id: $id, input: { date: "2024-01-01" }) { id } }`, { id });
    expect(outside.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });

    await graphqlData(`mutation ($id: ID!) { deleteEvent(id: $id) { deleted } }`, { id });
    const after = await graphqlData(`{ unengagedMunicipalities(phaseId: "psi-phase-2", territoryId: "41702000000000") { totalCount } }`);
    expect(after.unengagedMunicipalities.totalCount).toBe(3);
  });

  it('writes nothing when a link is missing or the date is outside the phase', async () => {
    const id = unique('test-event');
    const noHost = await graphqlError(`mutation ($id: ID!) { createEvent(input: { id: $id, kind: MEETING, date: "2020-01-01", nameEn: "X", phaseId: "psi-phase-2", hostId: "no-host" }) { id } }`, { id });
    expect(noHost.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'hostId' });
    const early = await graphqlError(`mutation ($id: ID!) { createEvent(input: { id: $id, kind: MEETING, date: "2010-01-01", nameEn: "X", phaseId: "psi-phase-2" }) { id } }`, { id });
    expect(early.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    const negative = await graphqlError(`mutation ($id: ID!) { createEvent(input: { id: $id, kind: MEETING, date: "2020-01-01", nameEn: "X", reportedParticipantCount: -3 }) { id } }`, { id });
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reportedParticipantCount' });
    expect((await graphqlData(`query ($id: ID!) { event(id: $id) { id } }`, { id })).event).toBeNull();
  });

  it('stores names full of quotes, braces and Cypher words verbatim', async () => {
    const name = `O'Brien "Test" } RETURN 1 // $x \\ MATCH (n) DETACH DELETE n`;
    const created = await graphqlData(`mutation ($name: String!) { createPerson(input: { nameEn: $name }) { id nameEn } }`, { name });
    expect(created.createPerson.nameEn).toBe(name);
    const back = await graphqlData(`query ($id: ID!) { person(id: $id) { nameEn } }`, { id: created.createPerson.id });
    expect(back.person.nameEn).toBe(name);
    expect((await graphqlData(`{ territories { totalCount } }`)).territories.totalCount).toBe(536);
    await graphqlData(`mutation ($id: ID!) { deletePerson(id: $id) { deleted } }`, { id: created.createPerson.id });
  });
});
