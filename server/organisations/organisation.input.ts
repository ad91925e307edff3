import { Matches } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { idPattern } from '../common/id.js';
import { NamesInput, VersionedNamesInput } from '../common/names.input.js';
import { PageArgs } from '../common/page.js';
import { OrganisationKind } from './organisation.type.js';
import { CleanText } from '../common/clean-text.js';

@ArgsType()
export class OrganisationListArgs extends PageArgs {
  @Field(() => [OrganisationKind], { nullable: true })
  kinds?: OrganisationKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only organisations governing this territory or a place inside it' })
  territoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of a name, in any language or transliteration' })
  text?: string | null;
}

@InputType()
export class CreateOrganisationInput extends NamesInput {
  @Field(() => ID, { nullable: true, description: 'Your own id; generated when absent' })
  @Matches(idPattern, { message: 'id may hold letters, digits, ".", "_" and "-" (at most 100)' })
  id?: string | null;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => ID, { nullable: true, description: 'The territory it governs (administrations, municipalities)' })
  territoryId?: string | null;

  @Field(() => String, { nullable: true })
  @CleanText()
  source?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional field' })
export class UpdateOrganisationInput extends VersionedNamesInput {
  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind | null;

  @Field(() => ID, { nullable: true, description: 'The territory it governs; null removes the link' })
  territoryId?: string | null;

  @Field(() => String, { nullable: true })
  @CleanText()
  source?: string | null;
}
