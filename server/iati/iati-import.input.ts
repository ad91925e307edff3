import { ArrayMaxSize, Length, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CleanText } from '../common/clean-text.js';
import { ImportLanguage } from '../imports/import-messages.js';
import { IatiChoiceTarget } from './iati-import.type.js';

@InputType({
  description:
    'Settles an organisation or territory the file names, everywhere it appears: use an existing one (id), create a new organisation (createNew), ' +
    'or leave it out (skip). `subject` is IatiOrganisationMatch.subject or IatiTerritoryMatch.subject as the preview shows it.',
})
export class IatiChoiceInput {
  @Field(() => IatiChoiceTarget)
  target!: IatiChoiceTarget;

  @Field(() => String)
  @Length(1, 500)
  subject!: string;

  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'For an organisation: create a new one instead of matching' })
  createNew?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  skip?: boolean | null;
}

@InputType({ description: 'An IATI activity file: the same input previews (dry run) and confirms' })
export class IatiImportInput {
  @Field(() => String, { description: 'The IATI activities XML (2.0x or 1.0x), or its gzip, base64-encoded; at most 20 MB decoded' })
  file!: string;

  @Field(() => String, { description: 'The file name as uploaded, recorded in the history' })
  @Length(1, 200)
  @Matches(/^[^\u0000-\u001f]+$/, { message: 'fileName must not hold control characters' })
  @CleanText()
  fileName!: string;

  @Field(() => ImportLanguage, { nullable: true, description: 'Language of the messages returned; default: the Accept-Language header, else Russian' })
  language?: ImportLanguage | null;

  @Field(() => [IatiChoiceInput], { nullable: true })
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  choices?: IatiChoiceInput[] | null;
}
