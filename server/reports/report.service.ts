import type { GraphDatabase } from '../db/graph-database.js';
import { municipalityEngagement } from '../engagement/engagement.service.js';
import type { MunicipalityEngagement } from '../engagement/engagement.type.js';
import type { Event } from '../events/event.type.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';
import type { Territory } from '../territories/territory.type.js';
import { breakdown, type BreakdownGroup, type ParticipationFact } from './breakdown.js';
import { coverageSeries, type EventCounts, type Reach } from './coverage.js';
import { CoverageGrouping, type BreakdownArgs, type CoverageArgs, type CoverageReport, type CoverageSeries, type EventParticipantCounts } from './report.type.js';

export async function participantsPerEvent(db: GraphDatabase, phaseId: string, since: string | null): Promise<EventParticipantCounts[]> {
  const rows = await db.read('report/events-in-phase', { phaseId, since });
  return rows.map((row) => {
    const event = row.event as Event;
    return {
      event,
      namedPeople: Number(row.namedPeople),
      organisations: Number(row.organisations),
      municipalities: Number(row.municipalities),
      reportedParticipants: event.reportedParticipantCount ?? null,
    };
  });
}

/** The unit a municipality counts under: its rayon or oblast; cities of oblast or republican significance stand for themselves. */
function unitOf(row: MunicipalityEngagement, grouping: CoverageGrouping): Territory {
  return (grouping === CoverageGrouping.RAYON ? row.rayon : row.oblast) ?? row.territory;
}

export async function coverageOverTime(db: GraphDatabase, loaders: BatchLoaders, args: CoverageArgs): Promise<CoverageReport> {
  const municipalities = await municipalityEngagement(db, loaders, args);
  const [reachRows, events] = await Promise.all([
    db.read('report/municipality-reach', { phaseId: args.phaseId, territoryId: args.territoryId, since: args.since ?? null }),
    participantsPerEvent(db, args.phaseId, args.since ?? null),
  ]);
  const reach = reachRows as unknown as Reach[];
  const eventCounts: EventCounts[] = events.map((e) => ({ eventId: e.event.id, date: e.event.date, namedPeople: e.namedPeople, reportedParticipants: e.reportedParticipants }));
  const dates = eventCounts.map((e) => e.date).sort();
  const span = dates.length ? { first: dates[0]!, last: dates[dates.length - 1]! } : null;

  const overall: CoverageSeries = {
    territory: null,
    totalMunicipalities: municipalities.length,
    periods: coverageSeries(reach, municipalities.length, args.interval, span, eventCounts),
  };
  if (args.groupBy === CoverageGrouping.NONE) return { interval: args.interval, overall, groups: [] };

  const groups = new Map<string, { territory: Territory; ids: Set<string> }>();
  for (const row of municipalities) {
    const territory = unitOf(row, args.groupBy);
    const group = groups.get(territory.id) ?? { territory, ids: new Set<string>() };
    group.ids.add(row.municipality.id);
    groups.set(territory.id, group);
  }
  const series = [...groups.values()]
    .sort((a, b) => a.territory.soate.localeCompare(b.territory.soate))
    .map(({ territory, ids }) => ({
      territory,
      totalMunicipalities: ids.size,
      periods: coverageSeries(reach.filter((r) => ids.has(r.municipalityId)), ids.size, args.interval, span),
    }));
  return { interval: args.interval, overall, groups: series };
}

export async function participationBreakdown(db: GraphDatabase, args: BreakdownArgs): Promise<BreakdownGroup[]> {
  const facts = await db.read('report/participation-facts', { phaseId: args.phaseId, territoryId: args.territoryId ?? null, since: args.since ?? null });
  return breakdown(facts as unknown as ParticipationFact[], args.groupBy);
}
