import { cleanText } from '../imports/name-keys.js';
import { isCompleteName, parsePersonName, type PersonName } from '../imports/person-names.js';
import { legalFormOf } from '../imports/legal-forms.js';
import { OrganisationKind } from '../organisations/organisation.type.js';
import { ParticipationRole } from '../participations/participation.type.js';
import { ConfirmRefusal, type ImportLanguage } from './confirm-messages.js';
import { PressDecision, type PressReleaseConfirmInput } from './confirm.input.js';

/**
 * The editor's decisions read and checked without the graph: every field a decision needs is there, offsets point at
 * the text the decision quotes, a person's organisationText names one of the organisation decisions. The checks that
 * need the graph (ids exist and are of the right kind, the date lies in the phase) follow in the transaction.
 */
export interface OrganisationChoice {
  index: number;
  decision: PressDecision;
  text: string;
  /** For MATCH: the node; for CREATE: null (its id is made from the name). */
  id: string | null;
  /** For CREATE: the name to store and the kind. */
  name: string | null;
  kind: OrganisationKind | null;
  role: ParticipationRole;
  roleGiven: boolean;
}

export interface PersonChoice {
  index: number;
  decision: PressDecision;
  id: string | null;
  name: PersonName | null;
  post: string | null;
  /** The organisation decision they represent (by organisationText), or an existing organisation (organisationId). */
  organisationIndex: number | null;
  organisationId: string | null;
  role: ParticipationRole;
  roleGiven: boolean;
}

export interface Decisions {
  organisations: OrganisationChoice[];
  people: PersonChoice[];
}

/**
 * Local government bodies: all 536 units' ayil okmotus and administrations come with the graph (from SOATE, with the
 * territory each governs). One created from a release would govern nothing and duplicate the real one.
 */
const localGovernmentKinds = new Set<string>([
  OrganisationKind.AYIL_OKMOTU, OrganisationKind.TOWN_ADMINISTRATION, OrganisationKind.RAYON_ADMINISTRATION, OrganisationKind.OBLAST_ADMINISTRATION,
]);

/** The kind a new organisation is stored with: as the editor chose it (every OrganisationKind is stored as is). */
export function storedOrganisationKind(kind: OrganisationKind): OrganisationKind {
  return kind;
}

const MAX_NAME = 300;

interface Mention {
  text: string;
  start?: number | null;
  end?: number | null;
}

function checkOffsets(field: string, mention: Mention, text: string, language: ImportLanguage): void {
  const { start, end } = mention;
  if ((start === null || start === undefined) && (end === null || end === undefined)) return;
  if (start === null || start === undefined || end === null || end === undefined) throw new ConfirmRefusal(`${field}.start`, 'OFFSETS_PAIR', {}, language);
  if (start >= end || end > text.length) throw new ConfirmRefusal(`${field}.end`, 'OFFSETS_OUTSIDE', { start, end, length: text.length }, language);
  const found = text.slice(start, end);
  if (found !== mention.text) throw new ConfirmRefusal(`${field}.text`, 'OFFSETS_TEXT', { start, end, found: found.slice(0, 200), text: mention.text.slice(0, 200) }, language);
}

const roleOf = (role: ParticipationRole | null | undefined) => ({ role: role ?? ParticipationRole.PARTICIPANT, roleGiven: Boolean(role) });

function readOrganisation(input: PressReleaseConfirmInput, index: number, language: ImportLanguage): OrganisationChoice {
  const field = `organisations[${index}]`;
  const item = input.organisations[index]!;
  checkOffsets(field, item, input.text, language);
  const base = { index, decision: item.decision, text: item.text, id: null, name: null, kind: null, ...roleOf(item.role) };
  if (item.decision === PressDecision.IGNORE) return base;
  if (item.decision === PressDecision.MATCH) {
    if (!item.id) throw new ConfirmRefusal(`${field}.id`, 'ID_REQUIRED', {}, language);
    return { ...base, id: item.id };
  }
  const name = cleanText(item.name?.trim() || item.text);
  if (!/\p{L}/u.test(name)) throw new ConfirmRefusal(`${field}.name`, 'NAME_REFUSED', { value: name.slice(0, 200) }, language);
  // The name defaults to the mention's text, which may be longer than any stored name (NamesInput: 300).
  if (name.length > MAX_NAME) throw new ConfirmRefusal(`${field}.name`, 'NAME_TOO_LONG', { max: MAX_NAME }, language);
  const kind = item.kind ?? legalFormOf(name)?.kind ?? OrganisationKind.OTHER;
  if (localGovernmentKinds.has(kind)) throw new ConfirmRefusal(item.kind ? `${field}.kind` : `${field}.name`, 'KIND_LOCAL_GOVERNMENT', { kind }, language);
  return { ...base, name, kind: storedOrganisationKind(kind) };
}

