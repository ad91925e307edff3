import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A graph node a mention may mean, with how sure the draft is and why' })
export class PressCandidate {
  @Field(() => ID)
  id!: string;

  @Field(() => Float, { description: '0 to 1' })
  score!: number;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A graph node, by id' })
export class PressNodeRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ simpleResolvers: true, description: 'The event a release reports, as drafted' })
export class PressEventDraft {
  @Field(() => String, { nullable: true, description: 'The headline' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of a range or of a «двухдневный»/"three-day" event; null for one day' })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Where, as written' })
  place!: string | null;

  @Field(() => String, { description: "The graph's EventKind" })
  kind!: string;

  @Field(() => Int, { nullable: true, description: 'The number of participants the text states' })
  reportedParticipantCount!: number | null;

  @Field(() => PressNodeRef, { nullable: true, description: 'The most specific territory of the venue' })
  placeTerritory!: PressNodeRef | null;

  @Field(() => PressNodeRef, { nullable: true })
  programme!: PressNodeRef | null;

  @Field(() => PressNodeRef, { nullable: true, description: "The programme's phase holding the date" })
  phase!: PressNodeRef | null;
}

@ObjectType({ simpleResolvers: true, description: "What every mention of a press-release draft has" })
class PressMention {
  @Field(() => String, { description: 'As written, inflection and all' })
  text!: string;

  @Field(() => Int, { description: 'Offset of the first character in the text (UTF-16 units, as JavaScript counts)' })
  start!: number;

  @Field(() => Int, { description: 'Offset after the last character' })
  end!: number;

  @Field(() => String, { description: 'Either MATCH: an existing node, or CREATE: a new one' })
  status!: string;

  @Field(() => PressNodeRef, { nullable: true })
  match!: PressNodeRef | null;

  @Field(() => [PressCandidate])
  candidates!: PressCandidate[];
}

@ObjectType({ simpleResolvers: true, description: 'An organisation the release names' })
export class PressOrganisationMention extends PressMention {
  @Field(() => String, { description: "The graph's OrganisationKind, or LOCAL_COUNCIL or NGO" })
  kind!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A person the release names, with the post it gives them' })
export class PressPersonMention extends PressMention {
  @Field(() => String, { description: 'In the nominative, without Mr./Ms.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'As written' })
  post!: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation mention the post belongs to, as written' })
  organisationText!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A territory the release names' })
export class PressTerritoryMention extends PressMention {
  @Field(() => String, { description: "The graph's TerritoryLevel, or VILLAGE" })
  level!: string;

  @Field(() => PressNodeRef, { nullable: true, description: 'For a village: its ayil aimak' })
  within!: PressNodeRef | null;
}

@ObjectType({ simpleResolvers: true, description: 'What a press release says, read against the graph; nothing is written' })
export class PressReleaseDraft {
  @Field(() => String, { description: 'ru, en or ky' })
  language!: string;

  @Field(() => String, { description: 'The plain text the offsets count in (the file read to text)' })
  text!: string;

  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;

  @Field(() => String, { nullable: true })
  publishedOn!: string | null;

  @Field(() => PressEventDraft)
  event!: PressEventDraft;

  @Field(() => [PressOrganisationMention])
  organisations!: PressOrganisationMention[];

  @Field(() => [PressPersonMention])
  people!: PressPersonMention[];

  @Field(() => [PressTerritoryMention])
  territories!: PressTerritoryMention[];
}
