import { namesProperties } from '../common/names.input.js';
import { AppError } from '../errors.js';
import { OrganisationKind } from '../organisations/organisation.type.js';
import type { ImportChoiceInput } from './import.input.js';
import { ImportField, ImportStatus, ImportTarget, type ImportColumn, type ImportSummary } from './import.type.js';
import { inputError, message, type ImportLanguage, type Message, type Problem, type Warning } from './import-messages.js';
import { legalFormOf } from './legal-forms.js';
import { organisationId, participationId, personId, positionId, titleKey } from './import-ids.js';
import type { OrganisationMatcher } from './organisation-matcher.js';
import type { PersonMatcher, PersonRecord } from './person-matcher.js';
import { nameVariants, type PersonName } from './person-names.js';
import { postKind } from './post-kind.js';
import { ambiguous, decide, invalid, matched, toCreate, type Resolution } from './resolution.js';
import type { RowValues } from './row-values.js';

/**
 * The dry run: what each row of a sheet refers to and what confirming would write. Pure: the same sheet,
 * choices and graph always give the same plan, which is what makes a confirmed import repeatable.
 */
export interface PlanContext {
  eventId: string;
  eventDate: string;
  participantIds: Set<string>;
  people: PersonMatcher;
  organisations: OrganisationMatcher;
  columns: ImportColumn[];
  choices: readonly ImportChoiceInput[];
  source: string;
  /** Only for refusing a choice that does not fit (the plan itself holds codes, worded later). */
  language: ImportLanguage;
}

export interface PlannedRow {
  values: RowValues;
  status: ImportStatus;
  person: Resolution | null;
  organisation: Resolution | null;
  /** The kind a new organisation will be created with (guessed from its legal form, or chosen). */
  organisationKind: string | null;
  duplicateOf: number | null;
  alreadyRecorded: boolean;
  errors: Problem[];
  warnings: Warning[];
}

export interface Writes {
  organisations: { id: string; properties: Record<string, unknown> }[];
  newPeople: { id: string; properties: Record<string, unknown> }[];
  updatedPeople: { id: string; gender: string | null; phone: string | null }[];
  positions: { id: string; personId: string; organisationId: string; observedOn: string; properties: Record<string, unknown> }[];
  participations: {
    key: string;
    id: string;
    participantId: string;
    role: string;
    roleGiven: boolean;
    representingId: string | null;
    /** For an organisation taking part: how many of its people came, when the sheet says. */
    peopleCount: number | null;
    alreadyRecorded: boolean;
  }[];
}

export interface Plan {
  rows: PlannedRow[];
  writes: Writes;
  summary: ImportSummary;
  /** Rows the editor chose to skip, in sheet order. */
  skippedRows: number[];
}

const bad = new Set([ImportStatus.INVALID, ImportStatus.AMBIGUOUS]);
const resolved = (resolution: Resolution | null) => (resolution && (resolution.status === ImportStatus.MATCH || resolution.status === ImportStatus.CREATE) ? resolution.id : null);
const municipalKinds = new Set<string>([OrganisationKind.AYIL_OKMOTU, OrganisationKind.TOWN_ADMINISTRATION]);

function namesFor(written: string, aliases: string[] = []) {
  const cyrillic = /\p{Script=Cyrillic}/u.test(written);
  return namesProperties({ nameRu: cyrillic ? written : null, nameEn: cyrillic ? null : written, nameKy: /[ңөүҢӨҮ]/u.test(written) ? written : null, aliases });
}

interface Choices {
  byTarget: Map<string, ImportChoiceInput>;
  skip: Set<number>;
}

