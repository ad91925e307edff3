import { newId } from '../common/id.js';
import { entityForUpdate, deleteEntity } from '../common/entities.service.js';
import { EntityType } from '../common/named-entity.type.js';
import { namesProperties, patchNames } from '../common/names.input.js';
import { toPage, type Page } from '../common/page.js';
import { requireReferences } from '../common/references.js';
import type { GraphDatabase } from '../db/graph-database.js';
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
    return row?.organisation as Organisation;
  });
}

export async function updateOrganisation(db: GraphDatabase, id: string, input: UpdateOrganisationInput): Promise<Organisation> {
  if (input.kind === null) throw new BadInputError('kind', 'an organisation always has a kind');
  return db.write(async (tx) => {
    const current = await entityForUpdate<Organisation>(tx, EntityType.ORGANISATION, id);
    await requireReferences(tx, [territoryReference(input.territoryId)]);
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
    return row?.organisation as Organisation;
  });
}

export function deleteOrganisation(db: GraphDatabase, id: string): Promise<Deletion> {
  return deleteEntity(db, EntityType.ORGANISATION, id);
}
