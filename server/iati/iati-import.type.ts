import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportMessage, ImportResolution } from '../imports/import.type.js';

export enum IatiActivityOutcome {
  NEW_PROGRAMME = 'NEW_PROGRAMME',
  NEW_PHASE = 'NEW_PHASE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  OLDER_SKIPPED = 'OLDER_SKIPPED',
}
registerEnumType(IatiActivityOutcome, {
  name: 'IatiActivityOutcome',
  description: 'What confirming the file does with an activity',
  valuesConfig: {
    NEW_PROGRAMME: { description: 'Not in the graph: becomes a new programme' },
    NEW_PHASE: { description: 'Not in the graph: becomes a new phase under its parent activity (parentIdentifier)' },
    UPDATE: { description: 'In the graph and changed: its properties, budgets and IATI relationships are replaced' },
    UNCHANGED: { description: 'In the graph exactly as the file has it: nothing is written' },
    OLDER_SKIPPED: { description: 'The file was last updated before what is stored: nothing is written' },
  },
});

export enum IatiChoiceTarget {
  ORGANISATION = 'ORGANISATION',
  TERRITORY = 'TERRITORY',
}
registerEnumType(IatiChoiceTarget, { name: 'IatiChoiceTarget', description: 'What an IATI import choice settles: an organisation or a territory the file names' });

export enum IatiLocationMatch {
  ADMINISTRATIVE_CODE = 'ADMINISTRATIVE_CODE',
  LOCATION_NAME = 'LOCATION_NAME',
  RECIPIENT_REGION = 'RECIPIENT_REGION',
  RECIPIENT_COUNTRY = 'RECIPIENT_COUNTRY',
}
registerEnumType(IatiLocationMatch, { name: 'IatiLocationMatch', description: 'Which part of an IATI activity named a territory (stored as ACTIVE_IN.matchedBy)' });

@ObjectType({ simpleResolvers: true, description: 'A problem the IATI reader found: line, element path and message' })
export class IatiFileProblem {
  @Field(() => Int, { nullable: true })
  line!: number | null;

  @Field(() => String, { description: 'Element path, e.g. /iati-activities/iati-activity[3]/budget[1]/value' })
  path!: string;

  @Field(() => String, { description: 'In the language of the request' })
  message!: string;

  @Field(() => String)
  messageEn!: string;

  @Field(() => String)
  messageRu!: string;
}

@ObjectType({ simpleResolvers: true, description: 'An activity that failed the schema: reported and skipped; the valid ones can still be imported' })
export class IatiInvalidActivity {
  @Field(() => Int, { description: '1-based position among the file\'s activities' })
  position!: number;

  @Field(() => Int, { nullable: true })
  line!: number | null;

  @Field(() => String, { nullable: true })
  identifier!: string | null;

  @Field(() => [IatiFileProblem])
  problems!: IatiFileProblem[];
}

@ObjectType({ simpleResolvers: true, description: 'A budget of an IATI activity (programme or phase): value, currency and period' })
export class ActivityBudget {
  @Field(() => String, { nullable: true, description: 'BudgetType code: 1 original, 2 revised' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'BudgetStatus code: 1 indicative, 2 committed' })
  status!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  periodStart!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  periodEnd!: string | null;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  currency!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  valueDate!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'An organisation an activity names, and what it matches in the graph' })
export class IatiOrganisationMatch {
  @Field(() => String, { description: 'FUNDS, ACCOUNTABLE_FOR, EXTENDS, IMPLEMENTS (participating-org roles 1–4) or REPORTS_ON (reporting-org)' })
  relationship!: string;

  @Field(() => String, { description: 'How choices name it: its IATI ref, else its name' })
  subject!: string;

  @Field(() => String, { nullable: true })
  ref!: string | null;

  @Field(() => String, { nullable: true, description: 'IATI OrganisationType code' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'The name as the file writes it' })
  name!: string | null;

  @Field(() => ImportResolution)
  resolution!: ImportResolution;
}

