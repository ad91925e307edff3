/**
 * engagementSummary counts in Cypher (engagement/summary.cypher) what unengagedMunicipalities and
 * municipalityEngagement list (engagement/municipalities.cypher). The two statements must agree on who is
 * engaged and on the unit each municipality is counted under: checked here for every phase, both groupings,
 * three scopes and with and without a "since" day, on the real seed.
 */
import { describe, expect, it } from 'vitest';
import { graphqlData } from '../support/graphql.js';
import { useNarynProgrammes } from './coverage-fixture.js';

interface Unit { id: string; soate: string }
interface EngagementRow { engaged: boolean; territory: Unit; rayon: Unit | null; oblast: Unit | null }
interface SummaryRow { territory: Unit; total: number; engaged: number; notEngaged: number; share: number }

const SCOPES = ['41700000000000', '41702000000000', '41704000000000'];
const PHASES = ['psi-phase-1', 'psi-phase-2', 'psi-phase-3'];
const SINCE = [null, '2019-08-01'];

/** The summary worked out from the per-municipality list: a city outside a rayon (or oblast) stands for itself. */
function countedFromList(rows: EngagementRow[], groupBy: 'RAYON' | 'OBLAST') {
  const units = new Map<string, { id: string; soate: string; total: number; engaged: number }>();
  for (const row of rows) {
    const unit = (groupBy === 'RAYON' ? row.rayon : row.oblast) ?? row.territory;
    const counted = units.get(unit.id) ?? { id: unit.id, soate: unit.soate, total: 0, engaged: 0 };
    counted.total += 1;
    if (row.engaged) counted.engaged += 1;
    units.set(unit.id, counted);
  }
  return [...units.values()]
    .sort((a, b) => a.soate.localeCompare(b.soate))
    .map(({ id, total, engaged }) => ({ id, total, engaged, notEngaged: total - engaged, share: engaged / total }));
}

describe('engagementSummary', () => {
  it.each(PHASES.flatMap((phaseId) => SCOPES.flatMap((territoryId) => SINCE.map((since) => [phaseId, territoryId, since] as const))))(
    'agrees with the municipality list for %s in %s since %s',
    async (phaseId, territoryId, since) => {
      const data = await graphqlData<{ list: EngagementRow[]; byRayon: SummaryRow[]; byOblast: SummaryRow[] }>(
        /* GraphQL */ `
          query ($phaseId: ID!, $territoryId: ID!, $since: LocalDate) {
            list: municipalityEngagement(phaseId: $phaseId, territoryId: $territoryId, since: $since) {
              engaged territory { id soate } rayon { id soate } oblast { id soate }
            }
            byRayon: engagementSummary(phaseId: $phaseId, territoryId: $territoryId, since: $since, groupBy: RAYON) { territory { id soate } total engaged notEngaged share }
            byOblast: engagementSummary(phaseId: $phaseId, territoryId: $territoryId, since: $since, groupBy: OBLAST) { territory { id soate } total engaged notEngaged share }
          }
        `,
        { phaseId, territoryId, since },
      );
      expect(data.list.length).toBeGreaterThan(0);
      const shape = (rows: SummaryRow[]) => rows.map(({ territory, total, engaged, notEngaged, share }) => ({ id: territory.id, total, engaged, notEngaged, share }));
      expect(shape(data.byRayon)).toEqual(countedFromList(data.list, 'RAYON'));
      expect(shape(data.byOblast)).toEqual(countedFromList(data.list, 'OBLAST'));
    },
  );

  it('is not all zeros on the seed: phase 2 since the seminar engaged Issyk-Kul', async () => {
    const data = await graphqlData<{ engagementSummary: SummaryRow[] }>(
      `{ engagementSummary(phaseId: "psi-phase-2", territoryId: "41702000000000", since: "2019-07-18", groupBy: OBLAST) { territory { id soate } total engaged notEngaged share } }`,
    );
    expect(data.engagementSummary.map((row) => [row.territory.id, row.total, row.engaged])).toEqual([['41702000000000', 64, 61]]);
  });
});

describe('engagementSummary across programmes', () => {
  // Made-up programmes in Naryn located at ayil aimaks, at a rayon and at the oblast (see the fixture's header).
  useNarynProgrammes();
  const PROGRAMME_SETS = [['psi'], ['cov-test-roads', 'cov-test-health'], null];

  it.each(PROGRAMME_SETS.flatMap((programmeIds) => SCOPES.flatMap((territoryId) => SINCE.map((since) => [programmeIds, territoryId, since] as const))))(
    'agrees with the municipality list for programmes %j in %s since %s',
    async (programmeIds, territoryId, since) => {
      const data = await graphqlData<{ list: EngagementRow[]; byRayon: SummaryRow[]; byOblast: SummaryRow[] }>(
        /* GraphQL */ `
          query ($programmeIds: [ID!], $territoryId: ID!, $since: LocalDate) {
            list: municipalityEngagement(programmeIds: $programmeIds, territoryId: $territoryId, since: $since) {
              engaged territory { id soate } rayon { id soate } oblast { id soate }
            }
            byRayon: engagementSummary(programmeIds: $programmeIds, territoryId: $territoryId, since: $since, groupBy: RAYON) { territory { id soate } total engaged notEngaged share }
            byOblast: engagementSummary(programmeIds: $programmeIds, territoryId: $territoryId, since: $since, groupBy: OBLAST) { territory { id soate } total engaged notEngaged share }
          }
        `,
        { programmeIds, territoryId, since },
      );
      expect(data.list.length).toBeGreaterThan(0);
      const shape = (rows: SummaryRow[]) => rows.map(({ territory, total, engaged, notEngaged, share }) => ({ id: territory.id, total, engaged, notEngaged, share }));
      expect(shape(data.byRayon)).toEqual(countedFromList(data.list, 'RAYON'));
      expect(shape(data.byOblast)).toEqual(countedFromList(data.list, 'OBLAST'));
    },
  );

  it('counts for all programmes what the phases and the programmes reach, and the programme psi as its three phases', async () => {
    const summary = (variables: Record<string, unknown>) =>
      graphqlData<{ engagementSummary: SummaryRow[] }>(
        `query ($phaseId: ID, $programmeIds: [ID!], $territoryId: ID!) { engagementSummary(phaseId: $phaseId, programmeIds: $programmeIds, territoryId: $territoryId, groupBy: OBLAST) { territory { id soate } total engaged notEngaged share } }`,
        { territoryId: '41700000000000', ...variables },
      );
    const engagedIn = async (variables: Record<string, unknown>) => (await summary(variables)).engagementSummary.reduce((sum, row) => sum + row.engaged, 0);
    const naryn = async (variables: Record<string, unknown>) => (await summary(variables)).engagementSummary.find((row) => row.territory.id === '41704000000000')!.engaged;
    const psi = await engagedIn({ programmeIds: ['psi'] });
    expect(psi).toBeGreaterThan(0);
    expect(psi).toBeGreaterThanOrEqual(await engagedIn({ phaseId: 'psi-phase-2' }));
    // All programmes: psi reaches nobody in Naryn; the fixture reaches 60 of its 64 municipalities.
    expect(await naryn({ programmeIds: ['psi'] })).toBe(0);
    expect(await naryn({})).toBe(60);
  });
});
