import { describe, expect, it } from 'vitest';
import { resolveParameters } from '../../server/analyses/analysis-parameters.js';
import { AnalysisParameterType } from '../../server/analyses/analysis.type.js';
import { coverageSeries } from '../../server/reports/coverage.js';
import { Interval, periodOf, periodsBetween } from '../../server/reports/periods.js';

describe('periods', () => {
  it('keys months, quarters and years with their first and last day', () => {
    expect(periodOf('2020-02-10', Interval.MONTH)).toEqual({ key: '2020-02', start: '2020-02-01', end: '2020-02-29' });
    expect(periodOf('2019-07-18', Interval.QUARTER)).toEqual({ key: '2019-Q3', start: '2019-07-01', end: '2019-09-30' });
    expect(periodOf('2019-12-31', Interval.YEAR)).toEqual({ key: '2019', start: '2019-01-01', end: '2019-12-31' });
  });

  it('lists every period between two days, across year ends', () => {
    expect(periodsBetween('2019-11-05', '2020-02-01', Interval.MONTH).map((p) => p.key)).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(periodsBetween('2019-12-31', '2020-01-01', Interval.QUARTER).map((p) => p.key)).toEqual(['2019-Q4', '2020-Q1']);
  });
});

describe('coverage series', () => {
  it('tells first-time from repeat reach and keeps the running share', () => {
    const reach = [
      { municipalityId: 'a', eventId: 'e1', date: '2020-01-05' },
      { municipalityId: 'b', eventId: 'e1', date: '2020-01-05' },
      { municipalityId: 'a', eventId: 'e2', date: '2020-03-01' },
      { municipalityId: 'c', eventId: 'e2', date: '2020-03-01' },
    ];
    const series = coverageSeries(reach, 4, Interval.MONTH, { first: '2020-01-05', last: '2020-03-01' });
    expect(series.map((p) => [p.period, p.reached, p.firstTime, p.repeat, p.cumulativeReached, p.cumulativeShare])).toEqual([
      ['2020-01', 2, 2, 0, 2, 0.5],
      ['2020-02', 0, 0, 0, 2, 0.5],
      ['2020-03', 2, 1, 1, 3, 0.75],
    ]);
    expect(coverageSeries([], 4, Interval.MONTH, null)).toEqual([]);
  });
});

describe('analysis parameters', () => {
  const definitions = [
    { name: 'phaseId', type: AnalysisParameterType.ID, required: true, description: '' },
    { name: 'first', type: AnalysisParameterType.INTEGER, required: false, defaultValue: 5, min: 1, max: 10, description: '' },
    { name: 'since', type: AnalysisParameterType.DATE, required: false, description: '' },
  ];

  it('fills defaults and nulls', () => {
    expect(resolveParameters(definitions, { phaseId: 'p' })).toEqual({ phaseId: 'p', first: 5, since: null });
  });

  it.each([
    [{}, 'parameters.phaseId: is required'],
    [{ phaseId: 'p', first: 11 }, 'parameters.first: must be at most 10'],
    [{ phaseId: 'p', first: 2.5 }, 'parameters.first: must be a whole number'],
    [{ phaseId: 'p', since: '18.07.2019' }, 'parameters.since: must be a date like 2019-07-18'],
    [{ phaseId: 'p', other: 1 }, 'parameters.other: is not a parameter of this analysis (it takes phaseId, first, since)'],
  ])('refuses %j', (given, message) => {
    expect(() => resolveParameters(definitions, given)).toThrow(message);
  });
});
