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

  it('creates one organisation when 20 requests use the same id at once', async () => {
    const id = `test-org-${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => graphql(`mutation ($id: ID!) { createOrganisation(input: { id: $id, kind: OTHER, nameEn: "Same" }) { id } }`, { id })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    await graphqlData(`mutation ($id: ID!) { deleteOrganisation(id: $id) { deleted } }`, { id });
  });
});
