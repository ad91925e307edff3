import { IsIn, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A press release to draft an event from: its text (or a file), and what the text itself may not say' })
export class PressReleaseInput {
  @Field(() => String, { nullable: true, description: 'The release as plain text; give this or file. At most 100,000 characters' })
  @MaxLength(100_000)
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The release as a file, base64-encoded (a data: URL prefix is allowed): .txt, .html, .docx or a text .pdf; give this or text. At most 5 MB',
  })
  @MaxLength(7_000_000)
  file?: string | null;

  @Field(() => String, { nullable: true, description: 'The file name as uploaded; its extension says how to read the file' })
  @Length(1, 200)
  @Matches(/^[^\u0000-\u001f]+$/, { message: 'fileName must not hold control characters' })
  fileName?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the release was published' })
  @MaxLength(2000)
  sourceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'The dateline (YYYY-MM-DD): resolves dates written without a year, «вчера», "On Friday"' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'publishedOn must be a date written YYYY-MM-DD' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The language, as a hint: ru, en or ky (the draft detects it)' })
  @IsIn(['ru', 'en', 'ky'])
  language?: string | null;
}
