import { displayName, recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { Deletion } from '../common/deletion.type.js';
import { deleteEntity, entityForUpdate } from '../common/entities.service.js';
import { newId } from '../common/id.js';
import { EntityType } from '../common/named-entity.type.js';
import { namesProperties, patchNames } from '../common/names.input.js';
import { toPage, type Page } from '../common/page.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import { textFilterParams } from '../search/search-text.js';
import type { CreatePersonInput, PersonListArgs, UpdatePersonInput } from './person.input.js';
import type { Person } from './person.type.js';

export async function listPeople(db: GraphDatabase, args: PersonListArgs): Promise<Page<Person>> {
  const [row] = await db.read('person/list', {
    organisationId: args.organisationId ?? null,
    ...textFilterParams(args.text),
    offset: cypherInt(args.offset),
    first: cypherInt(args.first),
  });
  return toPage<Person>(row, args);
}

export async function createPerson(db: GraphDatabase, input: CreatePersonInput): Promise<Person> {
  const properties = { id: input.id ?? newId('person'), gender: input.gender ?? null, ...namesProperties(input) };
  return db.write(async (tx) => {
    const [row] = await tx.run('person/create', { properties });
    const person = row?.person as Person;
    await recordChange(tx, { action: ChangeAction.CREATED, entityType: 'Person', subjectId: person.id, entityIds: [person.id], summary: `Created person ${displayName(person)}`, after: person });
    return person;
  });
}

export async function updatePerson(db: GraphDatabase, id: string, input: UpdatePersonInput): Promise<Person> {
  return db.write(async (tx) => {
    const current = await entityForUpdate<Person>(tx, EntityType.PERSON, id, input.expectedVersion);
    const properties = {
      ...namesProperties(patchNames(current, input)),
      gender: input.gender !== undefined ? input.gender : (current.gender ?? null),
    };
    const [row] = await tx.run('person/update', { id, properties });
    const person = row?.person as Person;
    await recordChange(tx, { action: ChangeAction.UPDATED, entityType: 'Person', subjectId: id, entityIds: [id], summary: `Updated person ${displayName(person)}`, before: current, after: person });
    return person;
  });
}

export function deletePerson(db: GraphDatabase, id: string): Promise<Deletion> {
  return deleteEntity(db, EntityType.PERSON, id);
}
