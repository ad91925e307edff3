import { displayName, recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { Deletion } from '../common/deletion.type.js';
import { newId } from '../common/id.js';
import { EntityType } from '../common/named-entity.type.js';
import { requireReferences } from '../common/references.js';
import type { GraphDatabase, WriteTransaction } from '../db/graph-database.js';
import { BadInputError, NotFoundError } from '../errors.js';
import type { AddPositionInput, UpdatePositionInput } from './position.input.js';
import type { Position } from './position.type.js';

interface PositionDates {
  from?: string | null;
  to?: string | null;
}

function checkDates({ from, to }: PositionDates): void {
  if (from && to && to < from) throw new BadInputError('to', `the post cannot end (${to}) before it starts (${from})`);
}

async function positionById(tx: WriteTransaction, id: string): Promise<Position> {
  const [row] = await tx.run('position/get', { id });
  if (!row) throw new NotFoundError('position', id, 'id');
  return row.position as Position;
}

function positionFields({ person, organisation, ...fields }: Position): Record<string, unknown> {
  return { ...fields, personId: person.id, organisationId: organisation.id };
}

function positionChange(position: Position, action: ChangeAction, verb: string) {
  return {
    action, entityType: 'Position', subjectId: position.id, entityIds: [position.person.id, position.organisation.id],
    summary: `${verb} post «${position.title}» of ${displayName(position.person)} in ${displayName(position.organisation)}`,
  };
}

export async function addPosition(db: GraphDatabase, input: AddPositionInput): Promise<Position> {
  checkDates(input);
  return db.write(async (tx) => {
    await requireReferences(tx, [
      { field: 'personId', id: input.personId, types: [EntityType.PERSON] },
      { field: 'organisationId', id: input.organisationId, types: [EntityType.ORGANISATION] },
    ]);
    const [row] = await tx.run('position/create', {
      personId: input.personId,
      organisationId: input.organisationId,
      properties: { id: newId('position'), kind: input.kind, title: input.title.trim(), titleRu: input.titleRu?.trim() ?? null },
      from: input.from ?? null,
      to: input.to ?? null,
      observedOn: input.observedOn ?? null,
    });
    const position = await positionById(tx, String(row?.id));
    await recordChange(tx, { ...positionChange(position, ChangeAction.CREATED, 'Added'), after: positionFields(position) });
    return position;
  });
}

export async function updatePosition(db: GraphDatabase, id: string, input: UpdatePositionInput): Promise<Position> {
  if (input.title === null) throw new BadInputError('title', 'a post always has a title');
  if (input.kind === null) throw new BadInputError('kind', 'a post always has a kind');
  return db.write(async (tx) => {
    await tx.run('position/lock', { id });
    const current = await positionById(tx, id);
    const pick = <K extends 'titleRu' | 'from' | 'to' | 'observedOn'>(key: K) =>
      input[key] !== undefined ? input[key] : (current[key] ?? null);
    const merged = {
      kind: input.kind ?? current.kind,
      title: input.title?.trim() ?? current.title,
      titleRu: pick('titleRu'),
      from: pick('from'),
      to: pick('to'),
      observedOn: pick('observedOn'),
    };
    checkDates(merged);
    await tx.run('position/update', { id, ...merged });
    const position = await positionById(tx, id);
    await recordChange(tx, { ...positionChange(position, ChangeAction.UPDATED, 'Updated'), before: positionFields(current), after: positionFields(position) });
    return position;
  });
}

export async function deletePosition(db: GraphDatabase, id: string): Promise<Deletion> {
  return db.write(async (tx) => {
    await tx.run('position/lock', { id });
    const position = await positionById(tx, id);
    await tx.run('position/delete', { id });
    await recordChange(tx, { ...positionChange(position, ChangeAction.DELETED, 'Removed'), before: positionFields(position) });
    return { id, deleted: true };
  });
}
