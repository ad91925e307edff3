import { displayName, recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { GraphDatabase, Row, WriteTransaction } from '../db/graph-database.js';
import { AppError, BadInputError, ConflictError } from '../errors.js';
import type { Event } from '../events/event.type.js';
import { contactSeal } from '../privacy/contact-seal.js';
import { findHeader, mapColumns, type Mapping } from './columns.js';
import { checkNewEvent, eventTarget, existingEvent, newEventParams, suggestEventFromTitle, type EventTarget } from './import-event.js';
import type { AttendanceImportInput } from './import.input.js';
import { ImportStatus, type AttendanceImportPreview, type AttendanceImportResult, type ImportRow } from './import.type.js';
import { OrganisationMatcher, type OrganisationRecord } from './organisation-matcher.js';
import { PersonMatcher, type PersonRecord } from './person-matcher.js';
import { planImport, type Plan, type PlannedRow, type Writes } from './plan.js';
import { isSkippedRow, readRowValues, type RowValues } from './row-values.js';
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

async function readUpload(input: AttendanceImportInput): Promise<Upload> {
  const sheet = await readSheet(decodeUpload(input.file), input.fileName, input.sheet);
  const header = findHeader(sheet.rows, input.headerRow);
  const dataRows = sheet.rows.slice(header.dataStart);
  const mapping = mapColumns(header, dataRows, input.mapping);
  const headerStart = header.dataStart - header.rows.length;
  if (mapping.problems.length > 0) return { sheet, headerRows: header.rows, headerStart, mapping, values: [], skipped: 0 };
  const kept = dataRows.filter((row) => !isSkippedRow(row, mapping.columns));
  if (kept.length > maxRows) {
    throw new BadInputError('file', `the sheet has ${kept.length.toLocaleString('en')} rows with data; at most ${maxRows.toLocaleString('en')} can be imported at once: split it`);
  }
  return { sheet, headerRows: header.rows, headerStart, mapping, values: kept.map((row) => readRowValues(row, mapping.columns)), skipped: dataRows.length - kept.length };
}

const sourceOf = (input: AttendanceImportInput) => `attendance sheet "${input.fileName}"`;

/** Plans the upload against the candidates read in one query (outside or inside the write transaction). */
function planUpload(upload: Upload, candidates: Row, target: EventTarget, input: AttendanceImportInput): { plan: Plan; event: Event | null } {
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
  });
  return { plan, event };
}

function toImportRow(row: PlannedRow): ImportRow {
  const { values } = row;
  const organisationText = [values.organisation, values.municipality, values.rayon, values.oblast].filter(Boolean).join(', ') || null;
  return {
    row: values.row,
    status: row.status,
    name: values.name?.display ?? null,
    position: values.position,
    organisationText,
    gender: values.gender,
    phone: values.phone,
    role: values.role,
    person: row.person,
    organisation: row.organisation,
    duplicateOf: row.duplicateOf,
    alreadyRecorded: row.alreadyRecorded,
    errors: row.errors,
    warnings: row.warnings,
  };
}

/** Reads for the dry run go through the same interface as the write transaction's. */
const reader = (db: GraphDatabase): WriteTransaction => ({ run: (name, params) => db.read(name, params), actor: db.actor, requestId: undefined });

export async function previewAttendanceImport(db: GraphDatabase, input: AttendanceImportInput): Promise<AttendanceImportPreview> {
  const target = eventTarget(input);
  // The new event first: a date outside its phase is reported as soon as the event is given, whatever the file holds.
  await checkNewEvent(reader(db), target);
  const upload = await readUpload(input);
  const [candidates] = await db.read('imports/candidates', { eventId: target.id });
  const { plan, event } = planUpload(upload, candidates!, target, input);
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
    problems: upload.mapping.problems,
    rows: plan.rows.map(toImportRow),
    summary: plan.summary,
    canConfirm: upload.mapping.problems.length === 0 && plan.rows.every((row) => row.status !== ImportStatus.INVALID && row.status !== ImportStatus.AMBIGUOUS),
  };
}

