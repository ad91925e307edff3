import { displayName, recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { GraphDatabase, Row, WriteTransaction } from '../db/graph-database.js';
import { AppError, ConflictError } from '../errors.js';
import type { OrganisationKind } from '../organisations/organisation.type.js';
import { cypherInt } from '../db/values.js';
import type { Event } from '../events/event.type.js';
import { contactSeal } from '../privacy/contact-seal.js';
import { findHeader, mapColumns, type Mapping } from './columns.js';
import { checkNewEvent, eventTarget, existingEvent, newEventParams, suggestEventFromTitle, type EventTarget } from './import-event.js';
import type { AttendanceImportInput } from './import.input.js';
import { ImportStatus, type AttendanceImportPreview, type AttendanceImportResult, type ImportMessage, type ImportProblem, type ImportResolution, type ImportRow } from './import.type.js';
import { ImportLanguage, inputError, message, requestLanguage, word, wordReason, type Message, type Problem } from './import-messages.js';
import { OrganisationMatcher, type OrganisationRecord } from './organisation-matcher.js';
import { PersonMatcher, type PersonRecord } from './person-matcher.js';
import { planImport, type Plan, type PlannedRow, type Writes } from './plan.js';
import type { Resolution } from './resolution.js';
import { isSkippedRow, readRowValues, rowLabelColumn, type RowValues } from './row-values.js';
import { decodeUpload, readSheet, type Sheet } from './sheet-file.js';

/**
 * Attendance imports: the dry run reads the sheet and plans every row against the graph without writing;
 * the confirmation plans again inside one write transaction and writes it all with a few UNWIND statements,
 * or nothing when a row is invalid or ambiguous without a choice.
 */
export const maxRows = 5000;

interface Upload {
  sheet: Sheet;
  headerRows: number[];
  /** Index in the sheet's rows of the (first) header row: the lines above it may hold the event's title. */
  headerStart: number;
  mapping: Mapping;
  values: RowValues[];
  skipped: number;
}

async function readUpload(input: AttendanceImportInput, language: ImportLanguage): Promise<Upload> {
  const sheet = await readSheet(decodeUpload(input.file), input.fileName, input.sheet);
  const header = findHeader(sheet.rows, input.headerRow);
  const dataRows = sheet.rows.slice(header.dataStart);
  const mapping = mapColumns(header, dataRows, input.mapping);
  const headerStart = header.dataStart - header.rows.length;
  if (mapping.problems.length > 0) return { sheet, headerRows: header.rows, headerStart, mapping, values: [], skipped: 0 };
  const kept = dataRows.filter((row) => !isSkippedRow(row, mapping.columns));
  if (kept.length > maxRows) {
    throw inputError('file', message('TOO_MANY_ROWS', { rows: kept.length.toLocaleString(language === ImportLanguage.EN ? 'en' : 'ru'), max: maxRows.toLocaleString(language === ImportLanguage.EN ? 'en' : 'ru') }), language);
  }
  const labels = rowLabelColumn(mapping.columns);
  return { sheet, headerRows: header.rows, headerStart, mapping, values: kept.map((row) => readRowValues(row, mapping.columns, labels)), skipped: dataRows.length - kept.length };
}

const sourceOf = (input: AttendanceImportInput) => `attendance sheet "${input.fileName}"`;

/** Plans the upload against the candidates read in one query (outside or inside the write transaction). */
function planUpload(upload: Upload, candidates: Row, target: EventTarget, input: AttendanceImportInput, language: ImportLanguage): { plan: Plan; event: Event | null } {
  const event = existingEvent(target, candidates.event as Record<string, unknown> | null);
  const organisations = new OrganisationMatcher(candidates.organisations as OrganisationRecord[]);
  const people = new PersonMatcher(candidates.people as PersonRecord[], (id) => organisations.get(id)?.name ?? id);
  const plan = planImport(upload.values, upload.skipped, {
    eventId: target.id,
    eventDate: event?.date ?? target.newEvent!.date,
    participantIds: new Set(event ? (candidates.participantIds as string[]) : []),
    people,
    organisations,
    columns: upload.mapping.columns,
    choices: input.choices ?? [],
    source: sourceOf(input),
    language,
  });
  return { plan, event };
}

function worded(item: Message & { column?: string | null }, language: ImportLanguage): ImportMessage {
  return { code: item.code, params: item.params, message: word(item, language), column: item.column ?? null };
}

function wordedProblem(problem: Problem, language: ImportLanguage): ImportProblem {
  return { ...problem, message: word(problem, language) };
}

function wordedResolution(resolution: Resolution | null, kind: string | null, language: ImportLanguage): ImportResolution | null {
  if (!resolution) return null;
  return {
    ...resolution,
    reason: wordReason(resolution.reason, language),
    reasonParts: resolution.reason.map((part) => worded(part, language)),
    kind: (kind as OrganisationKind | null) ?? null,
    candidates: resolution.candidates.map((candidate) => ({ ...candidate, reason: wordReason(candidate.reason, language), reasonParts: candidate.reason.map((part) => worded(part, language)) })),
  };
}

function toImportRow(row: PlannedRow, language: ImportLanguage): ImportRow {
  const { values } = row;
  const organisationText = [values.organisation, values.municipality, values.rayon, values.oblast].filter(Boolean).join(', ') || null;
  return {
    row: values.row,
    rowLabel: values.rowLabel,
    status: row.status,
    organisationTakesPart: values.organisationTakesPart,
    peopleCount: values.peopleCount,
    name: values.name?.display ?? null,
    position: values.position,
    organisationText,
    gender: values.gender,
    phone: values.phone,
    role: values.role,
    person: wordedResolution(row.person, null, language),
    organisation: wordedResolution(row.organisation, row.organisationKind, language),
    duplicateOf: row.duplicateOf,
    alreadyRecorded: row.alreadyRecorded,
    errors: row.errors.map((problem) => wordedProblem(problem, language)),
    warnings: row.warnings.map((warning) => (warning.column ? `${warning.column}: ${word(warning, language)}` : word(warning, language))),
    warningDetails: row.warnings.map((warning) => worded(warning, language)),
  };
}

/** Reads for the dry run go through the same interface as the write transaction's. */
const reader = (db: GraphDatabase): WriteTransaction => ({ run: (name, params) => db.read(name, params), actor: db.actor, requestId: undefined });

export async function previewAttendanceImport(db: GraphDatabase, input: AttendanceImportInput, acceptLanguage: string | null = null): Promise<AttendanceImportPreview> {
  const language = requestLanguage(input.language, acceptLanguage);
  const target = eventTarget(input);
  // The new event first: a date outside its phase is reported as soon as the event is given, whatever the file holds.
  await checkNewEvent(reader(db), target);
  const upload = await readUpload(input, language);
  const [candidates] = await db.read('imports/candidates', { eventId: target.id });
  const { plan, event } = planUpload(upload, candidates!, target, input, language);
  const { sheet } = upload;
  return {
    fileName: input.fileName,
    format: sheet.format,
    encoding: sheet.encoding,
    delimiter: sheet.delimiter,
    sheet: sheet.sheetName,
    sheets: sheet.sheetNames,
    headerRows: upload.headerRows,
    columns: upload.mapping.columns,
    titleSuggestion: await suggestEventFromTitle(reader(db), sheet.rows, upload.headerStart),
    eventId: target.id,
    newEvent: event === null,
    problems: upload.mapping.problems.map((problem) => wordedProblem(problem, language)),
    rows: plan.rows.map((row) => toImportRow(row, language)),
    summary: plan.summary,
    canConfirm: upload.mapping.problems.length === 0 && plan.rows.every((row) => row.status !== ImportStatus.INVALID && row.status !== ImportStatus.AMBIGUOUS),
  };
}

/** Where a problem is, as the officer finds it: the sheet's № when it has one, and the line. */
function rowAt(row: number, rowLabel: string | null, language: ImportLanguage): string {
  return word(rowLabel ? message('ROW_AT_LABEL', { label: rowLabel, row }) : message('ROW_AT', { row }), language);
}

/** Refuses, naming rows and columns, when a row is invalid or still needs a choice (a skipped row is neither). */
function refuseUnlessReady(plan: Plan, language: ImportLanguage): void {
  const invalid = plan.rows.filter((row) => row.status === ImportStatus.INVALID);
  if (invalid.length > 0) {
    const problems = invalid.flatMap((row) => row.errors).map((problem) => wordedProblem(problem, language));
    const listed = problems.slice(0, 10).map((p) => `${rowAt(p.row!, p.rowLabel, language)}${p.column ? `, ${p.column}` : ''}: ${p.message}`).join('; ');
    const more = problems.length > 10 ? `; ${word(message('AND_MORE', { count: problems.length - 10 }), language)}` : '';
    const summary = message(invalid.length === 1 ? 'ROW_INVALID' : 'ROWS_INVALID', { count: invalid.length, listed: `${listed}${more}` });
    throw inputError('file', summary, language, { problems });
  }
  const open = plan.rows.filter((row) => row.status === ImportStatus.AMBIGUOUS);
  if (open.length > 0) {
    const questions = open.flatMap((row) =>
      (['person', 'organisation'] as const)
        .filter((target) => row[target]?.status === ImportStatus.AMBIGUOUS)
        .map((target) => ({ row: row.values.row, rowLabel: row.values.rowLabel, target: target.toUpperCase(), message: wordReason(row[target]!.reason, language) })),
    );
    const listed = questions
      .slice(0, 10)
      .map((q) => `${rowAt(q.row, q.rowLabel, language)} (${word(message(q.target === 'PERSON' ? 'TARGET_PERSON' : 'TARGET_ORGANISATION'), language)}): ${q.message}`)
      .join('; ');
    throw inputError('choices', message(open.length === 1 ? 'ROW_NEEDS_CHOICE' : 'ROWS_NEED_CHOICE', { count: open.length, listed }), language, { questions });
  }
}

async function writeAll(tx: WriteTransaction, name: string, rows: unknown[], params: Record<string, unknown> = {}): Promise<string[]> {
  if (rows.length === 0) return [];
  const [result] = await runNamed(tx, name, { rows, ...params });
  if (Number(result?.written ?? 0) !== rows.length) throw new ConflictError('The graph changed while the sheet was being imported; nothing was written, run the import again');
  return (result?.created as string[] | undefined) ?? [];
}

/** Phone numbers are written sealed (see ContactSeal): the database never holds them in plain text. Counts as integers. */
function sealedContacts(writes: Writes): Omit<Writes, 'participations'> & { participations: (Omit<Writes['participations'][number], 'peopleCount'> & { peopleCount: unknown })[] } {
  const seal = contactSeal();
  return {
    ...writes,
    newPeople: writes.newPeople.map((person) => ({ ...person, properties: { ...person.properties, phone: seal.seal('phone', person.properties.phone as string | null) } })),
    updatedPeople: writes.updatedPeople.map((person) => ({ ...person, phone: seal.seal('phone', person.phone) })),
    // Whole numbers go to Neo4j as integers, not floats.
    participations: writes.participations.map((p) => ({ ...p, peopleCount: p.peopleCount === null ? null : cypherInt(p.peopleCount) })),
  };
}

/** The write statements by name, so that each name appears literally (the Cypher file check reads them). */
function runNamed(tx: WriteTransaction, name: string, params: Record<string, unknown>): Promise<Row[]> {
  switch (name) {
    case 'organisations': return tx.run('imports/create-organisations', params);
    case 'people': return tx.run('imports/create-people', params);
    case 'updates': return tx.run('imports/update-people', params);
    case 'positions': return tx.run('imports/merge-positions', params);
    default: return tx.run('imports/merge-participations', params);
  }
}

/**
 * Two confirmations of the same sheet at once write one copy: every write MERGEs on a unique key. Should one of
 * them still meet the other's uncommitted node at a unique constraint (CONFLICT), it runs once more: planning
 * again, it finds what the other wrote and writes nothing new.
 */
export async function confirmAttendanceImport(db: GraphDatabase, input: AttendanceImportInput, acceptLanguage: string | null = null): Promise<AttendanceImportResult> {
  const language = requestLanguage(input.language, acceptLanguage);
  const target = eventTarget(input);
  const upload = await readUpload(input, language);
  if (upload.mapping.problems.length > 0) {
    const problems = upload.mapping.problems.map((problem) => wordedProblem(problem, language));
    throw new AppError('BAD_USER_INPUT', `mapping: ${problems.map((problem) => problem.message).join('; ')}`, { field: 'mapping', problems });
  }
  try {
    return await writeImport(db, input, target, upload, language);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return writeImport(db, input, target, upload, language);
  }
}

function writeImport(db: GraphDatabase, input: AttendanceImportInput, target: EventTarget, upload: Upload, language: ImportLanguage): Promise<AttendanceImportResult> {
  return db.write(async (tx) => {
    await checkNewEvent(tx, target);
    const [candidates] = await tx.run('imports/candidates', { eventId: target.id });
    const { plan, event: found } = planUpload(upload, candidates!, target, input, language);
    refuseUnlessReady(plan, language);
    const event = found ?? ((await tx.run('imports/create-event', newEventParams(target, sourceOf(input))))[0]?.event as Event);
    const writes = sealedContacts(plan.writes);
    const organisations = await writeAll(tx, 'organisations', writes.organisations);
    const people = await writeAll(tx, 'people', writes.newPeople);
    await writeAll(tx, 'updates', writes.updatedPeople);
    const positions = await writeAll(tx, 'positions', writes.positions);
    const participations = await writeAll(tx, 'participations', writes.participations, { eventId: target.id, source: sourceOf(input) });
    if (people.length + organisations.length + positions.length + participations.length > 0) {
      const counts = { file: input.fileName, participations: participations.length, people: people.length, organisations: organisations.length, positions: positions.length };
      // The history line in both languages (the Change has one summary: the request's language; the other in `after`).
      const summaryIn = (lang: ImportLanguage) =>
        word(message('IMPORTED', { ...counts, event: displayName(event) }), lang) +
        (plan.skippedRows.length > 0 ? word(message('IMPORTED_SKIPPED', { rows: plan.skippedRows.join(', ') }), lang) : '');
      await recordChange(tx, {
        action: ChangeAction.IMPORTED,
        entityType: 'AttendanceSheet',
        subjectId: target.id,
        entityIds: [target.id, ...people, ...organisations, ...writes.participations.map((p) => p.participantId)],
        summary: summaryIn(language),
        after: {
          fileName: input.fileName, participations: participations.length, newPeople: people, newOrganisations: organisations, newPositions: positions.length,
          skippedRows: plan.skippedRows, summaryRu: summaryIn(ImportLanguage.RU), summaryEn: summaryIn(ImportLanguage.EN), messageCode: 'IMPORTED', params: counts,
        },
      });
    }
    return {
      event,
      summary: { ...plan.summary, newPeople: people.length, newOrganisations: organisations.length, newPositions: positions.length, newParticipations: participations.length },
      rows: plan.rows.map((row) => toImportRow(row, language)),
      skippedRows: plan.skippedRows,
      createdPersonIds: people,
      createdOrganisationIds: organisations,
      createdPositionIds: positions,
      createdParticipationIds: participations,
    };
  });
}
