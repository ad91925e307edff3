import { periodOf, periodsBetween, type Interval } from './periods.js';

export interface Reach {
  municipalityId: string;
  eventId: string;
  date: string;
}

export interface EventCounts {
  eventId: string;
  date: string;
  namedPeople: number;
  reportedParticipants: number | null;
}

export interface CoveragePoint {
  period: string;
  start: string;
  end: string;
  events: number;
  reached: number;
  firstTime: number;
  repeat: number;
  cumulativeReached: number;
  cumulativeShare: number;
  namedParticipants: number | null;
  reportedParticipants: number | null;
}

/**
 * Municipalities reached per period: for the first time, or again after an earlier period; the running
 * total and its share of `totalMunicipalities`. With `events`, the period's events and participants too;
 * without (a group's series), `events` counts the events that reached the group.
 */
export function coverageSeries(reach: readonly Reach[], totalMunicipalities: number, interval: Interval, periodsFrom: { first: string; last: string } | null, events?: readonly EventCounts[]): CoveragePoint[] {
  if (!periodsFrom) return [];
  const seen = new Set<string>();
  return periodsBetween(periodsFrom.first, periodsFrom.last, interval).map((period) => {
    const inPeriod = reach.filter((r) => periodOf(r.date, interval).key === period.key);
    const reached = new Set(inPeriod.map((r) => r.municipalityId));
    const firstTime = [...reached].filter((id) => !seen.has(id));
    firstTime.forEach((id) => seen.add(id));
    const periodEvents = events?.filter((e) => periodOf(e.date, interval).key === period.key);
    return {
      period: period.key,
      start: period.start,
      end: period.end,
      events: periodEvents ? periodEvents.length : new Set(inPeriod.map((r) => r.eventId)).size,
      reached: reached.size,
      firstTime: firstTime.length,
      repeat: reached.size - firstTime.length,
      cumulativeReached: seen.size,
      cumulativeShare: totalMunicipalities === 0 ? 0 : seen.size / totalMunicipalities,
      namedParticipants: periodEvents ? periodEvents.reduce((sum, e) => sum + e.namedPeople, 0) : null,
      reportedParticipants: periodEvents ? periodEvents.reduce((sum, e) => sum + (e.reportedParticipants ?? 0), 0) : null,
    };
  });
}
