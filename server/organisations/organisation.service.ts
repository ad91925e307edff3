import { displayName, recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import { newId } from '../common/id.js';
import { entityForUpdate, deleteEntity } from '../common/entities.service.js';
import { EntityType } from '../common/named-entity.type.js';
import { namesProperties, patchNames } from '../common/names.input.js';
import { toPage, type Page } from '../common/page.js';
import { requireReferences } from '../common/references.js';
import type { GraphDatabase, WriteTransaction } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import { BadInputError } from '../errors.js';
import { textFilterParams } from '../search/search-text.js';
import type { Deletion } from '../common/deletion.type.js';
import type { CreateOrganisationInput, OrganisationListArgs, UpdateOrganisationInput } from './organisation.input.js';
import type { Organisation } from './organisation.type.js';

const territoryReference = (id: string | null | undefined) => ({ field: 'territoryId', id, types: [EntityType.TERRITORY] });

export async function listOrganisations(db: GraphDatabase, args: OrganisationListArgs): Promise<Page<Organisation>> {
  const [row] = await db.read('organisation/list', {
    kinds: args.kinds?.length ? args.kinds : null,
    territoryId: args.territoryId ?? null,
    ...textFilterParams(args.text),
    offset: cypherInt(args.offset),
    first: cypherInt(args.first),
  });
  return toPage<Organisation>(row, args);
}

export async function createOrganisation(db: GraphDatabase, input: CreateOrganisationInput): Promise<Organisation> {
  const properties = {
    id: input.id ?? newId('org'),
    kind: input.kind,
    source: input.source ?? null,
    ...namesProperties(input),
  };
  return db.write(async (tx) => {
    await requireReferences(tx, [territoryReference(input.territoryId)]);
    const [row] = await tx.run('organisation/create', { properties, territoryId: input.territoryId ?? null });
    const organisation = row?.organisation as Organisation;
    await recordChange(tx, {
      action: ChangeAction.CREATED, entityType: 'Organisation', subjectId: organisation.id,
      entityIds: [organisation.id], summary: `Created organisation ${displayName(organisation)}`,
      after: { ...organisation, territoryId: input.territoryId ?? null },
    });
    return organisation;
  });
}

async function governedTerritoryId(tx: WriteTransaction, id: string): Promise<string | null> {
  const [row] = await tx.run('organisation/governed-territories', { ids: [id] });
  return (row?.items as { id: string }[] | undefined)?.[0]?.id ?? null;
}

export async function updateOrganisation(db: GraphDatabase, id: string, input: UpdateOrganisationInput): Promise<Organisation> {
  if (input.kind === null) throw new BadInputError('kind', 'an organisation always has a kind');
  return db.write(async (tx) => {
    const current = await entityForUpdate<Organisation>(tx, EntityType.ORGANISATION, id, input.expectedVersion);
    await requireReferences(tx, [territoryReference(input.territoryId)]);
    const previousTerritory = input.territoryId !== undefined ? { territoryId: await governedTerritoryId(tx, id) } : {};
    const properties = {
      ...namesProperties(patchNames(current, input)),
      kind: input.kind ?? current.kind,
      source: input.source !== undefined ? input.source : (current.source ?? null),
    };
    const [row] = await tx.run('organisation/update', {
      id,
      properties,
      replaceTerritory: input.territoryId !== undefined,
      territoryId: input.territoryId ?? null,
    });
    const organisation = row?.organisation as Organisation;
    await recordChange(tx, {
      action: ChangeAction.UPDATED, entityType: 'Organisation', subjectId: id, entityIds: [id],
      summary: `Updated organisation ${displayName(organisation)}`,
      before: { ...current, ...previousTerritory },
      after: { ...organisation, ...(input.territoryId !== undefined ? { territoryId: input.territoryId } : {}) },
    });
    return organisation;
  });
}

export function deleteOrganisation(db: GraphDatabase, id: string): Promise<Deletion> {
  return deleteEntity(db, EntityType.ORGANISATION, id);
}
