import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Role } from './roles.js';

@ObjectType({ simpleResolvers: true, description: 'A named key for scripts and integrations (sent as X-Api-Key); the key itself is shown once, at creation' })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Who or what uses it, e.g. "reporting-script"; appears in the audit trail as key:<name>' })
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String)
  createdBy!: string;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Null while the key is accepted' })
  revokedAt!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A new API key: copy `key` now, it is never shown again' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String)
  key!: string;
}
