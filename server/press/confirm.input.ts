import { ArrayMaxSize, IsIn, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { CleanText } from '../common/clean-text.js';
import { EventKind } from '../events/event.type.js';
import { ImportLanguage } from '../imports/import-messages.js';
import { OrganisationKind } from '../organisations/organisation.type.js';
import { ParticipationRole } from '../participations/participation.type.js';

export enum PressDecision {
  MATCH = 'MATCH',
  CREATE = 'CREATE',
  IGNORE = 'IGNORE',
}
registerEnumType(PressDecision, {
  name: 'PressDecision',
  description: "The editor's decision on a mention of a press-release draft",
  valuesConfig: {
    MATCH: { description: 'An existing node: give its id' },
    CREATE: { description: 'A new node: give its name (and, for an organisation, its kind)' },
    IGNORE: { description: 'Not a mention: nothing is written for it' },
  },
});

// Optional text fields check only their length: a form's blank field sent as "" means none (the service reads it so).

/** At most as many mentions as a long release can hold; a release names a few dozen. */
const MAX_MENTIONS = 500;

@InputType({ description: "The event a press release reports, as the editor corrected the draft's" })
export class PressEventConfirmInput {
  @Field(() => ID, { nullable: true, description: 'Record the release against this existing event instead of creating one (the other fields are then not used)' })
  existingEventId?: string | null;

  @Field(() => String, { nullable: true, description: 'The title, in the language of the release; required when existingEventId is absent' })
  @Length(1, 300)
  @CleanText()
  title?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day; required when existingEventId is absent' })
  date?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of an event of several days' })
  endDate?: string | null;

  @Field(() => EventKind, { nullable: true, description: 'Required when existingEventId is absent' })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true, description: 'Where, as written' })
  @MaxLength(300)
  @CleanText()
  place?: string | null;

  @Field(() => ID, { nullable: true, description: 'The territory the event was held in' })
  placeTerritoryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The programme phase; required when existingEventId is absent. The date must lie within it' })
  phaseId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The number of participants the release states' })
  @Min(0)
  reportedParticipantCount?: number | null;
}

/** What every decision on a mention has. */
@InputType()
abstract class PressMentionDecisionInput {
  @Field(() => String, { description: 'As written in the release (or the text the editor selected)' })
  @Length(1, 1000)
  @CleanText()
  text!: string;

  @Field(() => Int, { nullable: true, description: 'Offset of the first character in the text; null for a mention the editor typed rather than selected' })
  @Min(0)
  start?: number | null;

  @Field(() => Int, { nullable: true, description: 'Offset after the last character' })
  @Min(0)
  end?: number | null;

  @Field(() => PressDecision)
  decision!: PressDecision;

  @Field(() => ID, { nullable: true, description: 'For MATCH: the node meant' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'For CREATE: the name to store, in the nominative' })
  @MaxLength(300)
  @CleanText()
  name?: string | null;

  @Field(() => ParticipationRole, { nullable: true, description: 'Default PARTICIPANT' })
  role?: ParticipationRole | null;
}

@InputType({ description: 'An organisation the release names, and what to record for it' })
export class PressOrganisationDecisionInput extends PressMentionDecisionInput {
  @Field(() => OrganisationKind, { nullable: true, description: 'For CREATE (default: guessed from a legal form in the name, else OTHER). Local government bodies are in the graph already: MATCH them' })
  kind?: OrganisationKind | null;
}

@InputType({ description: 'A person the release names, and what to record for them' })
export class PressPersonDecisionInput extends PressMentionDecisionInput {
  @Field(() => String, { nullable: true, description: 'The post as written; stored as their position at the organisation they represent, when there is one' })
  @MaxLength(300)
  @CleanText()
  post?: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation they represent: the text of one of the organisation decisions…' })
  @MaxLength(1000)
  @CleanText()
  organisationText?: string | null;

  @Field(() => ID, { nullable: true, description: '…or an existing organisation directly' })
  organisationId?: string | null;
}

@InputType({ description: "A press-release draft with the editor's decisions, to write into the graph" })
export class PressReleaseConfirmInput {
  @Field(() => String, { description: 'PressReleaseDraft.text exactly as the draft returned it (the offsets count in it); at most 100,000 characters' })
  @MaxLength(100_000)
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where the release was published: stored as the source of everything the confirmation creates' })
  @MaxLength(2000)
  @CleanText()
  sourceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'The dateline, YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'publishedOn must be a date written YYYY-MM-DD' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: "ru, en or ky (the draft's language; detected from the text when absent): which name field the title and new names go to" })
  @IsIn(['ru', 'en', 'ky'])
  language?: string | null;

  @Field(() => ImportLanguage, { nullable: true, description: 'Language of the error messages; default: the Accept-Language header, else Russian' })
  messageLanguage?: ImportLanguage | null;

  @Field(() => PressEventConfirmInput)
  @ValidateNested()
  event!: PressEventConfirmInput;

  @Field(() => [PressOrganisationDecisionInput])
  @ArrayMaxSize(MAX_MENTIONS)
  @ValidateNested({ each: true })
  organisations!: PressOrganisationDecisionInput[];

  @Field(() => [PressPersonDecisionInput])
  @ArrayMaxSize(MAX_MENTIONS)
  @ValidateNested({ each: true })
  people!: PressPersonDecisionInput[];
}
