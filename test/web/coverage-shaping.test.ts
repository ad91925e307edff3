import { describe, expect, it } from 'vitest';
import type { CoveragePeriod, CoverageReport, CoverageSeries } from '../../web/src/map/coverage-query.js';
import { countTicks, coverageBars, coverageCsv, coverageFileName, coverageSummary, labelEvery, periodLabel, COVERAGE_CSV_HEADER } from '../../web/src/shaping/coverage.js';
import { csvField, csvText, fileNamePart } from '../../web/src/shaping/csv.js';

function period(key: string, start: string, end: string, events: number, firstTime: number, repeat: number, cumulativeReached: number, total: number, participants: [number, number] | null): CoveragePeriod {
  return {
    period: key,
    start,
    end,
    events,
    firstTime,
    repeat,
    reached: firstTime + repeat,
    cumulativeReached,
    cumulativeShare: cumulativeReached / total,
    namedParticipants: participants?.[0] ?? null,
    reportedParticipants: participants?.[1] ?? null,
  };
}

const overall: CoverageSeries = {
  totalMunicipalities: 484,
  territory: null,
  periods: [
    period('2019-Q3', '2019-07-01', '2019-09-30', 1, 61, 0, 61, 484, [4, 71]),
    period('2019-Q4', '2019-10-01', '2019-12-31', 0, 0, 0, 61, 484, [0, 0]),
    period('2020-Q1', '2020-01-01', '2020-03-31', 2, 3, 10, 64, 484, [7, 40]),
  ],
};
const issykKul: CoverageSeries = {
  totalMunicipalities: 64,
  territory: { id: '41702000000000', nameRu: 'Иссык-Кульская область', nameEn: 'Issyk-Kul', level: 'OBLAST' },
  periods: [
    period('2019-Q3', '2019-07-01', '2019-09-30', 1, 61, 0, 61, 64, null),
    period('2019-Q4', '2019-10-01', '2019-12-31', 0, 0, 0, 61, 64, null),
    period('2020-Q1', '2020-01-01', '2020-03-31', 2, 1, 10, 62, 64, null),
  ],
};
const bishkek: CoverageSeries = {
  totalMunicipalities: 1,
  // A name with a comma and quotes, to be quoted in the CSV.
  territory: { id: '41711000000000', nameRu: 'г. Бишкек, "столица"', nameEn: 'Bishkek', level: 'CITY' },
  periods: [
    period('2019-Q3', '2019-07-01', '2019-09-30', 0, 0, 0, 0, 1, null),
    period('2019-Q4', '2019-10-01', '2019-12-31', 0, 0, 0, 0, 1, null),
    period('2020-Q1', '2020-01-01', '2020-03-31', 1, 1, 0, 1, 1, null),
  ],
};
const report: CoverageReport = {
  interval: 'QUARTER',
  overall,
  groups: [issykKul, bishkek],
  scope: { id: '41700000000000', nameRu: 'Кыргызская Республика', nameEn: 'Kyrgyz Republic', level: 'COUNTRY' },
};

describe('CSV fields (RFC 4180)', () => {
  it('quotes only fields with a comma, quote or line break, doubling the quotes', () => {
    expect(csvField('Naryn')).toBe('Naryn');
    expect(csvField('Ак-Суу, Чон')).toBe('"Ак-Суу, Чон"');
    expect(csvField('the "new" head')).toBe('"the ""new"" head"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('one\nline')).toBe('"one\nline"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(false)).toBe('false');
  });

  it('keeps text that a spreadsheet would run as a formula from running, but leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+996 555')).toBe("'+996 555");
    expect(csvField('-')).toBe("'-");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0.126033)).toBe('0.126033');
  });

  it('writes a header and CRLF-ended lines', () => {
    expect(csvText(['a', 'b'], [[1, 'x,y'], [null, 'z']])).toBe('a,b\r\n1,"x,y"\r\n,z\r\n');
    expect(csvText(['a'], [])).toBe('a\r\n');
    expect(fileNamePart('psi phase/2')).toBe('psi_phase_2');
  });
});

