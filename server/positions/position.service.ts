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
    return positionById(tx, String(row?.id));
  });
}

export async function updatePosition(db: GraphDatabase, id: string, input: UpdatePositionInput): Promise<Position> {
  if (input.title === null) throw new BadInputError('title', 'a post always has a title');
  if (input.kind === null) throw new BadInputError('kind', 'a post always has a kind');
  return db.write(async (tx) => {
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
    return positionById(tx, id);
  });
}

export async function deletePosition(db: GraphDatabase, id: string): Promise<Deletion> {
  return db.write(async (tx) => {
    const [row] = await tx.run('position/delete', { id });
    if (!row || Number(row.deleted) === 0) throw new NotFoundError('position', id, 'id');
    return { id, deleted: true };
  });
}