function readChoices(rows: readonly RowValues[], ctx: PlanContext): Choices {
  const rowNumbers = new Set(rows.map((row) => row.row));
  const refuse = (item: Message) => inputError('choices', item, ctx.language);
  const byTarget = new Map<string, ImportChoiceInput>();
  const skip = new Set<number>();
  for (const choice of ctx.choices) {
    if (!rowNumbers.has(choice.row)) throw refuse(message('CHOICE_ROW_UNKNOWN', { row: choice.row }));
    if (choice.skip) {
      if (choice.id || choice.createNew || choice.kind) throw refuse(message('CHOICE_EITHER', { row: choice.row }));
      skip.add(choice.row);
      continue;
    }
    const kindOnly = Boolean(choice.kind) && !choice.id && !choice.createNew;
    if (!kindOnly && Boolean(choice.id) === Boolean(choice.createNew)) throw refuse(message('CHOICE_EITHER', { row: choice.row }));
    if (choice.kind && (choice.id || choice.target !== ImportTarget.ORGANISATION)) throw refuse(message('CHOICE_KIND_NOT_NEW', { row: choice.row }));
    if (choice.kind && municipalKinds.has(choice.kind)) throw refuse(message('CHOICE_KIND_MUNICIPAL', { row: choice.row }));
    byTarget.set(`${choice.row}|${choice.target}`, choice);
  }
  return { byTarget, skip };
}

export function planImport(rows: readonly RowValues[], skipped: number, ctx: PlanContext): Plan {
  const choices = readChoices(rows, ctx);
  const organisations = new Map<string, Writes['organisations'][number]>();
  const writes: Writes = { organisations: [], newPeople: [], updatedPeople: [], positions: [], participations: [] };
  const updates = new Map<string, Writes['updatedPeople'][number]>();
  const participations = new Map<string, Writes['participations'][number]>();
  const firstRowOf = new Map<string, number>();
  const planned: PlannedRow[] = [];

  for (const values of rows) {
    const skip = choices.skip.has(values.row);
    const errors = [...values.errors];
    const warnings = [...values.warnings];
    const organisationChoice = choices.byTarget.get(`${values.row}|${ImportTarget.ORGANISATION}`);
    const organisation = resolveOrganisation(values, ctx, organisationChoice, errors, warnings, organisations);
    const organisationId = resolved(organisation);
    const personChoice = choices.byTarget.get(`${values.row}|${ImportTarget.PERSON}`);
    const person = values.name ? resolvePerson(values, values.name, organisationId, ctx, personChoice, errors.length > 0 || skip) : null;
    if (values.organisationTakesPart) takesPart(values, organisation, ctx.columns, errors, warnings);
    const id = values.organisationTakesPart ? organisationId : resolved(person);
    const duplicateOf = id && !skip ? (firstRowOf.get(id) ?? null) : null;
    if (id && !skip && duplicateOf === null) firstRowOf.set(id, values.row);
    const statuses = [person?.status, organisation?.status];
    const status =
      skip ? ImportStatus.SKIPPED
      : errors.length > 0 || statuses.includes(ImportStatus.INVALID) ? ImportStatus.INVALID
      : statuses.includes(ImportStatus.AMBIGUOUS) ? ImportStatus.AMBIGUOUS
      : duplicateOf !== null ? ImportStatus.DUPLICATE
      : statuses.includes(ImportStatus.CREATE) ? ImportStatus.CREATE
      : ImportStatus.MATCH;
    const organisationKind = organisation?.status === ImportStatus.CREATE && organisationId ? (organisations.get(organisationId)?.properties.kind as string) : null;
    const row: PlannedRow = { values, status, person, organisation, organisationKind, duplicateOf, alreadyRecorded: Boolean(id && ctx.participantIds.has(id)), errors, warnings };
    planned.push(row);
    if (bad.has(status) || status === ImportStatus.SKIPPED || !id) continue;
    if (values.organisationTakesPart) collectOrganisationWrites(row, id, ctx, { writes, updates, participations, organisations });
    else collectWrites(row, id, organisationId, ctx, { writes, updates, participations, organisations });
  }
  writes.updatedPeople = [...updates.values()];
  writes.participations = [...participations.values()];
  const skippedRows = planned.filter((row) => row.status === ImportStatus.SKIPPED).map((row) => row.values.row);
  return { rows: planned, writes, summary: summarise(planned, skipped, writes), skippedRows };
}

