import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject, LocalDateResolver } from 'graphql-scalars';
import { Event, EventKind } from '../events/event.type.js';
import { OrganisationKind } from '../organisations/organisation.type.js';
import { ParticipationRole } from '../participations/participation.type.js';
import { Gender } from '../people/person.type.js';
import { Territory } from '../territories/territory.type.js';

export enum ImportField {
  FULL_NAME = 'FULL_NAME',
  SURNAME = 'SURNAME',
  GIVEN_NAME = 'GIVEN_NAME',
  PATRONYMIC = 'PATRONYMIC',
  POSITION = 'POSITION',
  ORGANISATION = 'ORGANISATION',
  MUNICIPALITY = 'MUNICIPALITY',
  RAYON = 'RAYON',
  OBLAST = 'OBLAST',
  GENDER = 'GENDER',
  PHONE = 'PHONE',
  ROLE = 'ROLE',
  IGNORE = 'IGNORE',
}
registerEnumType(ImportField, {
  name: 'ImportField',
  description: 'What a column of an attendance sheet holds',
  valuesConfig: {
    FULL_NAME: { description: 'ФИО: surname, given name, patronymic in any order, or a surname with initials' },
    MUNICIPALITY: { description: 'Айыл окмоту or town; may also name the rayon ("Ак-Булун, Тюпский р-н")' },
    IGNORE: { description: 'Not imported (№, signature, e-mail…)' },
  },
});

export enum ImportStatus {
  CREATE = 'CREATE',
  MATCH = 'MATCH',
  AMBIGUOUS = 'AMBIGUOUS',
  INVALID = 'INVALID',
  DUPLICATE = 'DUPLICATE',
  SKIPPED = 'SKIPPED',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'What the import does with a row, or with the person or organisation of a row',
  valuesConfig: {
    CREATE: { description: 'Not in the graph: will be created' },
    MATCH: { description: 'Found in the graph (see score and reason)' },
    AMBIGUOUS: { description: 'Several candidates, or one not close enough: needs a choice before confirming' },
    INVALID: { description: 'Cannot be imported as written (see errors); nothing is written while a row is invalid' },
    DUPLICATE: { description: 'The same person (or organisation taking part) as an earlier row; recorded once' },
    SKIPPED: { description: 'The editor chose to skip the row (a skip choice): nothing of it is written, the other rows are' },
  },
});

export enum ImportTarget {
  PERSON = 'PERSON',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(ImportTarget, { name: 'ImportTarget', description: 'Which match of a row a choice settles' });

@ObjectType({ simpleResolvers: true, description: 'A column of the sheet and what the import takes it for' })
export class ImportColumn {
  @Field(() => Int, { description: '0-based; ColumnMappingInput.column refers to it' })
  index!: number;

  @Field(() => String, { description: 'Spreadsheet letter: A, B, … AA' })
  letter!: string;

  @Field(() => String, { description: 'Header text; "group / header" under a merged header cell' })
  header!: string;

  @Field(() => ImportField)
  field!: ImportField;

  @Field(() => Boolean, { description: 'True when the field was guessed from the header, false when given in the mapping or unknown' })
  guessed!: boolean;

  @Field(() => [String], { description: 'The first few values below the header' })
  samples!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A reason or warning of the import: a stable code with parameters, and its text in the request\'s language' })
export class ImportMessage {
  @Field(() => String, { description: 'Stable code, e.g. SAME_NAME, HOLDS_POST_AT, GENDER_UNKNOWN (see server/imports/import-messages.ts)' })
  code!: string;

  @Field(() => GraphQLJSONObject, { description: 'The values the text is made of, e.g. {"organisation": "…"}' })
  params!: Record<string, unknown>;

  @Field(() => String, { description: 'The text in the language of the request (Russian unless English is asked for)' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'For a warning: the header of the column it is about' })
  column!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A problem with the file, the mapping or a row: the row number and column it is in' })
export class ImportProblem {
  @Field(() => Int, { nullable: true, description: 'Row number as the spreadsheet shows it' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'The sheet\'s own number of the row (its № column), when it has one' })
  rowLabel!: string | null;

