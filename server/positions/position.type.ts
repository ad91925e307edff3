import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.type.js';
import { Person } from '../people/person.type.js';

export enum PositionKind {
  HEAD = 'HEAD',
  DEPUTY_HEAD = 'DEPUTY_HEAD',
  STAFF = 'STAFF',
  OTHER = 'OTHER',
}
registerEnumType(PositionKind, {
  name: 'PositionKind',
  description: 'What kind of post, so that "who headed X" does not depend on how a title is worded',
});

@ObjectType({
  simpleResolvers: true,
  description:
    'A post a person holds or held in an organisation. It is known to be held on a day from `from` (or, without it, ' +
    '`observedOn`) to `to`; with a start and no end it is still held; with only `observedOn`, only that day is known.',
})
export class Position {
  @Field(() => ID)
  id!: string;

  @Field(() => PositionKind)
  kind!: PositionKind;

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
