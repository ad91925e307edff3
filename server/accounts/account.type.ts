import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Role } from '../auth/roles.js';

export enum AccountStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(AccountStatus, { name: 'AccountStatus', description: 'INVITED (no password yet), ACTIVE, or DISABLED (cannot sign in)' });

@ObjectType({ simpleResolvers: true, description: 'A person who signs in with a password or single sign-on' })
export class UserAccount {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Unique; what the person signs in with, and their name in the audit trail' })
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => GraphQLDateTime, { nullable: true })
  createdAt?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Null until the first sign-in' })
  lastSignInAt?: string | null;

  @Field(() => Int, { description: 'Sessions open now (in any browser)' })
  openSessions?: number;

  @Field(() => Boolean, { description: 'An invitation or reset link is waiting to be used' })
  pendingLink?: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A one-time link to set a password: shown once, valid for a few days, spent when used' })
export class AccountLink {
  @Field(() => UserAccount, { nullable: true })
  account!: UserAccount | null;

  @Field(() => String, { description: 'Path and query to open on this server, e.g. /?account=…; send it to the person' })
  path!: string;

  @Field(() => GraphQLDateTime)
  expiresAt!: string;
}
