import { describe, expect, it } from 'vitest';
import { graphql, graphqlData } from '../support/graphql.js';

describe('uniqueness under concurrent requests', () => {
  it('keeps one participation when the same person is added to an event by 20 requests at once', async () => {
    const eventId = `test-event-${Date.now()}`;
    await graphqlData(`mutation ($e: ID!) { createEvent(input: { id: $e, kind: MEETING, date: "2020-02-02", nameEn: "Concurrency check" }) { id } }`, { e: eventId });
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          graphql(`mutation ($e: ID!) { addParticipation(input: { eventId: $e, participantId: "person-mambetova-asel" }) { id } }`, { e: eventId }),
        ),
      );
      const succeeded = results.filter((r) => !r.errors);
      const codes = results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code);
      expect(succeeded).toHaveLength(1);
      expect(new Set(codes)).toEqual(new Set(['CONFLICT']));
      const event = await graphqlData(`query ($e: ID!) { event(id: $e) { participants { id } } }`, { e: eventId });
      expect(event.event.participants).toHaveLength(1);
    } finally {
      await graphqlData(`mutation ($e: ID!) { deleteEvent(id: $e) { deleted } }`, { e: eventId });
    }
  });

  it('creates one organisation when 50 requests use the same id at once', async () => {
    const id = `test-org-${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 50 }, () => graphql(`mutation ($id: ID!) { createOrganisation(input: { id: $id, kind: OTHER, nameEn: "Same" }) { id } }`, { id })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(49);
    await graphqlData(`mutation ($id: ID!) { deleteOrganisation(id: $id) { deleted } }`, { id });
  });
});

describe('concurrent edits', () => {
  it('loses no change when several people edit different fields of one record at once', async () => {
    const person = await graphqlData(`mutation { createPerson(input: { nameEn: "Concurrent Editing" }) { id version } }`);
    const id = person.createPerson.id;
    try {
      const edits = [
        { nameRu: 'Параллельная правка' },
        { nameKy: 'Катар оңдоо' },
        { gender: 'FEMALE' },
        { aliases: ['C. Editing'] },
      ];
      for (let round = 0; round < 3; round += 1) {
        const results = await Promise.all(edits.map((input) => graphql(`mutation ($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id } }`, { id, input })));
        expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      }
      const after = await graphqlData(`query ($id: ID!) { person(id: $id) { nameEn nameRu nameKy gender aliases version } }`, { id });
      expect(after.person).toEqual({
        nameEn: 'Concurrent Editing', nameRu: 'Параллельная правка', nameKy: 'Катар оңдоо', gender: 'FEMALE', aliases: ['C. Editing'], version: 12,
      });
    } finally {
      await graphqlData(`mutation ($id: ID!) { deletePerson(id: $id) { deleted } }`, { id });
    }
  });

  it('refuses, with CONFLICT, an edit of a version someone else changed since', async () => {
    const person = await graphqlData(`mutation { createPerson(input: { nameEn: "Versioned" }) { id version } }`);
    const id = person.createPerson.id;
    try {
      const read = await graphqlData(`query ($id: ID!) { person(id: $id) { version } }`, { id });
      const seen = read.person.version ?? 0;
      const update = `mutation ($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { version } }`;
      const [first, second] = await Promise.all([
        graphql(update, { id, input: { nameRu: 'Первая', expectedVersion: seen } }),
        graphql(update, { id, input: { nameRu: 'Вторая', expectedVersion: seen } }),
      ]);
      const outcomes = [first, second].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(outcomes).toEqual(['CONFLICT', 'OK']);
      const conflict = [first, second].find((r) => r.errors)!.errors![0]!;
      expect(conflict.extensions).toMatchObject({ field: 'expectedVersion', version: seen + 1 });
    } finally {
      await graphqlData(`mutation ($id: ID!) { deletePerson(id: $id) { deleted } }`, { id });
    }
  });
});
