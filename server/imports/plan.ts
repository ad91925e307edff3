import { namesProperties } from '../common/names.input.js';
import { BadInputError } from '../errors.js';
import type { ImportChoiceInput } from './import.input.js';
import { ImportField, ImportStatus, ImportTarget, type ImportColumn, type ImportProblem, type ImportSummary } from './import.type.js';
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
}

export interface PlannedRow {
  values: RowValues;
  status: ImportStatus;
  person: Resolution | null;
  organisation: Resolution | null;
  duplicateOf: number | null;
  alreadyRecorded: boolean;
  errors: ImportProblem[];
  warnings: string[];
}

export interface Writes {
  organisations: { id: string; properties: Record<string, unknown> }[];
  newPeople: { id: string; properties: Record<string, unknown> }[];
  updatedPeople: { id: string; gender: string | null; phone: string | null }[];
  positions: { id: string; personId: string; organisationId: string; observedOn: string; properties: Record<string, unknown> }[];
  participations: { key: string; id: string; participantId: string; role: string; roleGiven: boolean; representingId: string | null; alreadyRecorded: boolean }[];
}

export interface Plan {
  rows: PlannedRow[];
  writes: Writes;
  summary: ImportSummary;
}

const bad = new Set([ImportStatus.INVALID, ImportStatus.AMBIGUOUS]);
const resolved = (resolution: Resolution | null) => (resolution && (resolution.status === ImportStatus.MATCH || resolution.status === ImportStatus.CREATE) ? resolution.id : null);

function namesFor(written: string, aliases: string[] = []) {
  const cyrillic = /\p{Script=Cyrillic}/u.test(written);
  return namesProperties({ nameRu: cyrillic ? written : null, nameEn: cyrillic ? null : written, nameKy: /[ңөүҢӨҮ]/u.test(written) ? written : null, aliases });
}

export function planImport(rows: readonly RowValues[], skipped: number, ctx: PlanContext): Plan {
  const rowNumbers = new Set(rows.map((row) => row.row));
  const choices = new Map<string, ImportChoiceInput>();
  for (const choice of ctx.choices) {
    if (!rowNumbers.has(choice.row)) throw new BadInputError('choices', `row ${choice.row} is not a row of the sheet with data`);
    if (Boolean(choice.id) === Boolean(choice.createNew)) throw new BadInputError('choices', `row ${choice.row}: give either id or createNew: true`);
    choices.set(`${choice.row}|${choice.target}`, choice);
  }
  const organisations = new Map<string, Writes['organisations'][number]>();
  const writes: Writes = { organisations: [], newPeople: [], updatedPeople: [], positions: [], participations: [] };
  const updates = new Map<string, Writes['updatedPeople'][number]>();
  const participations = new Map<string, Writes['participations'][number]>();
  const firstRowOf = new Map<string, number>();
  const planned: PlannedRow[] = [];

  for (const values of rows) {
    const errors = [...values.errors];
    const warnings = [...values.warnings];
    const organisation = resolveOrganisation(values, ctx, choices.get(`${values.row}|${ImportTarget.ORGANISATION}`), errors, warnings, organisations);
    const person = values.name ? resolvePerson(values, values.name, resolved(organisation), ctx, choices.get(`${values.row}|${ImportTarget.PERSON}`), errors.length > 0) : null;
    const id = resolved(person);
    const duplicateOf = id ? (firstRowOf.get(id) ?? null) : null;
    if (id && duplicateOf === null) firstRowOf.set(id, values.row);
    const statuses = [person?.status, organisation?.status];
    const status =
      errors.length > 0 || statuses.includes(ImportStatus.INVALID) ? ImportStatus.INVALID
      : statuses.includes(ImportStatus.AMBIGUOUS) ? ImportStatus.AMBIGUOUS
      : duplicateOf !== null ? ImportStatus.DUPLICATE
      : statuses.includes(ImportStatus.CREATE) ? ImportStatus.CREATE
      : ImportStatus.MATCH;
    const row: PlannedRow = { values, status, person, organisation, duplicateOf, alreadyRecorded: Boolean(id && ctx.participantIds.has(id)), errors, warnings };
    planned.push(row);
    if (!bad.has(status) && id) collectWrites(row, id, resolved(organisation), ctx, { writes, updates, participations, organisations });
  }
  writes.updatedPeople = [...updates.values()];
  writes.participations = [...participations.values()];
  return { rows: planned, writes, summary: summarise(planned, skipped, writes) };
}