/** The problem of a row in the column that holds what it is about. */
function problemIn(values: RowValues, column: ImportColumn | undefined, item: Message): Problem {
  return { ...item, row: values.row, rowLabel: values.rowLabel, column: column ? column.header || column.letter : null, columnIndex: column?.index ?? null, field: column?.field ?? null };
}

/** The column a row's organisation was read from. */
function organisationColumn(values: RowValues, columns: ImportColumn[]): ImportColumn | undefined {
  const field = values.organisation && !values.municipality ? ImportField.ORGANISATION : ImportField.MUNICIPALITY;
  return columns.find((c) => c.field === field) ?? columns.find((c) => c.field === ImportField.ORGANISATION) ?? columns.find((c) => c.field === ImportField.FULL_NAME || c.field === ImportField.SURNAME);
}

/** An organisation taking part on its own needs one the import can record; says so in a warning. */
function takesPart(values: RowValues, organisation: Resolution | null, columns: ImportColumn[], errors: Problem[], warnings: Warning[]): void {
  const written = values.organisation ?? values.municipality ?? '';
  if (!organisation) {
    if (errors.length === 0) errors.push(problemIn(values, organisationColumn(values, columns), message('NO_PARTICIPANT', { value: written })));
    return;
  }
  const count = values.peopleCount;
  warnings.push({ ...message(count ? 'ORGANISATION_TAKES_PART_PEOPLE' : 'ORGANISATION_TAKES_PART', { value: written, count }), column: null });
}

function resolveOrganisation(
  values: RowValues,
  ctx: PlanContext,
  choice: ImportChoiceInput | undefined,
  errors: Problem[],
  warnings: Warning[],
  created: Map<string, Writes['organisations'][number]>,
): Resolution | null {
  const refuse = (item: Message) => inputError('choices', item, ctx.language);
  const found = ctx.organisations.match(values);
  if (!found) {
    if (choice) throw refuse(message('CHOICE_NOTHING_TO_CHOOSE', { row: values.row }));
    const generic = values.organisation ?? values.municipality;
    if (generic && !values.organisationTakesPart) warnings.push({ ...message('ORGANISATION_UNSPECIFIED', { value: generic }), column: null });
    return null;
  }
  // «(Сузакский р-н)», «/ Тюп»: once the rayon is taken off nothing names the organisation: the cell is wrong, not the sheet.
  if (!/\p{L}/u.test(found.place)) {
    const written = values.organisation ?? values.municipality ?? '';
    errors.push(problemIn(values, organisationColumn(values, ctx.columns), message('ORGANISATION_EMPTY', { value: written })));
    return invalid([message('ORGANISATION_EMPTY', { value: written })]);
  }
  const create = (): Resolution => {
    const id = organisationId(found.place);
    const form = legalFormOf(found.place);
    const kind = choice?.kind ?? form?.kind ?? OrganisationKind.OTHER;
    if (!created.has(id)) {
      try {
        created.set(id, { id, properties: { id, kind, ...namesFor(found.place), source: ctx.source } });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        errors.push(problemIn(values, organisationColumn(values, ctx.columns), message('ORGANISATION_NAME_REFUSED', { value: found.place })));
        return invalid([message('ORGANISATION_NAME_REFUSED', { value: found.place })]);
      }
    }
    const reason = [form ? message('NOT_IN_GRAPH_KIND', { form: form.form, kind: form.kind }) : message('NOT_IN_GRAPH')];
    if (choice?.kind) reason.push(message('CHOSEN_KIND', { kind: choice.kind }));
    return toCreate(id, found.place, reason);
  };
  if (choice?.id) {
    const chosen = ctx.organisations.get(choice.id);
    if (!chosen) throw refuse(message('CHOICE_NO_ORGANISATION', { row: values.row, id: choice.id }));
    return { ...matched({ id: chosen.id, name: chosen.name, score: 1, reason: [message('CHOSEN')] }), score: null, chosen: true };
  }
  if (choice?.createNew) {
    if (found.municipal) throw refuse(message('CHOICE_MUNICIPALITY_NOT_CREATED', { row: values.row, place: found.place }));
    const resolution = create();
    return resolution.status === ImportStatus.CREATE ? { ...resolution, chosen: true, reason: [message('CHOSEN_CREATE_ORGANISATION'), ...resolution.reason.slice(1)] } : resolution;
  }
  const decision = decide(found.scored);
  if (decision && 'match' in decision) {
    if (choice?.kind) throw refuse(message('CHOICE_KIND_NOT_NEW', { row: values.row }));
    return matched(decision.match);
  }
  if (decision) {
    const [only] = decision.ambiguous;
    return ambiguous(
      decision.ambiguous,
      [decision.ambiguous.length > 1 ? message('ORGANISATIONS_SEVERAL', { count: decision.ambiguous.length, text: found.place }) : message('NOT_CLOSE_ENOUGH', { text: found.place, name: only!.name })],
    );
  }
  if (!found.municipal) {
    return create();
  }
  if (choice?.kind) throw refuse(message('CHOICE_KIND_MUNICIPAL', { row: values.row }));
  const problem = message('MUNICIPALITY_UNKNOWN', { place: found.place });
  errors.push(problemIn(values, organisationColumn(values, ctx.columns), problem));
  return invalid([problem]);
}