  @Field(() => String, { description: 'Stable code, e.g. NAME_MISSING, PHONE_INVALID (see server/imports/import-messages.ts)' })
  code!: string;

  @Field(() => GraphQLJSONObject, { description: 'The values the message is made of' })
  params!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Header of the column' })
  column!: string | null;

  @Field(() => Int, { nullable: true })
  columnIndex!: number | null;

  @Field(() => ImportField, { nullable: true })
  field!: ImportField | null;

  @Field(() => String)
  message!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A person or organisation a row may refer to' })
export class ImportCandidate {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float, { description: '0 to 1' })
  score!: number;

  @Field(() => String)
  reason!: string;

  @Field(() => [ImportMessage], { description: 'The reason in parts, each with its code and parameters' })
  reasonParts!: ImportMessage[];
}

@ObjectType({ simpleResolvers: true, description: 'Who or what a row refers to: found, to be created, or to be chosen' })
export class ImportResolution {
  @Field(() => ImportStatus)
  status!: ImportStatus;

  @Field(() => ID, { nullable: true, description: 'The matched id, or the id the import will create' })
  id!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Float, { nullable: true, description: 'How sure the match is, 0 to 1 (null for CREATE)' })
  score!: number | null;

  @Field(() => String, { description: 'Why: "same surname and initial; holds a post at …", "chosen", "not in the graph"…' })
  reason!: string;

  @Field(() => [ImportMessage], { description: 'The reason in parts, each with its code and parameters (SAME_SURNAME_INITIAL, HOLDS_POST_AT…)' })
  reasonParts!: ImportMessage[];

  @Field(() => OrganisationKind, { nullable: true, description: 'For an organisation to create: the kind it will have (guessed from its legal form, or chosen)' })
  kind!: OrganisationKind | null;

  @Field(() => Boolean, { description: 'Settled by a choice in the input' })
  chosen!: boolean;

  @Field(() => [ImportCandidate], { description: 'For AMBIGUOUS: the candidates to choose from, best first' })
  candidates!: ImportCandidate[];
}

@ObjectType({ simpleResolvers: true, description: 'One row of the sheet and what the import does with it' })
export class ImportRow {
  @Field(() => Int, { description: 'Row number as the spreadsheet shows it' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'The sheet\'s own number of the row (its № column), when it has one' })
  rowLabel!: string | null;

  @Field(() => ImportStatus)
  status!: ImportStatus;

  @Field(() => Boolean, { description: 'The row is an organisation taking part on its own (no person): its organisation is recorded at the event' })
  organisationTakesPart!: boolean;

  @Field(() => Int, { nullable: true, description: 'For an organisation taking part: how many of its people came, when the sheet says («(2 чел.)»)' })
  peopleCount!: number | null;

  @Field(() => String, { nullable: true, description: 'The name as it will be stored' })
  name!: string | null;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation, municipality and rayon as written' })
  organisationText!: string | null;

  @Field(() => Gender, { nullable: true })
  gender!: Gender | null;

  @Field(() => String, { nullable: true, description: 'Normalised, e.g. +996555123456' })
  phone!: string | null;

  @Field(() => ParticipationRole)
  role!: ParticipationRole;

  @Field(() => ImportResolution, { nullable: true })
  person!: ImportResolution | null;

  @Field(() => ImportResolution, { nullable: true, description: 'Null when the row names no organisation' })
  organisation!: ImportResolution | null;

  @Field(() => Int, { nullable: true, description: 'For DUPLICATE: the earlier row with the same person' })
  duplicateOf!: number | null;

  @Field(() => Boolean, { description: 'The person is already recorded at the event (nothing new to write for the participation)' })
  alreadyRecorded!: boolean;

  @Field(() => [ImportProblem])
  errors!: ImportProblem[];

  @Field(() => [String], { description: 'Warnings in the language of the request, "column: text"' })
  warnings!: string[];

  @Field(() => [ImportMessage], { description: 'The warnings with their codes and parameters' })
  warningDetails!: ImportMessage[];
}

@ObjectType({ simpleResolvers: true, description: 'Row counts and what will be (or was) written' })
export class ImportSummary {
  @Field(() => Int, { description: 'Rows with data (blank and repeated header rows not counted)' })
  rows!: number;