function resolveOrganisation(
  values: RowValues,
  ctx: PlanContext,
  choice: ImportChoiceInput | undefined,
  errors: ImportProblem[],
  warnings: string[],
  created: Map<string, Writes['organisations'][number]>,
): Resolution | null {
  const found = ctx.organisations.match(values);
  if (!found) {
    if (choice) throw new BadInputError('choices', `row ${values.row} names no organisation to choose`);
    const generic = values.organisation ?? values.municipality;
    if (generic) warnings.push(`"${generic}" does not say which organisation; recorded without one`);
    return null;
  }
  const create = (): Resolution => {
    const id = organisationId(found.place);
    if (!created.has(id)) created.set(id, { id, properties: { id, kind: 'OTHER', ...namesFor(found.place), source: ctx.source } });
    return toCreate(id, found.place, 'not in the graph');
  };
  if (choice?.id) {
    const chosen = ctx.organisations.get(choice.id);
    if (!chosen) throw new BadInputError('choices', `row ${values.row}: no organisation with id "${choice.id}"`);
    return { ...matched({ id: chosen.id, name: chosen.name, score: 1, reason: 'chosen' }), score: null, chosen: true };
  }
  if (choice?.createNew) {
    if (found.municipal) throw new BadInputError('choices', `row ${values.row}: "${found.place}" names an ayil okmotu or town; choose one of the candidates (imports do not create municipalities)`);
    return { ...create(), chosen: true, reason: 'chosen: create a new organisation' };
  }
  const decision = decide(found.scored);
  if (decision && 'match' in decision) return matched(decision.match);
  if (decision) {
    const [only] = decision.ambiguous;
    return ambiguous(decision.ambiguous, decision.ambiguous.length > 1 ? `${decision.ambiguous.length} organisations could be meant by "${found.place}"` : `"${found.place}" is not close enough to ${only!.name} to be sure`);
  }
  if (!found.municipal) return create();
  const column = ctx.columns.find((c) => c.field === (values.organisation && !values.municipality ? ImportField.ORGANISATION : ImportField.MUNICIPALITY))
    ?? ctx.columns.find((c) => c.field === ImportField.ORGANISATION);
  const message = `no ayil okmotu or town is called "${found.place}"`;
  errors.push({ row: values.row, column: column ? column.header || column.letter : null, columnIndex: column?.index ?? null, field: column?.field ?? null, message });
  return invalid(message);
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
    if (!chosen || chosen.plannedBy !== null) throw new BadInputError('choices', `row ${values.row}: no person with id "${choice.id}"`);
    return { ...matched({ id: chosen.id, name: chosen.nameRu ?? chosen.nameEn ?? chosen.id, score: 1, reason: 'chosen' }), score: null, chosen: true };
  }
  if (!choice?.createNew) {
    const decision = decide(ctx.people.match(name, organisationId));
    if (decision && 'match' in decision) return matched(decision.match);
    if (decision) {
      const [only] = decision.ambiguous;
      return ambiguous(decision.ambiguous, decision.ambiguous.length > 1 ? `${decision.ambiguous.length} people could be "${name.display}"` : `"${name.display}" is not close enough to ${only!.name} to be sure`);
    }
  }
  const id = personId(name, organisationId);
  const existing = ctx.people.get(id);
  if (existing) return matched({ id, name: existing.nameRu ?? existing.nameEn ?? id, score: 1, reason: existing.plannedBy ? `same person as row ${existing.plannedBy}` : 'created by an earlier import of this name' });
  const record: PersonRecord = { id, ...namesFor(name.display, nameVariants(name)), gender: values.gender, phone: values.phone, posts: [] };
  if (!hasErrors) ctx.people.plan(record, values.row);
  const resolution = toCreate(id, name.display, 'not in the graph');
  return choice?.createNew ? { ...resolution, chosen: true, reason: 'chosen: create a new person' } : resolution;
}

interface Collected {
  writes: Writes;
  updates: Map<string, Writes['updatedPeople'][number]>;
  participations: Map<string, Writes['participations'][number]>;
  organisations: Map<string, Writes['organisations'][number]>;
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
    if (person.gender && values.gender && person.gender !== values.gender) row.warnings.push(`the sheet says ${values.gender} but the graph has ${person.gender}; the graph's is kept`);
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
    into.participations.set(key, { key, id: participationId(key), participantId: personId, role: values.role, roleGiven: values.roleGiven, representingId: organisationId, alreadyRecorded: row.alreadyRecorded });
  } else {
    earlier.representingId ??= organisationId;
    if (values.roleGiven && !earlier.roleGiven) Object.assign(earlier, { role: values.role, roleGiven: true });
  }
}

/** Sheets shorten titles: "Руководитель проекта" is the post "Руководитель проекта «Улучшение услуг…»". */
function sameTitle(a: string, b: string): boolean {
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
    newPeople: writes.newPeople.length,
    newOrganisations: writes.organisations.length,
    newPositions: writes.positions.length,
    newParticipations: writes.participations.filter((p) => !p.alreadyRecorded).length,
  };
}
