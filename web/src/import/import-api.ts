/** The attendance import's two operations (dry run and confirm), typed as schema.graphql has them. */
import type { GraphQLClient } from '../api/client.js';

export const IMPORT_FIELDS = [
  'FULL_NAME',
  'SURNAME',
  'GIVEN_NAME',
  'PATRONYMIC',
  'POSITION',
  'ORGANISATION',
  'MUNICIPALITY',
  'RAYON',
  'OBLAST',
  'GENDER',
  'PHONE',
  'ROLE',
  'IGNORE',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** In the order a dry run is read: what needs the user first. */
export const IMPORT_STATUSES = ['AMBIGUOUS', 'INVALID', 'CREATE', 'MATCH', 'DUPLICATE', 'SKIPPED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export type ImportTarget = 'PERSON' | 'ORGANISATION';

export const EVENT_KINDS = ['SEMINAR', 'TRAINING', 'WORKSHOP', 'MEETING', 'CONFERENCE', 'EXCHANGE_VISIT', 'OTHER'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface ImportColumn {
  index: number;
  letter: string;
  header: string;
  field: ImportField;
  guessed: boolean;
  samples: string[];
}

/** Kinds a new organisation can be given in the dry run (municipalities are never created by an import). */
export const NEW_ORGANISATION_KINDS = [
  'NGO', 'BUSINESS', 'PUBLIC_INSTITUTION', 'LOCAL_COUNCIL', 'INTERNATIONAL_ORGANISATION',
  'OTHER', 'GOVERNMENT_AGENCY', 'IMPLEMENTER', 'DONOR_AGENCY', 'DONOR', 'CONSORTIUM', 'RAYON_ADMINISTRATION', 'OBLAST_ADMINISTRATION',
] as const;

/** A reason or warning as a code with parameters, worded by the server in the language asked for. */
export interface ImportMessage {
  code: string;
  params: Record<string, unknown>;
  message: string;
  column?: string | null;
}

export interface ImportProblem {
  row: number | null;
  /** The sheet's own № of the row, when it has one. */
  rowLabel: string | null;
  code: string;
  params: Record<string, unknown>;
  column: string | null;
  columnIndex: number | null;
  field: ImportField | null;
  message: string;
}

export interface ImportCandidate {
  id: string;
  name: string;
  score: number;
  reason: string;
  reasonParts: ImportMessage[];
}

export interface ImportResolution {
  status: ImportStatus;
  id: string | null;
  name: string | null;
  score: number | null;
  reason: string;
  reasonParts: ImportMessage[];
  chosen: boolean;
  /** For an organisation to create: the kind it will have. */
  kind: string | null;
  candidates: ImportCandidate[];
}

export interface ImportRow {
  row: number;
  rowLabel: string | null;
  status: ImportStatus;
  organisationTakesPart: boolean;
  peopleCount: number | null;
  name: string | null;
  position: string | null;
  organisationText: string | null;
  gender: string | null;
  phone: string | null;
  role: string;
  duplicateOf: number | null;
  alreadyRecorded: boolean;
  warnings: string[];
  warningDetails: ImportMessage[];
  errors: ImportProblem[];
  person: ImportResolution | null;
  organisation: ImportResolution | null;
}

export interface ImportSummary {
  rows: number;
  create: number;
  match: number;
  ambiguous: number;
  invalid: number;
  duplicate: number;
  skipped: number;
  skippedByChoice: number;
  newPeople: number;
  newOrganisations: number;
  newPositions: number;
  newParticipations: number;
}

/** What the lines above the header say about the event (see SheetTitleSuggestion in schema.graphql). */
export interface SheetTitleSuggestion {
  title: string | null;
  date: string | null;
  place: string | null;
  kind: EventKind | null;
  lines: number[];
  placeTerritory: { id: string; nameRu: string | null; nameEn: string | null } | null;
}

export interface ImportPreview {
  fileName: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  /** Every worksheet of a workbook (none for CSV). */
  sheets: string[];
  headerRows: number[];
  eventId: string;
  newEvent: boolean;
  canConfirm: boolean;
  columns: ImportColumn[];
  problems: ImportProblem[];
  rows: ImportRow[];
  summary: ImportSummary;
  titleSuggestion?: SheetTitleSuggestion | null;
}

export interface ImportResult {
  event: { id: string; nameRu: string | null; nameEn: string | null; date: string };
  summary: ImportSummary;
  createdPersonIds: string[];
  createdOrganisationIds: string[];
  createdPositionIds: string[];
  createdParticipationIds: string[];
  skippedRows: number[];
}

export interface NewEventInput {
  id?: string;
  date: string;
  kind: EventKind;
  nameRu?: string;
  nameEn?: string;
  phaseId?: string;
  placeRu?: string;
  placeEn?: string;
}

export interface ImportChoiceInput {
  row: number;
  target: ImportTarget;
  id?: string;
  createNew?: true;
  kind?: string;
  skip?: true;
}

/** The language the server words its messages in: the interface's. */
export type ImportLanguage = 'RU' | 'EN';

export interface AttendanceImportInput {
  eventId?: string;
  newEvent?: NewEventInput;
  file: string;
  fileName: string;
  sheet?: string;
  headerRow?: number;
  mapping?: { column: number; field: ImportField }[];
  choices?: ImportChoiceInput[];
  language?: ImportLanguage;
}

const SUMMARY = 'summary { rows create match ambiguous invalid duplicate skipped skippedByChoice newPeople newOrganisations newPositions newParticipations }';
const MESSAGE = 'code params message';
const RESOLUTION = `status id name score reason reasonParts { ${MESSAGE} } chosen kind candidates { id name score reason reasonParts { ${MESSAGE} } }`;
const TITLE_SUGGESTION = 'titleSuggestion { title date place kind lines placeTerritory { id nameRu nameEn } }';

export const PREVIEW_IMPORT = /* GraphQL */ `
  query PreviewAttendanceImport($input: AttendanceImportInput!) {
    previewAttendanceImport(input: $input) {
      fileName format encoding delimiter sheet sheets headerRows eventId newEvent canConfirm
      columns { index letter header field guessed samples }
      problems { row rowLabel column columnIndex field code params message }
      ${SUMMARY}
      ${TITLE_SUGGESTION}
      rows {
        row rowLabel status organisationTakesPart peopleCount name position organisationText gender phone role duplicateOf alreadyRecorded warnings
        warningDetails { ${MESSAGE} column }
        errors { row rowLabel column columnIndex field code params message }
        person { ${RESOLUTION} }
        organisation { ${RESOLUTION} }
      }
    }
  }
`;

/** Only the title lines of a sheet, read before the new event is complete. */
export const SHEET_TITLE = /* GraphQL */ `
  query SheetTitle($input: AttendanceImportInput!) {
    previewAttendanceImport(input: $input) { ${TITLE_SUGGESTION} }
  }
`;

export async function readSheetTitle(client: GraphQLClient, input: AttendanceImportInput, signal?: AbortSignal): Promise<SheetTitleSuggestion | null> {
  return (await client.request<{ previewAttendanceImport: { titleSuggestion: SheetTitleSuggestion | null } }>(SHEET_TITLE, { input }, signal)).previewAttendanceImport.titleSuggestion;
}

export const CONFIRM_IMPORT = /* GraphQL */ `
  mutation ConfirmAttendanceImport($input: AttendanceImportInput!) {
    confirmAttendanceImport(input: $input) {
      event { id nameRu nameEn date }
      ${SUMMARY}
      createdPersonIds createdOrganisationIds createdPositionIds createdParticipationIds skippedRows
    }
  }
`;

export async function previewImport(client: GraphQLClient, input: AttendanceImportInput, signal?: AbortSignal): Promise<ImportPreview> {
  return (await client.request<{ previewAttendanceImport: ImportPreview }>(PREVIEW_IMPORT, { input }, signal)).previewAttendanceImport;
}

export async function confirmImport(client: GraphQLClient, input: AttendanceImportInput): Promise<ImportResult> {
  return (await client.request<{ confirmAttendanceImport: ImportResult }>(CONFIRM_IMPORT, { input })).confirmAttendanceImport;
}
