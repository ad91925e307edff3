import { describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { as, graphql, graphqlData, graphqlError } from '../support/graphql.js';

const changes = `query ($id: ID!) { changes(entityId: $id) { id at actor action entityType subjectId summary before after } }`;
const historyOf = async (id: string) => (await graphqlData(changes, { id })).changes;

describe('audit trail', () => {
  it('records who created, changed and deleted an organisation, when, and what changed; history outlives the node', async () => {
    const id = `audit-org-${Date.now()}`;
    const startedAt = Date.now();
    await graphqlData(`mutation ($id: ID!) { createOrganisation(input: { id: $id, kind: OTHER, nameRu: "Фонд", territoryId: "41702410000010" }) { id } }`, { id }, { principal: as(Role.EDITOR, 'aigul@helvetas') });
    await graphqlData(`mutation ($id: ID!) { updateOrganisation(id: $id, input: { nameEn: "Foundation", territoryId: null }) { id } }`, { id }, { principal: as(Role.EDITOR, 'bakyt@dpi') });
    await graphqlData(`mutation ($id: ID!) { deleteOrganisation(id: $id) { deleted } }`, { id }, { principal: as(Role.ADMIN, 'admin') });

    const history = await historyOf(id);
    expect(history.map((c: any) => [c.action, c.actor, c.entityType, c.subjectId])).toEqual([
      ['DELETED', 'admin', 'Organisation', id],
      ['UPDATED', 'bakyt@dpi', 'Organisation', id],
      ['CREATED', 'aigul@helvetas', 'Organisation', id],
    ]);
    const [deleted, updated, created] = history;
    expect(created.before).toBeNull();
    expect(created.after).toMatchObject({ id, kind: 'OTHER', nameRu: 'Фонд', territoryId: '41702410000010' });
    expect(created.after).not.toHaveProperty('searchText');
    expect(updated.before).toEqual({ nameEn: null, territoryId: '41702410000010' });
    expect(updated.after).toEqual({ nameEn: 'Foundation', territoryId: null });
    expect(updated.summary).toBe('Updated organisation «Foundation»');
    expect(deleted.after).toBeNull();
    expect(deleted.before).toMatchObject({ nameRu: 'Фонд', nameEn: 'Foundation' });
    expect(Date.parse(created.at)).toBeGreaterThanOrEqual(startedAt - 5_000);
  });

  it('shows a participation in the history of the person, the event and the organisation represented', async () => {
    const eventId = `audit-event-${Date.now()}`;
    await graphqlData(`mutation ($e: ID!) { createEvent(input: { id: $e, kind: MEETING, date: "2020-06-01", nameEn: "Audit check" }) { id } }`, { e: eventId });
    try {
      const added = await graphqlData(
        `mutation ($e: ID!) { addParticipation(input: { eventId: $e, participantId: "person-kubatov-askat", role: SPEAKER, representingId: "ao-41702210830000" }) { id } }`,
        { e: eventId },
        { principal: as(Role.EDITOR, 'editor-1') },
      );
      const participationId = added.addParticipation.id;
      for (const id of ['person-kubatov-askat', eventId, 'ao-41702210830000']) {
        const [latest] = await historyOf(id);
        expect(latest, id).toMatchObject({ action: 'CREATED', entityType: 'Participation', subjectId: participationId, actor: 'editor-1' });
        expect(latest.summary).toBe('Added «Askat Kubatov» at «Audit check» as SPEAKER');
      }
      const person = await graphqlData(`{ person(id: "person-kubatov-askat") { changes(first: 1) { action subjectId } } }`);
      expect(person.person.changes).toEqual([{ action: 'CREATED', subjectId: participationId }]);
    } finally {
      await graphqlData(`mutation ($e: ID!) { deleteEvent(id: $e) { deleted } }`, { e: eventId });
    }
    // Deleting the event removed the participation with it; the person's history still holds the entry.
    expect((await historyOf('person-kubatov-askat')).some((c: any) => c.entityType === 'Participation')).toBe(true);
  });

  it('records nothing for a change that failed', async () => {
    const before = (await historyOf('sdc')).length;
    const error = await graphqlError(`mutation { updateOrganisation(id: "sdc", input: { territoryId: "no-such-territory" }) { id } }`);
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect((await historyOf('sdc')).length).toBe(before);
  });

  it('costs one round trip for the histories of many nodes', async () => {
    const result = await graphql(`{ organisations(kinds: [AYIL_OKMOTU], first: 100) { items { id changes { id } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(2);
  });
});

describe('audit trail of merges', () => {
  it('records a merge in the history of both records, with what the merged one was', async () => {
    const keep = await graphqlData(`mutation { createPerson(input: { nameRu: "Асанов Бакыт" }) { id } }`);
    const gone = await graphqlData(`mutation { createPerson(input: { nameEn: "Bakyt Asanov" }) { id } }`);
    const keepId = keep.createPerson.id;
    const mergeId = gone.createPerson.id;
    try {
      await graphqlData(`mutation ($k: ID!, $m: ID!) { mergeStakeholders(keepId: $k, mergeId: $m) { kept { ... on Person { id } } } }`, { k: keepId, m: mergeId }, { principal: as(Role.ADMIN, 'admin-2') });
      for (const id of [keepId, mergeId]) {
        const [latest] = await historyOf(id);
        expect(latest, id).toMatchObject({ action: 'MERGED', actor: 'admin-2', subjectId: keepId });
        expect(latest.before).toMatchObject({ mergedId: mergeId, merged: { nameEn: 'Bakyt Asanov' } });
      }
      const editor = await graphql(`mutation ($k: ID!, $m: ID!) { mergeStakeholders(keepId: $k, mergeId: $m) { kept { ... on Person { id } } } }`, { k: keepId, m: mergeId }, { principal: as(Role.EDITOR) });
      expect(editor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await graphqlData(`mutation ($k: ID!) { deletePerson(id: $k) { deleted } }`, { k: keepId });
    }
  });
});