  @Field(() => Int) create!: number;
  @Field(() => Int) match!: number;
  @Field(() => Int) ambiguous!: number;
  @Field(() => Int) invalid!: number;
  @Field(() => Int) duplicate!: number;

  @Field(() => Int, { description: 'Blank rows and repeated header rows left out' })
  skipped!: number;

  @Field(() => Int, { description: 'Rows the editor chose to skip (status SKIPPED)' })
  skippedByChoice!: number;

  @Field(() => Int) newPeople!: number;
  @Field(() => Int) newOrganisations!: number;
  @Field(() => Int) newPositions!: number;
  @Field(() => Int) newParticipations!: number;
}

@ObjectType({ simpleResolvers: true, description: "What the lines above a sheet's header say about the event, offered as the new event's fields" })
export class SheetTitleSuggestion {
  @Field(() => String, { nullable: true, description: 'The event\'s name as the sheet gives it ("Список участников семинара «X»" gives "Семинар «X»")' })
  title!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'A date written in Russian, Kyrgyz or English ("12 марта 2024 г.", "12.03.2024", "2024-жылдын 12-марты", "5 June 2024")' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'The place as written ("г. Каракол", "Каракол шаары")' })
  place!: string | null;

  @Field(() => Territory, { nullable: true, description: 'The town the place names, when exactly one does (for newEvent.heldInId)' })
  placeTerritory!: Territory | null;

  @Field(() => EventKind, { nullable: true, description: 'The kind the title names (семинар, тренинг, форум…)' })
  kind!: EventKind | null;

  @Field(() => [Int], { description: 'Row numbers of the lines read' })
  lines!: number[];
}

@ObjectType({ simpleResolvers: true, description: 'The dry run of an attendance import: nothing has been written' })
export class AttendanceImportPreview {
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'CSV or XLSX' }) format!: string;
  @Field(() => String, { nullable: true, description: 'For CSV: UTF-8, UTF-8 with BOM, UTF-16LE, Windows-1251' }) encoding!: string | null;
  @Field(() => String, { nullable: true, description: 'For CSV: the delimiter found' }) delimiter!: string | null;
  @Field(() => String, { nullable: true, description: 'For XLSX: the worksheet read' }) sheet!: string | null;
  @Field(() => [String], { description: 'For XLSX: every worksheet of the workbook, in order (empty for CSV)' }) sheets!: string[];
  @Field(() => [Int], { description: 'Row numbers of the header (two under a merged header)' }) headerRows!: number[];
  @Field(() => [ImportColumn]) columns!: ImportColumn[];

  @Field(() => SheetTitleSuggestion, { nullable: true, description: 'What the lines above the header say about the event (null when there are none)' })
  titleSuggestion!: SheetTitleSuggestion | null;

  @Field(() => ID, { description: 'The event the rows will be recorded at (to be created when newEvent was given)' })
  eventId!: string;

  @Field(() => Boolean, { description: 'The event does not exist yet and will be created' })
  newEvent!: boolean;

  @Field(() => [ImportProblem], { description: 'Problems with the mapping (e.g. no name column); rows are not planned until they are fixed' })
  problems!: ImportProblem[];

  @Field(() => [ImportRow]) rows!: ImportRow[];
  @Field(() => ImportSummary) summary!: ImportSummary;

  @Field(() => Boolean, { description: 'No problems, no invalid rows, every ambiguous row has a choice' })
  canConfirm!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A confirmed attendance import, written in one transaction' })
export class AttendanceImportResult {
  @Field(() => Event) event!: Event;
  @Field(() => ImportSummary, { description: 'new* count what this import actually wrote (0 when the sheet was imported before)' })
  summary!: ImportSummary;
  @Field(() => [ImportRow]) rows!: ImportRow[];
  @Field(() => [ID]) createdPersonIds!: string[];
  @Field(() => [ID]) createdOrganisationIds!: string[];
  @Field(() => [ID]) createdPositionIds!: string[];
  @Field(() => [ID]) createdParticipationIds!: string[];
  @Field(() => [Int], { description: 'Rows the editor chose to skip: nothing of them was written (also in the history entry)' })
  skippedRows!: number[];
}
