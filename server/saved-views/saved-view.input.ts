import { GraphQLJSONObject } from 'graphql-scalars';
import { Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CleanText } from '../common/clean-text.js';
import { idPattern } from '../common/id.js';
import { savedViewNameMaxLength } from './saved-view-limits.js';

@InputType({ description: 'Saves a new view (no id) or renames / replaces one of your own (its id)' })
export class SaveViewInput {
  @Field(() => ID, { nullable: true, description: 'The id of one of your views to change; a new view when absent' })
  @Matches(idPattern, { message: 'id may hold letters, digits, ".", "_" and "-" (at most 100)' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: `1–${savedViewNameMaxLength} characters; required for a new view` })
  @Length(1, savedViewNameMaxLength, { message: `name must be 1–${savedViewNameMaxLength} characters long` })
  @CleanText()
  name?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'At most 256 kB as JSON; required for a new view' })
  state?: Record<string, unknown> | null;
}
