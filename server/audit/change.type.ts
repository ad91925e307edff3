import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ChangeAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
  IMPORTED = 'IMPORTED',
  MERGED = 'MERGED',
  RESTORED = 'RESTORED',
  REVOKED = 'REVOKED',
}
registerEnumType(ChangeAction, { name: 'ChangeAction' });

@ObjectType({ simpleResolvers: true, description: 'One entry of the audit trail: who changed what, when' })
export class Change {
  @Field(() => ID, { description: 'Shared by the entries of one change that concerns several nodes' })
  id!: string;

  @Field(() => GraphQLDateTime)
  at!: string;

  @Field(() => String, { description: 'Who made it (the signed-in user, or "system" for seeds and scripts)' })
  actor!: string;

  @Field(() => ChangeAction)
  action!: ChangeAction;

  @Field(() => String, { description: 'What was changed: Organisation, Person, Event, Position, Participation, Token…' })
  entityType!: string;

  @Field(() => ID, { description: 'The id of what was changed (a position or participation id for those)' })
  subjectId!: string;

  @Field(() => String, { description: 'One line for people' })
  summary!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed properties before (null for a creation)' })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed properties after (null for a deletion)' })
  after?: Record<string, unknown> | null;
}
