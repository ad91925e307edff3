/**
 * The time slider: who and what was present in a period. Events dated within it stay, with the people and
 * organisations who took part in or hosted them (and whom they represented); people, organisations and
 * events outside it go. Programmes, phases and territories are not events and always stay.
 */
import type { Network } from './graph.js';

export interface TimeRange {
  /** ISO dates (YYYY-MM-DD), both ends included. */
  from: string;
  to: string;
}

/** The event dates as sorted distinct ISO dates: the slider's stops. */
export function dateStops(dates: ReadonlyMap<string, string>): string[] {
  return [...new Set(dates.values())].sort();
}

/** Ids present in the range, or null when the range covers every date (no filtering). */
export function timeScope(network: Network, eventDates: ReadonlyMap<string, string>, range: TimeRange | null): Set<string> | null {
  if (!range) return null;
  const inRange = (date: string | undefined) => date !== undefined && date >= range.from && date <= range.to;
  const scope = new Set<string>();
  for (const node of network.nodes) {
    if (node.entityType !== 'EVENT' && node.entityType !== 'PERSON' && node.entityType !== 'ORGANISATION') scope.add(node.id);
    else if (node.entityType === 'EVENT' && inRange(eventDates.get(node.id))) scope.add(node.id);
  }
  for (const link of network.links) {
    if (link.type !== 'PARTICIPATED_IN' && link.type !== 'HOSTED') continue;
    if (!inRange(eventDates.get(link.target))) continue;
    scope.add(link.source);
    const represented = link.properties.representingId;
    if (typeof represented === 'string' && network.byId.has(represented)) scope.add(represented);
  }
  return scope;
}
