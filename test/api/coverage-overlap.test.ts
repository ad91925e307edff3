/**
 * programmeOverlap on the real Neo4j over test/fixtures/coverage/naryn-programmes.cypher: per rayon and per
 * oblast, how many programmes reach each municipality, and the programmes located above any one municipality.
 */
import { describe, expect, it } from 'vitest';
import { graphql, graphqlData } from '../support/graphql.js';
import { NARYN_OBLAST, useNarynProgrammes } from './coverage-fixture.js';

useNarynProgrammes();

const overlapQuery = /* GraphQL */ `
  query ($territoryId: ID!, $programmeIds: [ID!], $since: LocalDate, $groupBy: EngagementGrouping) {
    programmeOverlap(territoryId: $territoryId, programmeIds: $programmeIds, since: $since, groupBy: $groupBy) {
      territory { nameEn level }
      total reachedByNone reachedByOne reachedByTwo reachedByThreeOrMore programmeCount
      programmes { id } areaProgrammes { id }
    }
  }
`;

const shape = (rows: any[]) =>
  rows.map((row) => [
    row.territory.nameEn, row.territory.level, row.total, row.reachedByNone, row.reachedByOne, row.reachedByTwo, row.reachedByThreeOrMore,
    row.programmeCount, row.programmes.map((p: any) => p.id), row.areaProgrammes.map((p: any) => p.id),
  ]);

describe('programmeOverlap', () => {
  it('counts, per rayon of Naryn oblast, municipalities reached by none, one, two, three or more programmes', async () => {
    const { programmeOverlap } = await graphqlData(overlapQuery, { territoryId: NARYN_OBLAST });
    expect(shape(programmeOverlap)).toEqual([
      // Ak-Tal is reached by Water and Health (located there) and Roads (partner of phase 2).
      ['Ak-Tala', 'RAYON', 13, 0, 12, 0, 1, 3, ['cov-test-health', 'cov-test-roads', 'cov-test-water'], ['cov-test-water']],
      ['At-Bashy', 'RAYON', 11, 0, 11, 0, 0, 1, ['cov-test-water'], ['cov-test-water']],
      ['Jumgal', 'RAYON', 13, 0, 13, 0, 0, 1, ['cov-test-roads'], ['cov-test-water']],
      // Health is located at Kochkor rayon itself: an area programme there, reaching none of its municipalities.
      ['Kochkor', 'RAYON', 11, 2, 9, 0, 0, 2, ['cov-test-roads', 'cov-test-water'], ['cov-test-health', 'cov-test-water']],
      ['Naryn', 'RAYON', 15, 2, 13, 0, 0, 1, ['cov-test-water'], ['cov-test-water']],
      ['Naryn', 'CITY', 1, 0, 1, 0, 0, 1, ['cov-test-health'], ['cov-test-water']],
    ]);
  });

  it('counts per oblast, with the rayon-level location inside it among its area programmes', async () => {
    const { programmeOverlap } = await graphqlData(overlapQuery, { territoryId: NARYN_OBLAST, groupBy: 'OBLAST' });
    expect(shape(programmeOverlap)).toEqual([
      ['Naryn', 'OBLAST', 64, 4, 59, 0, 1, 3, ['cov-test-health', 'cov-test-roads', 'cov-test-water'], ['cov-test-health', 'cov-test-water']],
    ]);
  });

  it('leaves out, since a day, programmes that had ended, as area programmes too', async () => {
    const { programmeOverlap } = await graphqlData(overlapQuery, { territoryId: NARYN_OBLAST, since: '2020-01-01', programmeIds: ['cov-test-health', 'cov-test-water'] });
    const kochkor = programmeOverlap.find((row: any) => row.territory.nameEn === 'Kochkor');
    expect(kochkor.areaProgrammes.map((p: any) => p.id)).toEqual(['cov-test-water']);
    const city = programmeOverlap.find((row: any) => row.territory.level === 'CITY');
    expect(city.reachedByNone).toBe(1);
  });

  it('answers in one round trip', async () => {
    const result = await graphql(overlapQuery, { territoryId: NARYN_OBLAST });
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(1);
  });
});
