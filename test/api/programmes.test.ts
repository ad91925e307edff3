import { describe, expect, it } from 'vitest';
import { graphql, graphqlData, graphqlError } from '../support/graphql.js';

describe('programmes and phases', () => {
  it('lists programmes and finds a phase with its programme, events and partner municipalities', async () => {
    const data = await graphqlData(`{
      programmes { id phases { id } }
      phase(id: "psi-phase-2") { number regions programme { id } events { id date } partnerMunicipalities { id kind } }
      notAPhase: phase(id: "psi") { id }
    }`);
    expect(data.programmes).toEqual([{ id: 'psi', phases: [{ id: 'psi-phase-1' }, { id: 'psi-phase-2' }, { id: 'psi-phase-3' }] }]);
    expect(data.phase.programme).toEqual({ id: 'psi' });
    expect(data.phase.regions).toEqual(['Issyk-Kul', 'Jalal-Abad']);
    expect(data.phase.events).toEqual([{ id: 'event-2019-07-18-karakol-inception', date: '2019-07-18' }]);
    // Kum-Bel (phase 2) and Massy (phases 1 and 2) are the phase-2 partners in the sources.
    expect(data.phase.partnerMunicipalities.map((m: any) => m.id).sort()).toEqual(['ao-41702215820000', 'ao-41703215836000']);
    expect(data.notAPhase).toBeNull();
  });
});

describe('people', () => {
  it('finds people by any spelling of their name', async () => {
    for (const text of ['Kubatov', 'Кубатов', 'Аскат']) {
      const data = await graphqlData(`query ($text: String) { people(text: $text) { totalCount items { id } } }`, { text });
      expect(data.people.items.map((p: any) => p.id), text).toEqual(['person-kubatov-askat']);
    }
  });
});

describe('municipality engagement', () => {
  it('tells for each municipality why it counts as engaged', async () => {
    const data = await graphqlData(`{ municipalityEngagement(phaseId: "psi-phase-2", territoryId: "41702215000000") {
      municipality { id } territory { level } rayon { id } oblast { id } engaged partner tookPartInEvent
    } }`);
    const rows = data.municipalityEngagement;
    expect(rows).toHaveLength(13); // Issyk-Kul rayon: 12 ayil okmotus and Cholpon-Ata town
    const kumBel = rows.find((r: any) => r.municipality.id === 'ao-41702215820000');
    expect(kumBel).toMatchObject({ engaged: true, partner: true, tookPartInEvent: true, rayon: { id: '41702215000000' }, oblast: { id: '41702000000000' } });
    const cholponAta = rows.find((r: any) => r.territory.level === 'CITY');
    expect(cholponAta).toMatchObject({ engaged: false, partner: false, tookPartInEvent: false });
  });

  it('counts a municipality represented only by a person at an event as engaged', async () => {
    const eventId = `test-event-${Date.now()}`;
    const personId = `test-person-${Date.now()}`;
    await graphqlData(`mutation ($e: ID!, $p: ID!) {
      createEvent(input: { id: $e, kind: TRAINING, date: "2021-05-05", nameEn: "Naryn training", phaseId: "psi-phase-2" }) { id }
      createPerson(input: { id: $p, nameEn: "Test Head" }) { id }
    }`, { e: eventId, p: personId });
    try {
      await graphqlData(`mutation ($e: ID!, $p: ID!) { addParticipation(input: { eventId: $e, participantId: $p, representingId: "town-41704400000010" }) { id } }`, { e: eventId, p: personId });
      const naryn = await graphqlData(`{ unengagedMunicipalities(phaseId: "psi-phase-2", territoryId: "41704000000000") { totalCount } }`);
      expect(naryn.unengagedMunicipalities.totalCount).toBe(63);
      const later = await graphqlData(`{ unengagedMunicipalities(phaseId: "psi-phase-2", territoryId: "41704000000000", since: "2021-05-06") { totalCount } }`);
      expect(later.unengagedMunicipalities.totalCount).toBe(64);
      // Engagement counts only in its own phase.
      const otherPhase = await graphqlData(`{ unengagedMunicipalities(phaseId: "psi-phase-3", territoryId: "41704000000000") { totalCount }
        engagementSummary(phaseId: "psi-phase-3", territoryId: "41704000000000", groupBy: OBLAST) { engaged } }`);
      expect(otherPhase.unengagedMunicipalities.totalCount).toBe(64);
      expect(otherPhase.engagementSummary).toEqual([{ engaged: 0 }]);
    } finally {
      await graphqlData(`mutation ($e: ID!, $p: ID!) { deleteEvent(id: $e) { deleted } deletePerson(id: $p) { deleted } }`, { e: eventId, p: personId });
    }
  });

  it('answers each engagement question in one round trip', async () => {
    for (const query of [
      `{ unengagedMunicipalities(phaseId: "psi-phase-2", territoryId: "41704000000000") { totalCount items { municipality { id } rayon { id } } } }`,
      `{ engagementSummary(phaseId: "psi-phase-2", groupBy: OBLAST) { territory { id } total } }`,
    ]) {
      const result = await graphql(query);
      expect(result.errors).toBeUndefined();
      expect(result.roundTrips).toBe(1);
    }
  });

  it('names the bad argument for an unknown phase or territory', async () => {
    expect((await graphqlError(`{ unengagedMunicipalities(phaseId: "psi-phase-9") { totalCount } }`)).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'phaseId' });
    expect((await graphqlError(`{ unengagedMunicipalities(phaseId: "psi-phase-2", territoryId: "sdc") { totalCount } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'territoryId' });
    expect((await graphqlError(`{ engagementSummary(phaseId: "sdc") { total } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phaseId' });
    expect((await graphqlError(`{ engagementSummary(phaseId: "psi-phase-2", territoryId: "41799999999999") { total } }`)).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'territoryId' });
  });
});
