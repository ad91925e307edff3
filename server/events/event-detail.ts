import type { NamedEntity } from '../common/named-entity.type.js';
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

/** A participant or represented organisation as `event/detail` returns it: the selected properties as values. */
interface ProjectedEntity {
  id: string;
  entityType: string;
  values: unknown[];
}

export interface RawEventDetail extends Omit<EventDetail, 'participants'> {
  participants: (Pick<Participation, 'id' | 'role'> & { participant: ProjectedEntity; representing: ProjectedEntity | null })[];
}

function entityOf(projected: ProjectedEntity, fields: readonly string[]): NamedEntity {
  const properties = Object.fromEntries(fields.map((field, index) => [field, projected.values[index]]));
  return { ...properties, id: projected.id, entityType: projected.entityType } as NamedEntity;
}

/** The raw row with each participant's selected properties put back under their names. */
export function eventDetailOf(raw: RawEventDetail, participantFields: readonly string[]): EventDetail {
  return {
    ...raw,
    participants: raw.participants.map((participation) => ({
      ...participation,
      participant: entityOf(participation.participant, participantFields) as Participation['participant'],
      representing: participation.representing ? (entityOf(participation.representing, participantFields) as Organisation) : null,
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

