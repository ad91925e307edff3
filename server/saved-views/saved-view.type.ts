import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: "A named state of the network explorer, kept per user and opened by link" })
export class SavedView {
  @Field(() => ID, { description: 'Also the share link: /?view=<id> opens it for any signed-in reader' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Who saved it (the signed-in subject); only they rename or delete it' })
  owner!: string;

  @Field(() => Boolean, { description: 'Whether the caller owns it' })
  mine!: boolean;

  @Field(() => GraphQLJSONObject, { description: "The explorer's state: filters, selection, positions, zoom" })
  state!: Record<string, unknown>;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;
}
