/**
 * Reach across programmes on the real Neo4j: coverageByProgramme, and unengagedMunicipalities with a programme
 * set or all programmes, over the made-up Naryn programmes of test/fixtures/coverage/naryn-programmes.cypher
 * (its header says who reaches what).
 */
import { describe, expect, it } from 'vitest';
import { as, graphql, graphqlData } from '../support/graphql.js';
import { Role } from '../../server/auth/roles.js';
import { NARYN_OBLAST, useNarynProgrammes } from './coverage-fixture.js';

useNarynProgrammes();

interface Coverage { territory: { soate: string }; programmes: { programme: { id: string }; through: string[] }[] }

const coverageQuery = /* GraphQL */ `
  query ($territoryId: ID!, $programmeIds: [ID!], $since: LocalDate) {
    coverageByProgramme(territoryId: $territoryId, programmeIds: $programmeIds, since: $since) {
      territory { soate } programmes { programme { id } through }
    }
  }
`;
const unreachedQuery = /* GraphQL */ `
  query ($territoryId: ID!, $phaseId: ID, $programmeIds: [ID!], $since: LocalDate) {
    unengagedMunicipalities(territoryId: $territoryId, phaseId: $phaseId, programmeIds: $programmeIds, since: $since) {
      totalCount items { territory { soate nameEn } rayon { nameEn } }
    }
  }
`;

async function coverage(variables: Record<string, unknown>) {
  const rows = (await graphqlData<{ coverageByProgramme: Coverage[] }>(coverageQuery, variables)).coverageByProgramme;
  return new Map(rows.map((row) => [row.territory.soate, Object.fromEntries(row.programmes.map((reach) => [reach.programme.id, reach.through]))]));
}

describe('which municipalities of Naryn oblast does no programme reach?', () => {
  it('names, with all programmes, the four the fixture leaves out, checked by hand', async () => {
    const { unengagedMunicipalities } = await graphqlData(unreachedQuery, { territoryId: NARYN_OBLAST });
    expect(unengagedMunicipalities.items.map((item: any) => [item.rayon.nameEn, item.territory.nameEn, item.territory.soate])).toEqual([
      ['Kochkor', 'Cholpon', '41704235842000'],
      ['Kochkor', 'Son-Kul', '41704235843000'],
      ['Naryn', 'Sary-Oy', '41704245860000'],
      ['Naryn', 'Dostuk', '41704245863000'],
    ]);
    expect(unengagedMunicipalities.totalCount).toBe(4);
  });

  it('counts since a day only partner links of phases still running, events since and activities not ended', async () => {
    const { unengagedMunicipalities } = await graphqlData(unreachedQuery, { territoryId: NARYN_OBLAST, since: '2020-01-01' });
    const soates = unengagedMunicipalities.items.map((item: any) => item.territory.soate);
    // Roads' phase 1 (Jumgal's 13 partners) ended in 2019, Health (Naryn city) too; the 2021 event still counts.
    expect(soates.filter((soate: string) => soate.startsWith('41704230'))).toHaveLength(13);
    expect(soates).toContain('41704400000010');
    expect(soates).not.toContain('41704235816000');
    expect(unengagedMunicipalities.totalCount).toBe(18);
  });
});

describe('coverageByProgramme', () => {
  it('says which programmes reach a municipality and through what', async () => {
    const reach = await coverage({ territoryId: NARYN_OBLAST });
    expect(reach.get('41704210806000')).toEqual({ 'cov-test-health': ['ACTIVITY_LOCATION'], 'cov-test-roads': ['PARTNER_LINK'], 'cov-test-water': ['ACTIVITY_LOCATION'] });
    expect(reach.get('41704235816000')).toEqual({ 'cov-test-roads': ['EVENT'] }); // the okmotu itself took part
    expect(reach.get('41704235825000')).toEqual({ 'cov-test-roads': ['EVENT'] }); // a person representing it did
    expect(reach.get('41704230804000')).toEqual({ 'cov-test-roads': ['PARTNER_LINK'] });
    expect(reach.get('41704400000010')).toEqual({ 'cov-test-health': ['ACTIVITY_LOCATION'] });
    expect(reach.size).toBe(64);
  });

  it('does not let a location at oblast or rayon level reach the municipalities inside it', async () => {
    // Water is located at Naryn oblast, Health at Kochkor rayon: neither reaches Son-Kul (Kochkor) or Dostuk.
    const reach = await coverage({ territoryId: NARYN_OBLAST });
    expect(reach.get('41704235843000')).toEqual({});
    expect(reach.get('41704245863000')).toEqual({});
  });

  it('looks only at the programmes asked for', async () => {
    const reach = await coverage({ territoryId: NARYN_OBLAST, programmeIds: ['cov-test-health'] });
    const reached = [...reach].filter(([, programmes]) => Object.keys(programmes).length > 0).map(([soate]) => soate);
    expect(reached).toEqual(['41704210806000', '41704400000010']);
  });

  it('counts in the same way for a programme set and for a single phase', async () => {
    const { unengagedMunicipalities: bySet } = await graphqlData(unreachedQuery, { territoryId: NARYN_OBLAST, programmeIds: ['cov-test-roads'] });
    expect(bySet.totalCount).toBe(64 - 13 - 3);
    const { unengagedMunicipalities: byPhase } = await graphqlData(unreachedQuery, { territoryId: NARYN_OBLAST, phaseId: 'cov-test-water-1' });
    // The phase is located in 13 + 11 + 13 + 7 ayil aimaks.
    expect(byPhase.totalCount).toBe(64 - 44);
  });

  it('answers in one round trip', async () => {
    const result = await graphql(coverageQuery, { territoryId: NARYN_OBLAST });
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(1);
  });

  it('may be read by viewers', async () => {
    const result = await graphql(coverageQuery, { territoryId: NARYN_OBLAST }, { principal: as(Role.VIEWER) });
    expect(result.errors).toBeUndefined();
  });
});

describe('refusals', () => {
  const error = async (query: string, variables: Record<string, unknown>) => {
    const result = await graphql(query, variables);
    expect(result.errors).toHaveLength(1);
    return result.errors![0]!.extensions as { code: string; field?: string };
  };

  it('refuses a phase and a programme set together', async () => {
    expect(await error(unreachedQuery, { territoryId: NARYN_OBLAST, phaseId: 'psi-phase-2', programmeIds: ['psi'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'programmeIds' });
  });

  it('refuses an empty programme set, an unknown programme and a phase given as a programme', async () => {
    expect(await error(coverageQuery, { territoryId: NARYN_OBLAST, programmeIds: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'programmeIds' });
    expect(await error(coverageQuery, { territoryId: NARYN_OBLAST, programmeIds: ['psi', 'no-such-programme'] })).toMatchObject({ code: 'NOT_FOUND', field: 'programmeIds' });
    expect(await error(coverageQuery, { territoryId: NARYN_OBLAST, programmeIds: ['psi-phase-2'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'programmeIds' });
  });

  it('refuses a territory id that is not a territory', async () => {
    expect(await error(coverageQuery, { territoryId: 'psi' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'territoryId' });
    expect(await error(coverageQuery, { territoryId: '41799999999999' })).toMatchObject({ code: 'NOT_FOUND', field: 'territoryId' });
  });
});
