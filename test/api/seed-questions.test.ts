import { describe, expect, it } from 'vitest';
import { graphqlData } from '../support/graphql.js';

const narynOblast = '41704000000000';
const issykKulOblast = '41702000000000';
const jalalAbadOblast = '41703000000000';
const seminar = 'event-2019-07-18-karakol-inception';

const unengaged = /* GraphQL */ `
  query Unengaged($phaseId: ID!, $territoryId: ID!, $since: LocalDate) {
    unengagedMunicipalities(phaseId: $phaseId, territoryId: $territoryId, since: $since) {
      totalCount
      items { municipality { id kind nameEn } territory { id level } rayon { nameEn } oblast { nameEn } engaged }
    }
  }
`;

describe('questions the seed answers', () => {
  it('Naryn oblast has 64 unengaged municipalities in phase 2 (63 ayil okmotus and Naryn town)', async () => {
    const data = await graphqlData(unengaged, { phaseId: 'psi-phase-2', territoryId: narynOblast });
    const { totalCount, items } = data.unengagedMunicipalities;
    expect(totalCount).toBe(64);
    expect(items.filter((m: any) => m.municipality.kind === 'AYIL_OKMOTU')).toHaveLength(63);
    expect(items.filter((m: any) => m.municipality.kind === 'TOWN_ADMINISTRATION').map((m: any) => m.territory.id)).toEqual(['41704400000010']);
    expect(new Set(items.map((m: any) => m.oblast?.nameEn))).toEqual(new Set(['Naryn']));
  });

  it('in Issyk-Kul oblast the only municipalities not engaged in phase 2 are its three towns', async () => {
    const data = await graphqlData(unengaged, { phaseId: 'psi-phase-2', territoryId: issykKulOblast });
    const { totalCount, items } = data.unengagedMunicipalities;
    expect(totalCount).toBe(3);
    expect(items.map((m: any) => m.municipality.kind)).toEqual(['TOWN_ADMINISTRATION', 'TOWN_ADMINISTRATION', 'TOWN_ADMINISTRATION']);
    expect(items.map((m: any) => m.territory.id).sort()).toEqual(['41702215600010', '41702410000010', '41702420000010']);
  });

  it('counts only later engagement when a date is given: after the July 2019 seminar only Kum-Bel (a phase-2 partner) is engaged in Issyk-Kul', async () => {
    const data = await graphqlData(unengaged, { phaseId: 'psi-phase-2', territoryId: issykKulOblast, since: '2019-08-01' });
    expect(data.unengagedMunicipalities.totalCount).toBe(63);
    expect(data.unengagedMunicipalities.items.map((m: any) => m.municipality.id)).not.toContain('ao-41702215820000');
  });

  it('in Jalal-Abad oblast only Massy is engaged in phase 2, so 75 of 76 municipalities are not', async () => {
    const data = await graphqlData(unengaged, { phaseId: 'psi-phase-2', territoryId: jalalAbadOblast });
    expect(data.unengagedMunicipalities.totalCount).toBe(75);
    expect(data.unengagedMunicipalities.items.map((m: any) => m.municipality.id)).not.toContain('ao-41703215836000');
  });

  it('the seminar names 4 people and reports 71 participants', async () => {
    const data = await graphqlData(
      /* GraphQL */ `
        query Seminar($id: ID!) {
          event(id: $id) {
            date kind reportedParticipantCount namedParticipantCount participatingOrganisationCount
            phase { id number }
            heldIn { nameEn }
            hosts { id }
            participants {
              role
              participant { __typename ... on Person { id nameEn } ... on Organisation { id kind } }
              representing { id }
            }
          }
        }
      `,
      { id: seminar },
    );
    const event = data.event;
    expect(event).toMatchObject({ date: '2019-07-18', kind: 'SEMINAR', reportedParticipantCount: 71, namedParticipantCount: 4 });
    expect(event.phase).toEqual({ id: 'psi-phase-2', number: 2 });
    expect(event.heldIn.nameEn).toBe('Karakol');
    expect(event.hosts).toEqual([{ id: 'oblast-admin-41702000000000' }]);
    const people = event.participants.filter((p: any) => p.participant.__typename === 'Person');
    expect(people.map((p: any) => [p.participant.id, p.role, p.representing?.id]).sort()).toEqual([
      ['person-baidyldaev-m-k', 'SPEAKER', 'gamsumo'],
      ['person-kubatov-askat', 'PRESENTER', 'ao-41702210830000'],
      ['person-mambetova-asel', 'PRESENTER', 'psi-consortium'],
      ['person-monoldorov-d-ch', 'SPEAKER', 'oblast-admin-41702000000000'],
    ]);
    const organisations = event.participants.filter((p: any) => p.participant.__typename === 'Organisation');
    expect(organisations.filter((p: any) => p.participant.kind === 'AYIL_OKMOTU')).toHaveLength(61);
    expect(organisations.filter((p: any) => p.participant.kind === 'RAYON_ADMINISTRATION')).toHaveLength(5);
    expect(event.participatingOrganisationCount).toBe(organisations.length);
  });

  it('knows who funds and who implements the programme, and its three phases', async () => {
    const data = await graphqlData(/* GraphQL */ `
      { programme(id: "psi") {
          nameEn sdcProjectNumber
          funders { id kind }
          implementers { id kind members { id } }
          phases { number startDate endDate budgetChf }
      } }
    `);
    const programme = data.programme;
    expect(programme.sdcProjectNumber).toBe('7F06409');
    expect(programme.funders.map((f: any) => f.id).sort()).toEqual(['gov-switzerland', 'sdc']);
    expect(programme.implementers).toHaveLength(1);
    expect(programme.implementers[0].kind).toBe('CONSORTIUM');
    expect(programme.implementers[0].members.map((m: any) => m.id).sort()).toEqual(['dpi', 'helvetas']);
    expect(programme.phases).toEqual([
      { number: 1, startDate: '2013-11-01', endDate: '2019-04-30', budgetChf: 4431000 },
      { number: 2, startDate: '2019-05-01', endDate: '2023-04-30', budgetChf: 4070000 },
      { number: 3, startDate: '2024-08-01', endDate: '2028-07-31', budgetChf: 4050000 },
    ]);
  });

  it('summarises phase-2 engagement by oblast: Issyk-Kul 61 of 64, Naryn 0 of 64', async () => {
    const data = await graphqlData(/* GraphQL */ `
      { engagementSummary(phaseId: "psi-phase-2", groupBy: OBLAST) { territory { id nameEn } total engaged notEngaged share } }
    `);
    const byOblast = new Map(data.engagementSummary.map((row: any) => [row.territory.id, row]));
    expect(byOblast.get(issykKulOblast)).toMatchObject({ total: 64, engaged: 61, notEngaged: 3 });
    expect(byOblast.get(narynOblast)).toMatchObject({ total: 64, engaged: 0, notEngaged: 64, share: 0 });
    const total = data.engagementSummary.reduce((sum: number, row: any) => sum + row.total, 0);
    expect(total).toBe(453 + 31);
  });

  it('summarises by rayon inside an oblast', async () => {
    const data = await graphqlData(
      `query ($t: ID!) { engagementSummary(phaseId: "psi-phase-2", territoryId: $t, groupBy: RAYON) { territory { id nameEn level } total engaged notEngaged } }`,
      { t: issykKulOblast },
    );
    const rows = data.engagementSummary;
    const rayons = rows.filter((r: any) => r.territory.level === 'RAYON');
    expect(rayons).toHaveLength(5);
    // Cholpon-Ata, a town of district significance, is counted in Issyk-Kul rayon and is the only gap there.
    expect(rayons.map((r: any) => [r.territory.id, r.notEngaged])).toEqual([
      ['41702205000000', 0], ['41702210000000', 0], ['41702215000000', 1], ['41702220000000', 0], ['41702225000000', 0],
    ]);
    expect(rows.filter((r: any) => r.territory.level === 'CITY').map((r: any) => r.territory.nameEn).sort()).toEqual(['Balykchy', 'Karakol']);
  });
});