function resolvePerson(
  values: RowValues,
  name: PersonName,
  organisationId: string | null,
  ctx: PlanContext,
  choice: ImportChoiceInput | undefined,
  hasErrors: boolean,
): Resolution {
  if (choice?.id) {
    const chosen = ctx.people.get(choice.id);
    if (!chosen || chosen.plannedBy !== null) throw inputError('choices', message('CHOICE_NO_PERSON', { row: values.row, id: choice.id }), ctx.language);
    return { ...matched({ id: chosen.id, name: chosen.nameRu ?? chosen.nameEn ?? chosen.id, score: 1, reason: [message('CHOSEN')] }), score: null, chosen: true };
  }
  if (!choice?.createNew) {
    const decision = decide(ctx.people.match(name, organisationId));
    if (decision && 'match' in decision) return matched(decision.match);
    if (decision) {
      const [only] = decision.ambiguous;
      return ambiguous(
        decision.ambiguous,
        [decision.ambiguous.length > 1 ? message('PEOPLE_SEVERAL', { count: decision.ambiguous.length, text: name.display }) : message('NOT_CLOSE_ENOUGH', { text: name.display, name: only!.name })],
      );
    }
  }
  const id = personId(name, organisationId);
  const existing = ctx.people.get(id);
  if (existing) {
    const reason = existing.plannedBy ? message('SAME_PERSON_AS_ROW', { row: existing.plannedBy }) : message('CREATED_BY_EARLIER_IMPORT');
    return matched({ id, name: existing.nameRu ?? existing.nameEn ?? id, score: 1, reason: [reason] });
  }
  const record: PersonRecord = { id, ...namesFor(name.display, nameVariants(name)), gender: values.gender, phone: values.phone, posts: [] };
  if (!hasErrors) ctx.people.plan(record, values.row);
  const resolution = toCreate(id, name.display, [message('NOT_IN_GRAPH')]);
  return choice?.createNew ? { ...resolution, chosen: true, reason: [message('CHOSEN_CREATE_PERSON')] } : resolution;
}

interface Collected {
  writes: Writes;
  updates: Map<string, Writes['updatedPeople'][number]>;
  participations: Map<string, Writes['participations'][number]>;
  organisations: Map<string, Writes['organisations'][number]>;
}

