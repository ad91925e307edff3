import { describe, expect, it } from 'vitest';
import { graphqlData } from '../support/graphql.js';
import { useSmallWorld } from './small-world.js';

const p = useSmallWorld();

describe('participation over time', () => {
  it('counts municipalities reached per quarter, first time versus again, with the running share', async () => {
    const data = await graphqlData(
      `query ($phase: ID!, $territory: ID!) { coverageOverTime(phaseId: $phase, territoryId: $territory, interval: QUARTER, groupBy: RAYON) {
        overall { totalMunicipalities periods { period start end events reached firstTime repeat cumulativeReached cumulativeShare namedParticipants reportedParticipants } }
        groups { territory { id } totalMunicipalities periods { period reached firstTime repeat cumulativeReached } }
      } }`,
      { phase: `${p}PH1`, territory: `${p}O` },
    );
    const { overall, groups } = data.coverageOverTime;
    expect(overall.totalMunicipalities).toBe(3);
    expect(overall.periods.map((x: any) => [x.period, x.events, x.reached, x.firstTime, x.repeat, x.cumulativeReached, x.namedParticipants, x.reportedParticipants])).toEqual([
      ['2020-Q1', 1, 2, 2, 0, 2, 2, 30], // E1: M1 through P1, and M2
      ['2020-Q2', 1, 1, 0, 1, 2, 1, 0], // E2: M1 again
      ['2020-Q3', 0, 0, 0, 0, 2, 0, 0],
      ['2020-Q4', 0, 0, 0, 0, 2, 0, 0],
      ['2021-Q1', 1, 1, 0, 1, 2, 2, 12], // E3: M1 again, through its new head
    ]);
    expect(overall.periods[0]).toMatchObject({ start: '2020-01-01', end: '2020-03-31', cumulativeShare: 2 / 3 });
    expect(groups.map((g: any) => [g.territory.id, g.totalMunicipalities, g.periods.map((x: any) => x.reached)])).toEqual([
      [`${p}R1`, 2, [2, 1, 0, 0, 1]],
      [`${p}R2`, 1, [0, 0, 0, 0, 0]],
    ]);
  });

  it('uses months or years when asked, and only events since a date', async () => {
    const byYear = await graphqlData(`{ coverageOverTime(phaseId: "${p}PH1", territoryId: "${p}O", interval: YEAR) { overall { periods { period reached firstTime repeat } } } }`);
    expect(byYear.coverageOverTime.overall.periods).toEqual([
      { period: '2020', reached: 2, firstTime: 2, repeat: 0 },
      { period: '2021', reached: 1, firstTime: 0, repeat: 1 },
    ]);
    const since = await graphqlData(`{ coverageOverTime(phaseId: "${p}PH1", territoryId: "${p}O", interval: MONTH, since: "2020-04-01") { overall { periods { period reached firstTime } } } }`);
    const periods = since.coverageOverTime.overall.periods;
    expect(periods[0]).toEqual({ period: '2020-05', reached: 1, firstTime: 1 });
    expect(periods).toHaveLength(11); // 2020-05 … 2021-03
  });

  it('gives participants per event', async () => {
    const data = await graphqlData(`{ participantsPerEvent(phaseId: "${p}PH1") { event { id } namedPeople organisations municipalities reportedParticipants } }`);
    expect(data.participantsPerEvent.map((e: any) => [e.event.id, e.namedPeople, e.organisations, e.municipalities, e.reportedParticipants])).toEqual([
      [`${p}E1`, 2, 2, 2, 30],
      [`${p}E2`, 1, 1, 1, null],
      [`${p}E3`, 2, 0, 1, 12],
    ]);
  });
});

describe('disaggregation', () => {
  const breakdown = `query ($phase: ID!, $groupBy: BreakdownGrouping!, $territory: ID) {
    participationBreakdown(phaseId: $phase, groupBy: $groupBy, territoryId: $territory) {
      unit { id } participations people organisations byGender { key count } byRole { key count } byInstitution { key count }
    } }`;
  const asObject = (counts: { key: string; count: number }[]) => Object.fromEntries(counts.map((c) => [c.key, c.count]));

  it('counts participants by gender (unknown stays unknown), role and kind of institution', async () => {
    const [all] = (await graphqlData(breakdown, { phase: `${p}PH1`, groupBy: 'NONE' })).participationBreakdown;
    expect(all).toMatchObject({ unit: null, participations: 8, people: 5, organisations: 3 });
    expect(asObject(all.byGender)).toEqual({ FEMALE: 1, MALE: 3, UNKNOWN: 1 });
    expect(asObject(all.byRole)).toEqual({ PARTICIPANT: 5, ORGANISER: 1, SPEAKER: 2 });
    expect(asObject(all.byInstitution)).toEqual({ AYIL_OKMOTU: 4, RAYON: 1, IMPLEMENTER: 1, UNKNOWN: 2 });
  });

  it('rolls up per rayon and per event', async () => {
    const byRayon = (await graphqlData(breakdown, { phase: `${p}PH1`, groupBy: 'RAYON' })).participationBreakdown;
    expect(byRayon.map((g: any) => [g.unit?.id ?? null, g.participations, g.people])).toEqual([
      [`${p}R1`, 4, 2],
      [`${p}R2`, 1, 0],
      [null, 3, 3], // P3 for the consortium and B twice: no territory
    ]);
    const byEvent = (await graphqlData(breakdown, { phase: `${p}PH1`, groupBy: 'EVENT' })).participationBreakdown;
    expect(byEvent.map((g: any) => [g.unit.id, g.participations])).toEqual([[`${p}E1`, 4], [`${p}E2`, 2], [`${p}E3`, 2]]);
    const inR1 = (await graphqlData(breakdown, { phase: `${p}PH1`, groupBy: 'NONE', territory: `${p}R1` })).participationBreakdown;
    expect(inR1[0].participations).toBe(4);
  });
});
