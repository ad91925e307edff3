import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A sign-in token that is no longer accepted' })
export class RevokedToken {
  @Field(() => String, { description: "The token's id (its jti), as printed by npm run token" })
  id!: string;

  @Field(() => GraphQLDateTime)
  revokedAt!: string;

  @Field(() => String, { description: 'The admin who revoked it' })
  revokedBy!: string;
}