/** An organisation taking part on its own: created when new, recorded once at the event with the people it sent. */
function collectOrganisationWrites(row: PlannedRow, organisationId: string, ctx: PlanContext, into: Collected): void {
  const { values } = row;
  if (into.organisations.has(organisationId) && !into.writes.organisations.some((o) => o.id === organisationId)) {
    into.writes.organisations.push(into.organisations.get(organisationId)!);
  }
  const key = `${organisationId}|${ctx.eventId}`;
  const earlier = into.participations.get(key);
  if (!earlier) {
    into.participations.set(key, {
      key, id: participationId(key), participantId: organisationId, role: values.role, roleGiven: values.roleGiven,
      representingId: null, peopleCount: values.peopleCount, alreadyRecorded: row.alreadyRecorded,
    });
  } else {
    // Two rows of one delegation («(2 чел.)» and «(3 чел.)»): the people they sent add up.
    if (values.peopleCount !== null) earlier.peopleCount = (earlier.peopleCount ?? 0) + values.peopleCount;
    if (values.roleGiven && !earlier.roleGiven) Object.assign(earlier, { role: values.role, roleGiven: true });
  }
}

function collectWrites(row: PlannedRow, personId: string, organisationId: string | null, ctx: PlanContext, into: Collected): void {
  const { values } = row;
  const person = ctx.people.get(personId)!;
  if (row.person?.status === ImportStatus.CREATE && row.duplicateOf === null) {
    const { posts: _posts, plannedBy: _row, ...properties } = person;
    into.writes.newPeople.push({ id: personId, properties: { ...properties, source: ctx.source } });
  } else if (person.plannedBy === null) {
    const gender = !person.gender && values.gender ? values.gender : null;
    const phone = !person.phone && values.phone ? values.phone : null;
    if (person.gender && values.gender && person.gender !== values.gender) row.warnings.push({ ...message('GENDER_CONFLICT', { sheet: values.gender, graph: person.gender }), column: null });
    if (gender || phone) {
      const update = into.updates.get(personId) ?? { id: personId, gender: null, phone: null };
      into.updates.set(personId, { id: personId, gender: update.gender ?? gender, phone: update.phone ?? phone });
    }
  }
  if (organisationId && into.organisations.has(organisationId) && !into.writes.organisations.some((o) => o.id === organisationId)) {
    into.writes.organisations.push(into.organisations.get(organisationId)!);
  }
  if (organisationId && values.position) {
    const title = values.position;
    const same = person.posts.some((post) => post.organisationId === organisationId && [post.title, post.titleRu].some((t) => t && sameTitle(t, title)));
    if (!same) {
      const id = positionId(personId, organisationId, title);
      const titleRu = /\p{Script=Cyrillic}/u.test(title) ? title : null;
      into.writes.positions.push({ id, personId, organisationId, observedOn: ctx.eventDate, properties: { id, kind: postKind(title), title, titleRu, source: ctx.source } });
      ctx.people.addPost(personId, { id, organisationId, title, titleRu });
    }
  }
  const key = `${personId}|${ctx.eventId}`;
  const earlier = into.participations.get(key);
  if (!earlier) {
    into.participations.set(key, { key, id: participationId(key), participantId: personId, role: values.role, roleGiven: values.roleGiven, representingId: organisationId, peopleCount: null, alreadyRecorded: row.alreadyRecorded });
  } else {
    earlier.representingId ??= organisationId;
    if (values.roleGiven && !earlier.roleGiven) Object.assign(earlier, { role: values.role, roleGiven: true });
  }
}

/** Sheets shorten titles: "Руководитель проекта" is the post "Руководитель проекта «Улучшение услуг…»". */
export function sameTitle(a: string, b: string): boolean {
  const [x, y] = [titleKey(a), titleKey(b)];
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

function summarise(rows: PlannedRow[], skipped: number, writes: Writes): ImportSummary {
  const count = (status: ImportStatus) => rows.filter((row) => row.status === status).length;
  return {
    rows: rows.length,
    create: count(ImportStatus.CREATE),
    match: count(ImportStatus.MATCH),
    ambiguous: count(ImportStatus.AMBIGUOUS),
    invalid: count(ImportStatus.INVALID),
    duplicate: count(ImportStatus.DUPLICATE),
    skipped,
    skippedByChoice: count(ImportStatus.SKIPPED),
    newPeople: writes.newPeople.length,
    newOrganisations: writes.organisations.length,
    newPositions: writes.positions.length,
    newParticipations: writes.participations.filter((p) => !p.alreadyRecorded).length,
  };
}