describe('coverage over time', () => {
  it('labels months, quarters and years in both languages', () => {
    expect(periodLabel('2019-Q3', 'en')).toBe('Q3 2019');
    expect(periodLabel('2019-Q3', 'ru')).toBe('3 кв. 2019');
    expect(periodLabel('2019-07', 'en')).toBe('Jul 2019');
    expect(periodLabel('2019-01', 'ru')).toBe('янв. 2019');
    expect(periodLabel('2019', 'ru')).toBe('2019');
  });

  it('stacks first-time under repeat per period, with the running share for the line', () => {
    const bars = coverageBars(overall, 'en');
    expect(bars.map((bar) => [bar.label, bar.firstTime, bar.repeat, bar.reached, bar.cumulativeReached])).toEqual([
      ['Q3 2019', 61, 0, 61, 61],
      ['Q4 2019', 0, 0, 0, 61],
      ['Q1 2020', 3, 10, 13, 64],
    ]);
    expect(bars[2]!.cumulativeShare).toBe(64 / 484);
  });

  it('puts whole-number ticks up to a round top, and thins period labels to fit', () => {
    expect(countTicks(61)).toEqual([0, 20, 40, 60, 80]);
    expect(countTicks(60)).toEqual([0, 20, 40, 60]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(484)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(labelEvery(4, 600)).toBe(1);
    expect(labelEvery(48, 600)).toBe(6);
    expect(labelEvery(0, 600)).toBe(1);
  });

  it('summarises the series for the chart’s text alternative', () => {
    expect(coverageSummary(overall)).toEqual({
      first: '2019-Q3',
      last: '2020-Q1',
      periods: 3,
      events: 3,
      reachedSoFar: 64,
      total: 484,
      share: 64 / 484,
      busiest: { period: '2019-Q3', firstTime: 61 },
    });
    expect(coverageSummary({ ...overall, periods: [] })).toBeNull();
    const none = coverageSummary({ ...overall, periods: [period('2019-Q3', '2019-07-01', '2019-09-30', 1, 0, 0, 0, 484, [0, 5])] });
    expect(none?.busiest).toBeNull();
  });

  it('writes the CSV: the whole country, then each oblast or city, one row per period and territory', () => {
    const lines = coverageCsv(report).split('\r\n');
    expect(lines.at(-1)).toBe(''); // the last line ends with CRLF too
    expect(lines[0]).toBe(COVERAGE_CSV_HEADER.join(','));
    expect(lines[0]).toBe(
      'period,period_start,period_end,scope,territory_id,territory_level,territory_ru,territory_en,municipalities_total,events,reached,reached_first_time,reached_again,reached_so_far,share_reached_so_far,named_participants,reported_participants',
    );
    expect(lines.slice(1, -1)).toEqual([
      '2019-Q3,2019-07-01,2019-09-30,total,41700000000000,COUNTRY,Кыргызская Республика,Kyrgyz Republic,484,1,61,61,0,61,0.126033,4,71',
      '2019-Q4,2019-10-01,2019-12-31,total,41700000000000,COUNTRY,Кыргызская Республика,Kyrgyz Republic,484,0,0,0,0,61,0.126033,0,0',
      '2020-Q1,2020-01-01,2020-03-31,total,41700000000000,COUNTRY,Кыргызская Республика,Kyrgyz Republic,484,2,13,3,10,64,0.132231,7,40',
      '2019-Q3,2019-07-01,2019-09-30,oblast,41702000000000,OBLAST,Иссык-Кульская область,Issyk-Kul,64,1,61,61,0,61,0.953125,,',
      '2019-Q4,2019-10-01,2019-12-31,oblast,41702000000000,OBLAST,Иссык-Кульская область,Issyk-Kul,64,0,0,0,0,61,0.953125,,',
      '2020-Q1,2020-01-01,2020-03-31,oblast,41702000000000,OBLAST,Иссык-Кульская область,Issyk-Kul,64,2,11,1,10,62,0.96875,,',
      '2019-Q3,2019-07-01,2019-09-30,oblast,41711000000000,CITY,"г. Бишкек, ""столица""",Bishkek,1,0,0,0,0,0,0,,',
      '2019-Q4,2019-10-01,2019-12-31,oblast,41711000000000,CITY,"г. Бишкек, ""столица""",Bishkek,1,0,0,0,0,0,0,,',
      '2020-Q1,2020-01-01,2020-03-31,oblast,41711000000000,CITY,"г. Бишкек, ""столица""",Bishkek,1,1,1,1,0,1,1,,',
    ]);
  });

  it('names the file after the phase, the date and the interval', () => {
    expect(coverageFileName('psi-phase-2', null, 'QUARTER')).toBe('coverage-psi-phase-2-quarter.csv');
    expect(coverageFileName('psi-phase-2', '2019-08-01', 'MONTH')).toBe('coverage-psi-phase-2-since-2019-08-01-month.csv');
  });
});
