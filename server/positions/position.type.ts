import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.type.js';
import { Person } from '../people/person.type.js';

@ObjectType({ description: 'A post a person holds or held in an organisation' })
export class Position {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Title in English' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Title in Russian' })
  titleRu?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day in the post, when known' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day in the post; null while held or unknown' })
  to?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'A day the post is known to have been held (e.g. from a press release)' })
  observedOn?: string | null;

  @Field(() => Person)
  person!: Person;

  @Field(() => Organisation)
  organisation!: Organisation;
}
