import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Something Neo4j noticed about a statement it ran: an unknown label, a cartesian product, a deprecated form…' })
export class QueryNotification {
  @Field(() => String, { description: 'Neo4j’s notification code, e.g. Neo.ClientNotification.Statement.UnknownLabelWarning' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The GQL status code, e.g. 01N50' })
  gqlStatus!: string | null;

  @Field(() => String, { description: 'WARNING or INFORMATION' })
  severity!: string;

  @Field(() => String, { nullable: true, description: 'UNRECOGNIZED, PERFORMANCE, DEPRECATION, HINT…' })
  category!: string | null;

  @Field(() => String, { description: 'Neo4j’s own words, in English' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The label, relationship type or property the notification is about, when it names one' })
  subject!: string | null;

  @Field(() => Int, { nullable: true, description: 'Line of the statement it points at, from 1' })
  line!: number | null;

  @Field(() => Int, { nullable: true, description: 'Column on that line, from 1' })
  column!: number | null;

  @Field(() => Int, { nullable: true, description: 'Character offset in the statement, from 0' })
  offset!: number | null;
}
