import { displayName, recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { Deletion } from '../common/deletion.type.js';
import { deleteEntity, entityForUpdate } from '../common/entities.service.js';
import { newId } from '../common/id.js';
import { EntityType } from '../common/named-entity.type.js';
import { namesProperties, patchNames } from '../common/names.input.js';
import { toPage, type Page } from '../common/page.js';
import { requireReferences, type Reference } from '../common/references.js';
import type { GraphDatabase, WriteTransaction } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import { BadInputError } from '../errors.js';
import type { Phase } from '../programmes/programme.type.js';
import { textFilterParams } from '../search/search-text.js';
import type { CreateEventInput, EventListArgs, UpdateEventInput } from './event.input.js';
import type { Event } from './event.type.js';

export async function listEvents(db: GraphDatabase, args: EventListArgs): Promise<Page<Event>> {
  const [row] = await db.read('event/list', {
    phaseId: args.phaseId ?? null,
    territoryId: args.territoryId ?? null,
    from: args.from ?? null,
    to: args.to ?? null,
    kinds: args.kinds?.length ? args.kinds : null,
    ...textFilterParams(args.text),
    offset: cypherInt(args.offset),
    first: cypherInt(args.first),
  });
  return toPage<Event>(row, args);
}

function linkReferences(input: { phaseId?: string | null; heldInId?: string | null; hostId?: string | null }): Reference[] {
  return [
    { field: 'phaseId', id: input.phaseId, types: [EntityType.PHASE] },
    { field: 'heldInId', id: input.heldInId, types: [EntityType.TERRITORY] },
    { field: 'hostId', id: input.hostId, types: [EntityType.ORGANISATION] },
  ];
}

/** An event of a phase falls within the phase's dates, when the phase has them. */
function checkDateWithinPhase(date: string, phase: Phase | undefined): void {
  if (!phase) return;
  if ((phase.startDate && date < phase.startDate) || (phase.endDate && date > phase.endDate)) {
    throw new BadInputError('date', `${date} is outside ${phase.nameEn ?? phase.id} (${phase.startDate ?? '…'} to ${phase.endDate ?? '…'})`);
  }
}

function eventProperties(input: CreateEventInput | UpdateEventInput, current?: Event) {
  const keep = <K extends 'placeRu' | 'placeEn' | 'source'>(key: K) =>
    input[key] !== undefined ? input[key] : (current?.[key] ?? null);
  const reported = input.reportedParticipantCount !== undefined ? input.reportedParticipantCount : current?.reportedParticipantCount;
  return {
    ...namesProperties(current ? patchNames(current, input) : input),
    kind: input.kind ?? current?.kind,
    placeRu: keep('placeRu'),
    placeEn: keep('placeEn'),
    source: keep('source'),
    reportedParticipantCount: reported === null || reported === undefined ? null : cypherInt(reported),
  };
}

export async function createEvent(db: GraphDatabase, input: CreateEventInput): Promise<Event> {
  const properties = { id: input.id ?? newId('event'), ...eventProperties(input) };
  return db.write(async (tx) => {
    const found = await requireReferences(tx, linkReferences(input));
    checkDateWithinPhase(input.date, found.get('phaseId') as Phase | undefined);
    const [row] = await tx.run('event/create', {
      properties,
      date: input.date,
      phaseId: input.phaseId ?? null,
      heldInId: input.heldInId ?? null,
      hostId: input.hostId ?? null,
    });
    const event = row?.event as Event;
    const links = { phaseId: input.phaseId ?? null, heldInId: input.heldInId ?? null, hostId: input.hostId ?? null };
    await recordChange(tx, { action: ChangeAction.CREATED, entityType: 'Event', subjectId: event.id, entityIds: [event.id], summary: `Created event ${displayName(event)}`, after: { ...event, ...links } });
    return event;
  });
}

export async function updateEvent(db: GraphDatabase, id: string, input: UpdateEventInput): Promise<Event> {
  if (input.kind === null) throw new BadInputError('kind', 'an event always has a kind');
  if (input.date === null) throw new BadInputError('date', 'an event always has a date');
  return db.write(async (tx) => {
    const current = await entityForUpdate<Event>(tx, EntityType.EVENT, id, input.expectedVersion);
    const found = await requireReferences(tx, linkReferences(input));
    const date = input.date ?? current.date;
    const phase = input.phaseId !== undefined ? found.get('phaseId') : await currentPhase(tx, id);
    checkDateWithinPhase(date, phase as Phase | undefined);
    const [row] = await tx.run('event/update', {
      id,
      properties: eventProperties(input, current),
      date,
      replacePhase: input.phaseId !== undefined,
      phaseId: input.phaseId ?? null,
      replaceHeldIn: input.heldInId !== undefined,
      heldInId: input.heldInId ?? null,
      replaceHost: input.hostId !== undefined,
      hostId: input.hostId ?? null,
    });
    const event = row?.event as Event;
    const links = Object.fromEntries((['phaseId', 'heldInId', 'hostId'] as const).filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));
    await recordChange(tx, { action: ChangeAction.UPDATED, entityType: 'Event', subjectId: id, entityIds: [id], summary: `Updated event ${displayName(event)}`, before: current, after: { ...event, ...links } });
    return event;
  });
}

async function currentPhase(tx: WriteTransaction, eventId: string): Promise<Phase | undefined> {
  const [row] = await tx.run('event/phase', { ids: [eventId] });
  return (row?.items as Phase[] | undefined)?.[0];
}

export function deleteEvent(db: GraphDatabase, id: string): Promise<Deletion> {
  return deleteEntity(db, EntityType.EVENT, id);
}
