import type { ResultSummary } from 'neo4j-driver';
import type { QueryNotification } from './query-notification.type.js';

interface Position {
  line?: number;
  column?: number;
  offset?: number;
}

const positionOf = (position: unknown): Position => (position && typeof position === 'object' ? (position as Position) : {});

/**
 * The name a notification is about. Neo4j 5 puts it only in its prose ("… (the missing label name is: Persn)",
 * "The label `Persn` does not exist"), so it is read from there; null when the wording has none.
 */
function subjectOf(...texts: string[]): string | null {
  for (const text of texts) {
    const missing = /\(the missing \w+(?: \w+)* (?:name )?is: ([^)]+)\)/.exec(text);
    if (missing) return missing[1]!.trim();
    const quoted = /`([^`]+)`/.exec(text);
    if (quoted) return quoted[1]!;
  }
  return null;
}

/**
 * The summary's notifications with their GQL status, position and subject, one per finding. The driver lists
 * the same findings twice (legacy notifications, GQL status objects); they are paired in order.
 */
export function queryNotifications(summary: ResultSummary): QueryNotification[] {
  const statuses = summary.gqlStatusObjects.filter((status) => status.isNotification);
  const seen = new Set<string>();
  const found: QueryNotification[] = [];
  summary.notifications.forEach((notification, index) => {
    const status = statuses.length === summary.notifications.length ? statuses[index] : undefined;
    const position = positionOf(notification.position);
    const key = `${notification.code}|${position.offset ?? ''}|${notification.description}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({
      code: notification.code,
      gqlStatus: status?.gqlStatus ?? null,
      severity: notification.rawSeverityLevel || String(notification.severityLevel),
      category: notification.rawCategory ?? null,
      description: notification.description,
      subject: subjectOf(notification.description, status?.statusDescription ?? ''),
      line: position.line ?? null,
      column: position.column ?? null,
      offset: position.offset ?? null,
    });
  });
  return found;
}
