import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NamedEntity } from '../common/named-entity.type.js';
import { PageOf } from '../common/page.js';

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(Gender, { name: 'Gender', description: 'Optional; unknown gender is null, never guessed' });

@ObjectType({ simpleResolvers: true, implements: NamedEntity, description: 'A person: an official, a project staff member, a municipal leader' })
export class Person extends NamedEntity {
  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  /** As stored: sealed (see ContactSeal); the GraphQL field is resolved in PersonResolver. */
  phone?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class PersonPage extends PageOf(Person, 'PersonPage') {}
