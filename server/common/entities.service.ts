import { displayName, recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { GraphDatabase, WriteTransaction } from '../db/graph-database.js';
import { NotFoundError } from '../errors.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';
import type { Deletion } from './deletion.type.js';
import type { EntityType, NamedEntity } from './named-entity.type.js';

/** One node by id, if it is of the given type (null otherwise); batched with every other lookup in the request. */
export async function findEntity<T extends NamedEntity>(loaders: BatchLoaders, type: EntityType, id: string): Promise<T | null> {
  const entity = await loaders.one<T>('common/nodes-by-ids', id);
  return entity?.entityType === type ? entity : null;
}

/** The node to be updated, read inside the update's transaction; NOT_FOUND when absent or of another type. */
export async function entityForUpdate<T extends NamedEntity>(tx: WriteTransaction, type: EntityType, id: string): Promise<T> {
  const [row] = await tx.run('common/nodes-by-ids', { ids: [id] });
  const entity = (row?.items as T[] | undefined)?.[0];
  if (!entity || entity.entityType !== type) throw new NotFoundError(type.toLowerCase(), id, 'id');
  return entity;
}

/** Deletes a node with its relationships; participations that named it as the represented body keep no dangling id. */
export async function deleteEntity(db: GraphDatabase, type: EntityType, id: string): Promise<Deletion> {
  return db.write(async (tx) => {
    const entity = await entityForUpdate<NamedEntity>(tx, type, id);
    await tx.run('common/delete-entity', { id, label: type });
    await recordChange(tx, { action: ChangeAction.DELETED, entityType: type, subjectId: id, entityIds: [id], summary: `Deleted ${type.toLowerCase()} ${displayName(entity)}`, before: entity });
    return { id, deleted: true };
  });
}