/** The organisation decision a person's organisationText names: the first not ignored with that text, as written or in other case and spacing. */
function organisationIndexOf(organisations: readonly OrganisationChoice[], text: string): number | null | undefined {
  const loose = (value: string) => cleanText(value).toLocaleLowerCase('ru');
  const same = organisations.filter((o) => o.text === text);
  const named = same.length > 0 ? same : organisations.filter((o) => loose(o.text) === loose(text));
  if (named.length === 0) return undefined;
  // The editor marked that organisation "not a mention": the person then represents no organisation.
  return named.find((o) => o.decision !== PressDecision.IGNORE)?.index ?? null;
}

function readPerson(input: PressReleaseConfirmInput, index: number, organisations: readonly OrganisationChoice[], language: ImportLanguage): PersonChoice {
  const field = `people[${index}]`;
  const item = input.people[index]!;
  checkOffsets(field, item, input.text, language);
  const roleAndPost = { index, decision: item.decision, id: null, name: null, post: item.post?.trim() || null, organisationId: item.organisationId ?? null, ...roleOf(item.role) };
  // An ignored person's organisation is not read: the editor may have dropped that organisation's decision too.
  if (item.decision === PressDecision.IGNORE) return { ...roleAndPost, organisationIndex: null };
  let organisationIndex: number | null = null;
  if (item.organisationText) {
    const found = organisationIndexOf(organisations, item.organisationText);
    if (found === undefined) throw new ConfirmRefusal(`${field}.organisationText`, 'ORGANISATION_TEXT_UNKNOWN', { text: item.organisationText }, language);
    organisationIndex = found;
  }
  const base = { ...roleAndPost, organisationIndex };
  if (item.decision === PressDecision.MATCH) {
    if (!item.id) throw new ConfirmRefusal(`${field}.id`, 'ID_REQUIRED', {}, language);
    return { ...base, id: item.id };
  }
  if (!item.name) throw new ConfirmRefusal(`${field}.name`, 'NAME_REQUIRED', {}, language);
  const name = parsePersonName(item.name);
  if (!isCompleteName(name) || /\d/.test(name.display)) throw new ConfirmRefusal(`${field}.name`, 'NAME_INCOMPLETE', { value: name.display }, language);
  return { ...base, name };
}

/** Reads and checks every decision; refuses the whole confirmation at the first bad one, naming its field. */
export function readDecisions(input: PressReleaseConfirmInput, language: ImportLanguage): Decisions {
  if (!input.text.trim()) throw new ConfirmRefusal('text', 'TEXT_BLANK', {}, language);
  const organisations = input.organisations.map((_, index) => readOrganisation(input, index, language));
  const people = input.people.map((_, index) => readPerson(input, index, organisations, language));
  return { organisations, people };
}

/** The new event's required fields, when no existing event is given. */
export function checkEventFields(input: PressReleaseConfirmInput, language: ImportLanguage): void {
  const event = input.event;
  if (event.existingEventId) return;
  for (const name of ['title', 'date', 'kind', 'phaseId'] as const) {
    if (event[name] === null || event[name] === undefined) throw new ConfirmRefusal(`event.${name}`, 'EVENT_FIELD_REQUIRED', {}, language);
  }
  if (event.endDate && event.endDate < event.date!) throw new ConfirmRefusal('event.endDate', 'END_BEFORE_START', { date: event.date!, endDate: event.endDate }, language);
}
