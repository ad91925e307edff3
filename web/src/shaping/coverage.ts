/** Coverage over time → chart bars, axis ticks, a summary for screen readers, and the CSV (overall plus oblasts). */
import type { Lang } from '../i18n.js';
import type { CoveragePeriod, CoverageReport, CoverageSeries, CoverageTerritory, Interval } from '../map/coverage-query.js';
import { csvText, fileNamePart, type CsvValue } from './csv.js';

const MONTHS: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }),
  ru: new Intl.DateTimeFormat('ru-RU', { month: 'short', timeZone: 'UTC' }),
};

/** "2019-Q3" → "Q3 2019" / "3 кв. 2019", "2019-07" → "Jul 2019" / "июль 2019", "2019" stays. */
export function periodLabel(period: string, lang: Lang): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return lang === 'ru' ? `${quarter[2]} кв. ${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${MONTHS[lang].format(new Date(`${period}-01T00:00:00Z`))} ${month[1]}`;
  return period;
}

/** A period as the chart draws it; `reached` (first time + again) is the top of the stack. */
export type CoverageBar = Pick<CoveragePeriod, 'period' | 'events' | 'firstTime' | 'repeat' | 'reached' | 'cumulativeReached' | 'cumulativeShare'> & {
  label: string;
};

/** One stacked bar per period (first time at the bottom, again on top), in time order as the API gives them. */
export function coverageBars(series: CoverageSeries, lang: Lang): CoverageBar[] {
  return series.periods.map(({ period, events, firstTime, repeat, reached, cumulativeReached, cumulativeShare }) => ({
    period,
    label: periodLabel(period, lang),
    events,
    firstTime,
    repeat,
    reached,
    cumulativeReached,
    cumulativeShare,
  }));
}

/** Whole-number ticks from 0 to a round top at or above `max`, about `wanted` of them (counts of municipalities). */
export function countTicks(max: number, wanted = 5): number[] {
  const raw = Math.max(1, Math.ceil(max / wanted));
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw)!;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return ticks;
}

/** Label every n-th period so that labels at least `minSpacing` pixels apart never overlap. */
export function labelEvery(count: number, width: number, minSpacing = 64): number {
  if (count <= 0) return 1;
  return Math.max(1, Math.ceil((count * minSpacing) / Math.max(1, width)));
}

export interface CoverageSummary {
  first: string;
  last: string;
  periods: number;
  events: number;
  reachedSoFar: number;
  total: number;
  share: number;
  /** The period with the most municipalities reached for the first time (the earliest on a tie); null when none was. */
  busiest: { period: string; firstTime: number } | null;
}

export function coverageSummary(series: CoverageSeries): CoverageSummary | null {
  const periods = series.periods;
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return null;
  let busiest: CoverageSummary['busiest'] = null;
  for (const p of periods) if (p.firstTime > (busiest?.firstTime ?? 0)) busiest = { period: p.period, firstTime: p.firstTime };
  return {
    first: first.period,
    last: last.period,
    periods: periods.length,
    events: periods.reduce((sum, p) => sum + p.events, 0),
    reachedSoFar: last.cumulativeReached,
    total: series.totalMunicipalities,
    share: last.cumulativeShare,
    busiest,
  };
}

export const COVERAGE_CSV_HEADER = [
  'period',
  'period_start',
  'period_end',
  'scope',
  'territory_id',
  'territory_level',
  'territory_ru',
  'territory_en',
  'municipalities_total',
  'events',
  'reached',
  'reached_first_time',
  'reached_again',
  'reached_so_far',
  'share_reached_so_far',
  'named_participants',
  'reported_participants',
] as const;

function seriesRows(series: CoverageSeries, scope: 'total' | 'oblast', territory: CoverageTerritory | null): CsvValue[][] {
  return series.periods.map((p) => [
    p.period,
    p.start,
    p.end,
    scope,
    territory?.id,
    territory?.level,
    territory?.nameRu,
    territory?.nameEn,
    series.totalMunicipalities,
    p.events,
    p.reached,
    p.firstTime,
    p.repeat,
    p.cumulativeReached,
    // A fraction with a dot, exact enough to recompute the count: spreadsheets format it as a percentage.
    Number(p.cumulativeShare.toFixed(6)),
    p.namedParticipants,
    p.reportedParticipants,
  ]);
}

/**
 * The numbers behind the chart: the whole scope's series, then each oblast's (and each city of republican
 * significance, level CITY), one row per period and territory. Participants are known for the whole scope only.
 */
export function coverageCsv(report: CoverageReport): string {
  const rows = seriesRows(report.overall, 'total', report.overall.territory ?? report.scope);
  for (const group of report.groups) rows.push(...seriesRows(group, 'oblast', group.territory));
  return csvText(COVERAGE_CSV_HEADER, rows);
}

/** e.g. `coverage-psi-phase-2-quarter.csv`, `coverage-psi-phase-2-since-2019-08-01-month.csv`. */
export function coverageFileName(phaseId: string, since: string | null, interval: Interval): string {
  return `coverage-${fileNamePart(phaseId)}${since ? `-since-${fileNamePart(since)}` : ''}-${interval.toLowerCase()}.csv`;
}