/** Refuses, naming rows and columns, when a row is invalid or still needs a choice. */
function refuseUnlessReady(plan: Plan): void {
  const invalid = plan.rows.filter((row) => row.status === ImportStatus.INVALID);
  if (invalid.length > 0) {
    const problems = invalid.flatMap((row) => row.errors);
    const listed = problems.slice(0, 10).map((p) => `row ${p.row}, ${p.column}: ${p.message}`).join('; ');
    const more = problems.length > 10 ? `; and ${problems.length - 10} more` : '';
    throw new AppError('BAD_USER_INPUT', `file: ${invalid.length} ${invalid.length === 1 ? 'row is' : 'rows are'} invalid, nothing was written: ${listed}${more}`, { field: 'file', problems });
  }
  const open = plan.rows.filter((row) => row.status === ImportStatus.AMBIGUOUS);
  if (open.length > 0) {
    const questions = open.flatMap((row) =>
      (['person', 'organisation'] as const)
        .filter((target) => row[target]?.status === ImportStatus.AMBIGUOUS)
        .map((target) => ({ row: row.values.row, target: target.toUpperCase(), message: row[target]!.reason })),
    );
    const listed = questions.slice(0, 10).map((q) => `row ${q.row} (${q.target.toLowerCase()}): ${q.message}`).join('; ');
    throw new AppError('BAD_USER_INPUT', `choices: ${open.length} ${open.length === 1 ? 'row needs' : 'rows need'} a choice, nothing was written: ${listed}`, { field: 'choices', questions });
  }
}

async function writeAll(tx: WriteTransaction, name: string, rows: unknown[], params: Record<string, unknown> = {}): Promise<string[]> {
  if (rows.length === 0) return [];
  const [result] = await runNamed(tx, name, { rows, ...params });
  if (Number(result?.written ?? 0) !== rows.length) throw new ConflictError('The graph changed while the sheet was being imported; nothing was written, run the import again');
  return (result?.created as string[] | undefined) ?? [];
}

/** Phone numbers are written sealed (see ContactSeal): the database never holds them in plain text. */
function sealedContacts(writes: Writes): Writes {
  const seal = contactSeal();
  return {
    ...writes,
    newPeople: writes.newPeople.map((person) => ({ ...person, properties: { ...person.properties, phone: seal.seal('phone', person.properties.phone as string | null) } })),
    updatedPeople: writes.updatedPeople.map((person) => ({ ...person, phone: seal.seal('phone', person.phone) })),
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
export async function confirmAttendanceImport(db: GraphDatabase, input: AttendanceImportInput): Promise<AttendanceImportResult> {
  const target = eventTarget(input);
  const upload = await readUpload(input);
  if (upload.mapping.problems.length > 0) throw new BadInputError('mapping', upload.mapping.problems.map((problem) => problem.message).join('; '));
  try {
    return await writeImport(db, input, target, upload);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return writeImport(db, input, target, upload);
  }
}

function writeImport(db: GraphDatabase, input: AttendanceImportInput, target: EventTarget, upload: Upload): Promise<AttendanceImportResult> {
  return db.write(async (tx) => {
    await checkNewEvent(tx, target);
    const [candidates] = await tx.run('imports/candidates', { eventId: target.id });
    const { plan, event: found } = planUpload(upload, candidates!, target, input);
    refuseUnlessReady(plan);
    const event = found ?? ((await tx.run('imports/create-event', newEventParams(target, sourceOf(input))))[0]?.event as Event);
    const writes = sealedContacts(plan.writes);
    const organisations = await writeAll(tx, 'organisations', writes.organisations);
    const people = await writeAll(tx, 'people', writes.newPeople);
    await writeAll(tx, 'updates', writes.updatedPeople);
    const positions = await writeAll(tx, 'positions', writes.positions);
    const participations = await writeAll(tx, 'participations', writes.participations, { eventId: target.id, source: sourceOf(input) });
    if (people.length + organisations.length + positions.length + participations.length > 0) {
      await recordChange(tx, {
        action: ChangeAction.IMPORTED,
        entityType: 'AttendanceSheet',
        subjectId: target.id,
        entityIds: [target.id, ...people, ...organisations, ...writes.participations.map((p) => p.participantId)],
        summary: `Imported ${input.fileName} into ${displayName(event)}: ${participations.length} participations, ${people.length} new people, ${organisations.length} new organisations, ${positions.length} new posts`,
        after: { fileName: input.fileName, participations: participations.length, newPeople: people, newOrganisations: organisations, newPositions: positions.length },
      });
    }
    return {
      event,
      summary: { ...plan.summary, newPeople: people.length, newOrganisations: organisations.length, newPositions: positions.length, newParticipations: participations.length },
      rows: plan.rows.map(toImportRow),
      createdPersonIds: people,
      createdOrganisationIds: organisations,
      createdPositionIds: positions,
      createdParticipationIds: participations,
    };
  });
}
