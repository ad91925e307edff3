/** Calendar periods for time series: months, quarters or years, keyed like "2019-07", "2019-Q3", "2019". */
export enum Interval {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

export interface Period {
  key: string;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period of an ISO date. */
export function periodOf(date: string, interval: Interval): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (interval === Interval.YEAR) return { key: `${year}`, start: `${year}-01-01`, end: `${year}-12-31` };
  if (interval === Interval.QUARTER) {
    const quarter = Math.ceil(month / 3);
    const first = quarter * 3 - 2;
    return { key: `${year}-Q${quarter}`, start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${lastDay(year, first + 2)}` };
  }
  return { key: `${year}-${pad(month)}`, start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${lastDay(year, month)}` };
}

/** Every period from the one holding `first` to the one holding `last`, with none skipped. */
export function periodsBetween(first: string, last: string, interval: Interval): Period[] {
  const periods: Period[] = [];
  let period = periodOf(first, interval);
  const lastKey = periodOf(last, interval).key;
  for (;;) {
    periods.push(period);
    if (period.key === lastKey) return periods;
    const next = new Date(`${period.end}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    period = periodOf(next.toISOString().slice(0, 10), interval);
  }
}
