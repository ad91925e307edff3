import { GraphQLError } from 'graphql';
import { recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { Principal } from '../auth/roles.js';
import { newId } from '../common/id.js';
import type { GraphDatabase, Row } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import { AppError, BadInputError, NotFoundError } from '../errors.js';
import type { SaveViewInput } from './saved-view.input.js';
import { savedViewsPerOwnerMax, savedViewStateMaxBytes } from './saved-view-limits.js';
import type { SavedView } from './saved-view.type.js';

/** Views belong to a person: an anonymous caller (even one given a reading role by configuration) keeps none. */
function ownerOf(principal: Principal, field: string): string {
  if (!principal.authenticated) throw new GraphQLError(`Sign in to use ${field}`, { extensions: { code: 'UNAUTHENTICATED', field } });
  return principal.id;
}

function notYours(id: string): GraphQLError {
  return new GraphQLError(`The saved view "${id}" is someone else's: only its owner renames or deletes it`, {
    extensions: { code: 'FORBIDDEN', field: 'id', id },
  });
}

function viewFromRow(row: Row, principal: Principal): SavedView {
  const stored = row.view as Omit<SavedView, 'state' | 'mine'> & { state: string };
  return { ...stored, state: JSON.parse(stored.state) as Record<string, unknown>, mine: principal.authenticated && stored.owner === principal.id };
}

/** The state as stored JSON text, refused (naming `state`) beyond the size cap. */
function stateText(state: Record<string, unknown>): string {
  const text = JSON.stringify(state);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > savedViewStateMaxBytes) {
    throw new AppError('BAD_USER_INPUT', `state: is ${Math.ceil(bytes / 1024)} kB as JSON, at most ${savedViewStateMaxBytes / 1024} kB is kept`, {
      field: 'state',
      limitBytes: savedViewStateMaxBytes,
    });
  }
  return text;
}

export async function savedViewsOf(db: GraphDatabase, principal: Principal, first: number): Promise<SavedView[]> {
  const owner = ownerOf(principal, 'savedViews');
  const rows = await db.read('saved-view/by-owner', { owner, first: cypherInt(Math.min(Math.max(first, 1), savedViewsPerOwnerMax)) });
  return rows.map((row) => viewFromRow(row, principal));
}

/** Any signed-in reader opens a view by its id: that is what sharing the link means. */
export async function savedView(db: GraphDatabase, principal: Principal, id: string): Promise<SavedView> {
  ownerOf(principal, 'savedView');
  const [row] = await db.read('saved-view/get', { id });
  if (!row) throw new NotFoundError('saved view', id, 'id');
  return viewFromRow(row, principal);
}

export async function saveView(db: GraphDatabase, principal: Principal, input: SaveViewInput): Promise<SavedView> {
  const owner = ownerOf(principal, 'saveView');
  const name = input.name?.trim() || null;
  if (input.name != null && !name) throw new BadInputError('name', 'must not be empty');
  const state = input.state == null ? null : stateText(input.state);
  if (!input.id) {
    if (!name) throw new BadInputError('name', 'a new view needs a name');
    if (state === null) throw new BadInputError('state', 'a new view needs a state');
  }
  const row = await db.write(async (tx) => {
    if (input.id) {
      const [current] = await tx.run('saved-view/lock-own', { id: input.id });
      if (!current) throw new NotFoundError('saved view', input.id, 'id');
      if (current.owner !== owner) throw notYours(input.id);
      const [updated] = await tx.run('saved-view/update', { id: input.id, owner, name, state });
      await recordChange(tx, {
        action: ChangeAction.UPDATED,
        entityType: 'SavedView',
        subjectId: input.id,
        entityIds: [input.id],
        summary: `Changed saved view «${String((updated!.view as SavedView).name)}»`,
        before: { name: current.name },
        after: { name: (updated!.view as SavedView).name, ...(state === null ? {} : { stateBytes: Buffer.byteLength(state, 'utf8') }) },
      });
      return updated!;
    }
    const [kept] = await tx.run('saved-view/count-by-owner', { owner });
    if (Number(kept!.count) >= savedViewsPerOwnerMax) {
      throw new AppError('RESOURCE_LIMIT', `You keep ${savedViewsPerOwnerMax} saved views already: delete one first`, { field: 'id', limit: savedViewsPerOwnerMax });
    }
    const id = newId('view');
    const [created] = await tx.run('saved-view/create', { id, name, owner, state });
    await recordChange(tx, {
      action: ChangeAction.CREATED,
      entityType: 'SavedView',
      subjectId: id,
      entityIds: [id],
      summary: `Saved view «${name}»`,
      after: { name, stateBytes: Buffer.byteLength(state!, 'utf8') },
    });
    return created!;
  });
  return viewFromRow(row, principal);
}

/** Deletes one of the caller's views; someone else's is refused (FORBIDDEN), an unknown id is NOT_FOUND. */
export async function deleteView(db: GraphDatabase, principal: Principal, id: string): Promise<string> {
  const owner = ownerOf(principal, 'deleteView');
  await db.write(async (tx) => {
    const [current] = await tx.run('saved-view/lock-own', { id });
    if (!current) throw new NotFoundError('saved view', id, 'id');
    if (current.owner !== owner) throw notYours(id);
    await tx.run('saved-view/delete', { id, owner });
    await recordChange(tx, {
      action: ChangeAction.DELETED,
      entityType: 'SavedView',
      subjectId: id,
      entityIds: [id],
      summary: `Deleted saved view «${String(current.name)}»`,
      before: { name: current.name },
    });
  });
  return id;
}
