import { ArrayMaxSize, Length, Matches } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { BadInputError } from '../errors.js';
import { buildSearchText } from '../search/search-text.js';
import { CleanText } from './clean-text.js';

const notBlank = /\S/;
const blankMessage = { message: '$property must not be blank' };

/**
 * Name fields shared by the inputs of named nodes (inherited, not a GraphQL type of its own).
 * A node always keeps at least one of nameRu, nameEn.
 */
@InputType()
export abstract class NamesInput {
  @Field(() => String, { nullable: true })
  @Length(1, 300)
  @Matches(notBlank, blankMessage)
  @CleanText()
  nameRu?: string | null;

  @Field(() => String, { nullable: true })
  @Length(1, 300)
  @Matches(notBlank, blankMessage)
  @CleanText()
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  @Length(1, 300)
  @Matches(notBlank, blankMessage)
  @CleanText()
  nameKy?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other spellings, abbreviations, transliterations' })
  @ArrayMaxSize(50)
  @Length(1, 300, { each: true })
  @CleanText({ each: true })
  aliases?: string[] | null;
}

/** For updates: the version the client edited; a newer one in the graph means CONFLICT instead of overwriting. */
@InputType()
export abstract class VersionedNamesInput extends NamesInput {
  @Field(() => Int, { nullable: true, description: 'The version you edited (from `version`); the update is refused with CONFLICT if the node changed since' })
  expectedVersion?: number | null;
}

/** Names as given in an input: absent, null or a value. */
export interface NamesPatch {
  nameRu?: string | null;
  nameEn?: string | null;
  nameKy?: string | null;
  aliases?: string[] | null;
}

export interface Names {
  nameRu: string | null;
  nameEn: string | null;
  nameKy: string | null;
  aliases: string[];
}

/** Stored names: trimmed, aliases de-duplicated, plus the `searchText` the full-text index reads. */
export function namesProperties(names: NamesPatch): Names & { searchText: string } {
  const clean = (value: string | null | undefined) => value?.trim() || null;
  const result: Names = {
    nameRu: clean(names.nameRu),
    nameEn: clean(names.nameEn),
    nameKy: clean(names.nameKy),
    aliases: [...new Set((names.aliases ?? []).map((alias) => alias.trim()).filter(Boolean))],
  };
  if (!result.nameRu && !result.nameEn) throw new BadInputError('nameRu', 'give a Russian or an English name (nameRu or nameEn)');
  return { ...result, searchText: buildSearchText([result.nameRu, result.nameEn, result.nameKy, ...result.aliases]) };
}

/** Applies an update to current names: fields absent from the patch keep their value, null clears them. */
export function patchNames(current: NamesPatch, patch: NamesPatch): NamesPatch {
  const pick = <K extends keyof NamesPatch>(key: K): NamesPatch[K] => (patch[key] !== undefined ? patch[key] : current[key]);
  return { nameRu: pick('nameRu'), nameEn: pick('nameEn'), nameKy: pick('nameKy'), aliases: pick('aliases') };
}
