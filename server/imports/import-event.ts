import { EntityType } from '../common/named-entity.type.js';
import { namesProperties } from '../common/names.input.js';
import { requireReferences } from '../common/references.js';
import type { WriteTransaction } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import { AppError, BadInputError, NotFoundError } from '../errors.js';
import type { CreateEventInput } from '../events/event.input.js';
import type { Event } from '../events/event.type.js';
import type { Phase } from '../programmes/programme.type.js';
import { eventId } from './import-ids.js';
import type { AttendanceImportInput } from './import.input.js';
import type { SheetTitleSuggestion } from './import.type.js';
import { placeTerritoryOf, readSheetTitle, type PlaceTerritory } from './sheet-title.js';
import type { SheetRow } from './sheet-file.js';

/** The event a sheet is imported into: an existing one (eventId), or one the import creates (newEvent). */
export interface EventTarget {
  id: string;
  newEvent: CreateEventInput | null;
}

export function eventTarget(input: AttendanceImportInput): EventTarget {
  if (input.eventId && input.newEvent) throw new BadInputError('eventId', 'give eventId or newEvent, not both');
  if (input.eventId) return { id: input.eventId, newEvent: null };
  const event = input.newEvent;
  if (!event) throw new BadInputError('eventId', 'give eventId (an existing event) or newEvent (one to create)');
  return { id: event.id ?? eventId(event.date, event.nameEn ?? event.nameRu ?? event.nameKy ?? event.kind), newEvent: event };
}

/** Input errors of the new event's names carry the path of the field: "newEvent.nameRu". */
function withPrefix<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof BadInputError) {
      const field = String(error.extensions.field);
      throw new BadInputError(`newEvent.${field}`, error.message.slice(field.length + 2));
    }
    throw error;
  }
}

/** Checks the new event's phase, place and host exist, and that its date lies in the phase. */
export async function checkNewEvent(tx: WriteTransaction, target: EventTarget): Promise<void> {
  const event = target.newEvent;
  if (!event) return;
  withPrefix(() => namesProperties(event));
  const found = await requireReferences(tx, [
    { field: 'newEvent.phaseId', id: event.phaseId, types: [EntityType.PHASE] },
    { field: 'newEvent.heldInId', id: event.heldInId, types: [EntityType.TERRITORY] },
    { field: 'newEvent.hostId', id: event.hostId, types: [EntityType.ORGANISATION] },
  ]);
  const phase = found.get('newEvent.phaseId') as Phase | undefined;
  if (phase && ((phase.startDate && event.date < phase.startDate) || (phase.endDate && event.date > phase.endDate))) {
    // The code and the phase's dates let the wizard say it in the user's language, next to the date field.
    throw new AppError('BAD_USER_INPUT', `newEvent.date: ${event.date} is outside ${phase.nameEn ?? phase.id} (${phase.startDate ?? '…'} to ${phase.endDate ?? '…'})`, {
      field: 'newEvent.date',
      reason: 'EVENT_DATE_OUTSIDE_PHASE',
      phaseId: phase.id,
      phaseStartDate: phase.startDate ?? null,
      phaseEndDate: phase.endDate ?? null,
    });
  }
}

/**
 * The new event's fields as the lines above the header give them (null when there are none): title, date,
 * place, and the town the place names, looked up only when a place was found.
 */
export async function suggestEventFromTitle(tx: WriteTransaction, rows: readonly SheetRow[], headerStart: number): Promise<SheetTitleSuggestion | null> {
  const title = readSheetTitle(rows, headerStart);
  if (title.lines.length === 0) return null;
  const towns = title.place ? (await tx.run('imports/towns', {})).map((row) => row.town as PlaceTerritory) : [];
  const placeTerritory = title.place ? placeTerritoryOf(title.place, towns) : null;
  return { ...title, placeTerritory: placeTerritory as SheetTitleSuggestion['placeTerritory'] };
}

/**
 * The event as the graph has it (null while a new event is still to be created), checked against the input:
 * eventId must be an event; a new event's id, when taken, must be an event on the same day.
 */
export function existingEvent(target: EventTarget, found: Record<string, unknown> | null): Event | null {
  const type = found?.entityType as string | undefined;
  if (!target.newEvent) {
    if (!found || type !== EntityType.EVENT) throw new NotFoundError('event', target.id, 'eventId');
    return found as unknown as Event;
  }
  if (!found) return null;
  if (type !== EntityType.EVENT) throw new BadInputError('newEvent.id', `"${target.id}" is the id of another kind of node (${type}), not of an event`);
  const event = found as unknown as Event;
  if (event.date !== target.newEvent.date) {
    throw new BadInputError('newEvent.date', `event "${target.id}" already exists on ${event.date}; import into it with eventId`);
  }
  return event;
}

/** Parameters of imports/create-event. */
export function newEventParams(target: EventTarget, source: string): Record<string, unknown> {
  const event = target.newEvent!;
  const reported = event.reportedParticipantCount;
  return {
    properties: {
      id: target.id,
      ...withPrefix(() => namesProperties(event)),
      kind: event.kind,
      placeRu: event.placeRu ?? null,
      placeEn: event.placeEn ?? null,
      source: event.source ?? source,
      reportedParticipantCount: reported === null || reported === undefined ? null : cypherInt(reported),
    },
    date: event.date,
    phaseId: event.phaseId ?? null,
    heldInId: event.heldInId ?? null,
    hostId: event.hostId ?? null,
  };
}