@ObjectType({ simpleResolvers: true, description: 'A place an activity names, and the territory it matches' })
export class IatiTerritoryMatch {
  @Field(() => String, { description: 'How choices name it: the code or name as the file writes it' })
  subject!: string;

  @Field(() => IatiLocationMatch)
  matchedBy!: IatiLocationMatch;

  @Field(() => ImportResolution, { nullable: true, description: 'Null when it names no territory of Kyrgyzstan' })
  resolution!: ImportResolution | null;
}

@ObjectType({ simpleResolvers: true, description: 'One activity of the file and what confirming does with it' })
export class IatiActivityPreview {
  @Field(() => Int)
  position!: number;

  @Field(() => Int, { nullable: true })
  line!: number | null;

  @Field(() => String)
  identifier!: string;

  @Field(() => IatiActivityOutcome)
  outcome!: IatiActivityOutcome;

  @Field(() => String, { description: 'The outcome in words, in the request\'s language' })
  outcomeText!: string;

  @Field(() => ID, { description: 'The id of the programme or phase it is or becomes' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'For a phase: the identifier of its parent programme' })
  parentIdentifier!: string | null;

  @Field(() => String, { nullable: true })
  nameRu!: string | null;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Field(() => String, { nullable: true })
  nameKy!: string | null;

  @Field(() => String, { nullable: true, description: 'ActivityStatus code' })
  iatiStatus!: string | null;

  @Field(() => String, { nullable: true, description: 'last-updated-datetime as the file writes it' })
  lastUpdated!: string | null;

  @Field(() => String, { nullable: true, description: 'last-updated-datetime of what is stored' })
  storedLastUpdated!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  plannedStartDate!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  actualStartDate!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  plannedEndDate!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  actualEndDate!: string | null;

  @Field(() => [ActivityBudget])
  budgets!: ActivityBudget[];

  @Field(() => [String], { description: '"<vocabulary>:<code>", e.g. "1:15112"' })
  sectors!: string[];

  @Field(() => [IatiOrganisationMatch])
  organisations!: IatiOrganisationMatch[];

  @Field(() => [IatiTerritoryMatch])
  territories!: IatiTerritoryMatch[];

  @Field(() => Boolean, { description: 'The activity names no territory of Kyrgyzstan (imported as a programme without locations)' })
  noLocationHere!: boolean;

  @Field(() => [ImportMessage])
  notes!: ImportMessage[];
}

@ObjectType({ simpleResolvers: true, description: 'How many activities each outcome has' })
export class IatiImportSummary {
  @Field(() => Int) activities!: number;
  @Field(() => Int) invalid!: number;
  @Field(() => Int) newProgrammes!: number;
  @Field(() => Int) newPhases!: number;
  @Field(() => Int) updates!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) olderSkipped!: number;
  @Field(() => Int) newOrganisations!: number;
  @Field(() => Int) needChoice!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Dry run of an IATI activity file: nothing is written' })
export class IatiImportPreview {
  @Field(() => String)
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'iati-activities/@version' })
  declaredVersion!: string | null;

  @Field(() => String, { description: 'The shipped IATI schema the file was checked against' })
  schemaVersion!: string;

  @Field(() => [IatiFileProblem], { description: 'Problems outside any activity' })
  fileProblems!: IatiFileProblem[];

  @Field(() => [IatiInvalidActivity])
  invalidActivities!: IatiInvalidActivity[];

  @Field(() => [IatiActivityPreview])
  activities!: IatiActivityPreview[];

  @Field(() => IatiImportSummary)
  summary!: IatiImportSummary;

  @Field(() => Boolean, { description: 'False while an organisation or territory needs a choice' })
  canConfirm!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'What confirming an IATI file wrote' })
export class IatiImportResult {
  @Field(() => IatiImportSummary)
  summary!: IatiImportSummary;

  @Field(() => [IatiActivityPreview])
  activities!: IatiActivityPreview[];

  @Field(() => [ID], { description: 'Programmes and phases created' })
  createdActivityIds!: string[];

  @Field(() => [ID], { description: 'Programmes and phases updated' })
  updatedActivityIds!: string[];

  @Field(() => [ID])
  createdOrganisationIds!: string[];
}
