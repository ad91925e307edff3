import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NamedEntity } from '../common/named-entity.type.js';
import { PageOf } from '../common/page.js';

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(Gender, { name: 'Gender', description: 'Optional; unknown gender is null, never guessed' });

@ObjectType({ implements: NamedEntity, description: 'A person: an official, a project staff member, a municipal leader' })
export class Person extends NamedEntity {
  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'Phone number as +996…, from attendance sheets; personal data' })
  phone?: string | null;
}

@ObjectType()
export class PersonPage extends PageOf(Person, 'PersonPage') {}
