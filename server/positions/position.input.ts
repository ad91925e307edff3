import { Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { PositionKind } from './position.type.js';
import { CleanText } from '../common/clean-text.js';

/** Title and dates of a post, whether it is being added or updated. */
@InputType()
abstract class PositionFieldsInput {
  @Field(() => String, { nullable: true, description: 'Title in Russian' })
  @Length(1, 300)
  @CleanText()
  titleRu?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day in the post' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day in the post' })
  to?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'A day the post is known to have been held' })
  observedOn?: string | null;
}

@InputType()
export class AddPositionInput extends PositionFieldsInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => String, { description: 'Title in English' })
  @Length(1, 300)
  @CleanText()
  title!: string;

  @Field(() => PositionKind, { defaultValue: PositionKind.OTHER })
  kind!: PositionKind;
}

@InputType({ description: 'Fields left out stay as they are; null clears a date' })
export class UpdatePositionInput extends PositionFieldsInput {
  @Field(() => String, { nullable: true })
  @Length(1, 300)
  @CleanText()
  title?: string | null;

  @Field(() => PositionKind, { nullable: true })
  kind?: PositionKind | null;
}
