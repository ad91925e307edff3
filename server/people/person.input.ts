import { Matches } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { idPattern } from '../common/id.js';
import { NamesInput, VersionedNamesInput } from '../common/names.input.js';
import { PageArgs } from '../common/page.js';
import { Gender } from './person.type.js';

@ArgsType()
export class PersonListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words of a name, in any language or transliteration' })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only people who hold or held a post in this organisation' })
  organisationId?: string | null;
}

@InputType()
export class CreatePersonInput extends NamesInput {
  @Field(() => ID, { nullable: true, description: 'Your own id; generated when absent' })
  @Matches(idPattern, { message: 'id may hold letters, digits, ".", "_" and "-" (at most 100)' })
  id?: string | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional field' })
export class UpdatePersonInput extends VersionedNamesInput {
  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;
}
