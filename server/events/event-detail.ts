import { entityOf, type ProjectedEntity } from '../common/projected-entity.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';
import type { Organisation } from '../organisations/organisation.type.js';
import type { Participation } from '../participations/participation.type.js';
import type { Phase } from '../programmes/programme.type.js';
import type { Territory } from '../territories/territory.type.js';
import type { Event } from './event.type.js';

/** Everything an event's page shows, from `event/detail`. */
export interface EventDetail {
  event: Event;
  phase: Phase | null;
  heldIn: Territory | null;
  hosts: Organisation[];
  participants: Omit<Participation, 'event'>[];
}

export interface RawEventDetail extends Omit<EventDetail, 'participants'> {
  participants: (Pick<Participation, 'id' | 'role'> & { participant: ProjectedEntity; representing: ProjectedEntity | null })[];
}

/** The raw row with each participant's selected properties put back under their names. */
export function eventDetailOf(raw: RawEventDetail, participantFields: readonly string[]): EventDetail {
  return {
    ...raw,
    participants: raw.participants.map((participation) => ({
      ...participation,
      participant: entityOf<Participation['participant']>(participation.participant, participantFields),
      representing: participation.representing ? entityOf<Organisation>(participation.representing, participantFields) : null,
    })),
  };
}

const shaped = new WeakMap<object, EventDetail>();

/**
 * The detail of one event through the request's batch loader: the events asked for in one tick share one
 * round trip. `participantFields` must be the same for the whole request (see fieldsSelectedUnderAny).
 */
export async function loadEventDetail(loaders: BatchLoaders, id: string, participantFields: readonly string[]): Promise<EventDetail | null> {
  const raw = await loaders.one<RawEventDetail>('event/detail', id, { participantFields });
  if (!raw) return null;
  let detail = shaped.get(raw);
  if (!detail) shaped.set(raw, (detail = eventDetailOf(raw, participantFields)));
  return detail;
}

