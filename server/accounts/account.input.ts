import { Field, InputType } from 'type-graphql';
import { Role } from '../auth/roles.js';
import { AccountStatus } from './account.type.js';

@InputType({ description: 'Who to invite: they get a one-time link to set their password' })
export class InviteUserInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => Role)
  role!: Role;
}

@InputType({ description: 'What to change on an account; leave a field out to keep it' })
export class UpdateUserInput {
  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => AccountStatus, { nullable: true, description: 'DISABLED ends the account\'s sessions at once; ACTIVE enables it again' })
  status?: AccountStatus | null;
}
