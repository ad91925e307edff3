import { displayName, recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { Deletion } from '../common/deletion.type.js';
import { newId } from '../common/id.js';
import { EntityType } from '../common/named-entity.type.js';
import { requireReferences } from '../common/references.js';
import type { GraphDatabase, WriteTransaction } from '../db/graph-database.js';
import { BadInputError, NotFoundError } from '../errors.js';
import type { AddParticipationInput, UpdateParticipationInput } from './participation.input.js';
import type { Participation } from './participation.type.js';

const representingReference = (id: string | null | undefined) => ({ field: 'representingId', id, types: [EntityType.ORGANISATION] });

function checkRepresenting(participantType: unknown, representingId: string | null | undefined): void {
  if (representingId && participantType !== EntityType.PERSON) {
    throw new BadInputError('representingId', 'only a person represents an organisation; an organisation takes part for itself');
  }
}

async function participationById(tx: WriteTransaction, id: string): Promise<Participation> {
  const [row] = await tx.run('participation/get', { id });
  if (!row) throw new NotFoundError('participation', id, 'id');
  return row.participation as Participation;
}

function participationFields(participation: Participation): Record<string, unknown> {
  return { id: participation.id, role: participation.role, participantId: participation.participant.id, eventId: participation.event.id, representingId: participation.representing?.id ?? null };
}

function participationChange(participation: Participation, action: ChangeAction, verb: string) {
  const { participant, event, representing } = participation;
  return {
    action, entityType: 'Participation', subjectId: participation.id,
    entityIds: [participant.id, event.id, ...(representing ? [representing.id] : [])],
    summary: `${verb} ${displayName(participant)} at ${displayName(event)} as ${participation.role}`,
  };
}

export async function addParticipation(db: GraphDatabase, input: AddParticipationInput): Promise<Participation> {
  return db.write(async (tx) => {
    const found = await requireReferences(tx, [
      { field: 'eventId', id: input.eventId, types: [EntityType.EVENT] },
      { field: 'participantId', id: input.participantId, types: [EntityType.PERSON, EntityType.ORGANISATION] },
      representingReference(input.representingId),
    ]);
    checkRepresenting(found.get('participantId')?.entityType, input.representingId);
    const [row] = await tx.run('participation/create', {
      id: newId('participation'),
      eventId: input.eventId,
      participantId: input.participantId,
      role: input.role,
      representingId: input.representingId ?? null,
    });
    const participation = await participationById(tx, String(row?.id));
    await recordChange(tx, { ...participationChange(participation, ChangeAction.CREATED, 'Added'), after: participationFields(participation) });
    return participation;
  });
}

export async function updateParticipation(db: GraphDatabase, id: string, input: UpdateParticipationInput): Promise<Participation> {
  if (input.role === null) throw new BadInputError('role', 'a participation always has a role');
  return db.write(async (tx) => {
    await tx.run('participation/lock', { id });
    const current = await participationById(tx, id);
    await requireReferences(tx, [representingReference(input.representingId)]);
    const representingId = input.representingId !== undefined ? input.representingId : (current.representing?.id ?? null);
    checkRepresenting(current.participant.entityType, representingId);
    await tx.run('participation/update', { id, role: input.role ?? current.role, representingId });
    const participation = await participationById(tx, id);
    await recordChange(tx, { ...participationChange(participation, ChangeAction.UPDATED, 'Updated'), before: participationFields(current), after: participationFields(participation) });
    return participation;
  });
}

export async function deleteParticipation(db: GraphDatabase, id: string): Promise<Deletion> {
  return db.write(async (tx) => {
    await tx.run('participation/lock', { id });
    const participation = await participationById(tx, id);
    await tx.run('participation/delete', { id });
    await recordChange(tx, { ...participationChange(participation, ChangeAction.DELETED, 'Removed'), before: participationFields(participation) });
    return { id, deleted: true };
  });
}
