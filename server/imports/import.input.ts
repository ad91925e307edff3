import { ArrayMaxSize, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CreateEventInput } from '../events/event.input.js';
import { OrganisationKind } from '../organisations/organisation.type.js';
import { ImportField, ImportTarget } from './import.type.js';
import { CleanText } from '../common/clean-text.js';
import { ImportLanguage } from './import-messages.js';

@InputType({ description: 'What one column holds; a mapping lists every column to import (columns left out are ignored)' })
export class ColumnMappingInput {
  @Field(() => Int, { description: '0-based column index (ImportColumn.index)' })
  @Min(0)
  @Max(99)
  column!: number;

  @Field(() => ImportField)
  field!: ImportField;
}

@InputType({
  description:
    'Settles a row: use an existing person or organisation (id), create a new one (createNew, for an organisation optionally with a kind), ' +
    'give a new organisation another kind (kind alone), or skip the row (skip: true; the other rows are imported)',
})
export class ImportChoiceInput {
  @Field(() => Int, { description: 'Row number as the preview shows it' })
  @Min(1)
  row!: number;

  @Field(() => ImportTarget)
  target!: ImportTarget;

  @Field(() => ID, { nullable: true, description: 'Use this person or organisation (any existing one, not only a candidate)' })
  id?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Create a new person or organisation instead' })
  createNew?: boolean | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'For a new organisation (target ORGANISATION): the kind to create it with instead of the guessed one' })
  kind?: OrganisationKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Skip this row: nothing of it is written; the skipped rows are listed in the result and the history entry' })
  skip?: boolean | null;
}

@InputType({ description: 'An attendance sheet for an event: the same input previews (dry run) and confirms' })
export class AttendanceImportInput {
  @Field(() => ID, { nullable: true, description: 'An existing event; give this or newEvent' })
  eventId?: string | null;

  @Field(() => CreateEventInput, {
    nullable: true,
    description: 'An event to create with the import. Without an id it gets one from its date and name, so the same sheet and event imported again find it',
  })
  @ValidateNested()
  newEvent?: CreateEventInput | null;

  @Field(() => String, { description: 'The CSV or XLSX file, base64-encoded (a data: URL prefix is allowed); at most 5 MB' })
  file!: string;

  @Field(() => String, { description: 'The file name as uploaded, recorded as the source of what is created' })
  @Length(1, 200)
  @Matches(/^[^\u0000-\u001f]+$/, { message: 'fileName must not hold control characters' })
  @CleanText()
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'For XLSX: the worksheet to read (default: the first one with data)' })
  @CleanText()
  sheet?: string | null;

  @Field(() => Int, { nullable: true, description: 'Row number of the (last) header row, when the guess is wrong' })
  @Min(1)
  headerRow?: number | null;

  @Field(() => [ColumnMappingInput], { nullable: true, description: 'The columns to import; default: guessed from the headers' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  mapping?: ColumnMappingInput[] | null;

  @Field(() => ImportLanguage, { nullable: true, description: 'Language of the messages returned; default: the Accept-Language header, else Russian' })
  language?: ImportLanguage | null;

  @Field(() => [ImportChoiceInput], { nullable: true })
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  choices?: ImportChoiceInput[] | null;
}
