import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from './roles.js';

registerEnumType(Role, { name: 'Role', description: 'What a caller may do: viewer, editor, analyst or admin' });

@ObjectType({ simpleResolvers: true, description: 'Who is asking, as the server sees it: the web view shows only what this role may use' })
export class Session {
  @Field(() => ID, { description: 'User or API key id; "anonymous" when not signed in' })
  id!: string;

  @Field(() => Role, { nullable: true, description: 'Null when anonymous callers get no role' })
  role!: Role | null;

  @Field(() => Boolean)
  authenticated!: boolean;

  @Field(() => [String], { description: 'read, read-personal, write, analyse, admin' })
  capabilities!: string[];

  @Field(() => String, { nullable: true, description: 'The signed-in person\'s name (accounts only)' })
  name!: string | null;

  @Field(() => String, { description: 'session (password or single sign-on), token, apiKey, or none' })
  signedInWith!: string;
}
