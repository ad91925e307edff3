import { isWithin } from './admin-units.js';
import type { LocalGovernment } from './local-government.js';
import { namedProps, type LinkRow, type NodeRow } from './rows.js';
import type { EventFact, NamedFact, ParticipationFact, StakeholderFile } from './stakeholder-file.js';

function namedRow(fact: NamedFact, extra: Record<string, unknown>): NodeRow {
  const { id, nameRu, nameEn, nameKy, aliases, source } = fact;
  return { id, props: { ...extra, ...namedProps({ nameRu, nameEn, nameKy, aliases }), source } };
}

export function organisationRows(file: StakeholderFile): NodeRow[] {
  return file.organisations.map((fact) => namedRow(fact, { kind: fact.kind }));
}

export function personRows(file: StakeholderFile): NodeRow[] {
  // Gender is never guessed from a name: null (absent) until someone records it.
  return file.people.map((fact) => namedRow(fact, { gender: null }));
}

export interface EventRow extends NodeRow {
  /** Converted in Cypher with `date()` and `toInteger()`. */
  date: string;
  reportedParticipantCount: number | null;
}

export function eventRows(file: StakeholderFile): EventRow[] {
  return file.events.map((fact: EventFact) => ({
    ...namedRow(fact, { kind: fact.kind, placeRu: fact.placeRu, placeEn: fact.placeEn }),
    date: fact.date,
    reportedParticipantCount: fact.reportedParticipantCount,
  }));
}

/** `(event)-[:IN_PHASE]->(phase)`, `(event)-[:HELD_IN]->(territory)`, `(host)-[:HOSTED]->(event)`. */
export function eventLinkRows(file: StakeholderFile): { inPhase: LinkRow[]; heldIn: LinkRow[]; hosted: LinkRow[] } {
  const events = file.events;
  return {
    inPhase: events.flatMap((e) => (e.phaseId ? [{ fromId: e.id, toId: e.phaseId, props: { source: e.source } }] : [])),
    heldIn: events.flatMap((e) => (e.heldInTerritoryId ? [{ fromId: e.id, toId: e.heldInTerritoryId, props: { source: e.source } }] : [])),
    hosted: events.flatMap((e) => (e.hostedByOrganisationId ? [{ fromId: e.hostedByOrganisationId, toId: e.id, props: { source: e.source } }] : [])),
  };
}

export interface PositionRow extends LinkRow {
  id: string;
  /** Converted with `date()` in Cypher; null when unknown. */
  from: string | null;
  to: string | null;
  observedOn: string | null;
}

export function positionRows(file: StakeholderFile): PositionRow[] {
  return file.positions.map((p) => ({
    id: p.id,
    fromId: p.personId,
    toId: p.organisationId,
    from: p.from,
    to: p.to,
    observedOn: p.observedOn,
    props: { id: p.id, kind: p.kind, title: p.title, titleRu: p.titleRu, source: p.source },
  }));
}

export function fundingRows(file: StakeholderFile): LinkRow[] {
  return file.funding.map((f) => ({ fromId: f.organisationId, toId: f.programmeId, props: { role: f.role, source: f.source } }));
}

export function implementationRows(file: StakeholderFile): LinkRow[] {
  return file.implementations.map((i) => ({ fromId: i.organisationId, toId: i.programmeId, props: { source: i.source } }));
}

export function membershipRows(file: StakeholderFile): LinkRow[] {
  return file.memberships.map((m) => ({ fromId: m.organisationId, toId: m.consortiumId, props: { source: m.source } }));
}

export interface ParticipationRow extends LinkRow {
  /** `<participant id>|<event id>`: a stakeholder takes part in an event once (unique constraint). */
  key: string;
}

export const participationKey = (participantId: string, eventId: string) => `${participantId}|${eventId}`;

/** Ids only allow [A-Za-z0-9._-], so the id spells the key without its "|". */
export const participationId = (participantId: string, eventId: string) => `participation-${participantId}--${eventId}`;

/** The organisations a group fact names, e.g. every AYIL_OKMOTU governing a unit inside oblast 41702000000000. */
export function groupMembers(fact: ParticipationFact, bodies: readonly LocalGovernment[], parentOf: ReadonlyMap<string, string>): string[] {
  const group = fact.participants;
  if (!group) return fact.participantId ? [fact.participantId] : [];
  const ids = bodies
    .filter((body) => body.kind === group.kind && isWithin(body.territorySoate, group.governingWithinTerritoryId, parentOf))
    .map((body) => body.id);
  if (group.expectedCount !== null && ids.length !== group.expectedCount) {
    throw new Error(
      `psi-stakeholders.json: expected ${group.expectedCount} ${group.kind} within ${group.governingWithinTerritoryId}, the reference data has ${ids.length}`,
    );
  }
  return ids;
}

export function participationRows(
  file: StakeholderFile,
  bodies: readonly LocalGovernment[],
  parentOf: ReadonlyMap<string, string>,
): ParticipationRow[] {
  const rows = file.participations.flatMap((fact) =>
    groupMembers(fact, bodies, parentOf).map(
      (participantId): ParticipationRow => ({
        fromId: participantId,
        toId: fact.eventId,
        key: participationKey(participantId, fact.eventId),
        props: {
          id: participationId(participantId, fact.eventId),
          role: fact.role,
          representingId: fact.representingId,
          source: fact.source,
        },
      }),
    ),
  );
  const keys = new Set<string>();
  for (const row of rows) {
    if (keys.has(row.key)) throw new Error(`psi-stakeholders.json: ${row.fromId} takes part in ${row.toId} twice`);
    keys.add(row.key);
  }
  return rows;
}
