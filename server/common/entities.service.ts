import { displayName, recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { GraphDatabase, WriteTransaction } from '../db/graph-database.js';
import { ConflictError, NotFoundError } from '../errors.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';
import type { Deletion } from './deletion.type.js';
import type { EntityType, NamedEntity } from './named-entity.type.js';

/** One node by id, if it is of the given type (null otherwise); batched with every other lookup in the request. */
export async function findEntity<T extends NamedEntity>(loaders: BatchLoaders, type: EntityType, id: string): Promise<T | null> {
  const entity = await loaders.one<T>('common/nodes-by-ids', id);
  return entity?.entityType === type ? entity : null;
}

/**
 * The node to be changed, locked and read inside the change's transaction, so concurrent changes of one node
 * queue up instead of overwriting each other. NOT_FOUND when absent or of another type; CONFLICT when the
 * caller says which version it edited and the node has changed since.
 */
export async function entityForUpdate<T extends NamedEntity>(tx: WriteTransaction, type: EntityType, id: string, expectedVersion?: number | null): Promise<T> {
  const [row] = await tx.run('common/lock-for-update', { id });
  const entity = row?.node as T | undefined;
  if (!entity || entity.entityType !== type) throw new NotFoundError(type.toLowerCase(), id, 'id');
  const previousVersion = Number(row?.previousVersion);
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== previousVersion) {
    throw new ConflictError(`${type} "${id}" was changed by someone else (it is at version ${previousVersion}, you edited version ${expectedVersion}); reload and try again`, { field: 'expectedVersion', version: previousVersion });
  }
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
