/**
 * The press-release editor's state without the DOM: the draft turned into findings the editor decides on and
 * event fields they edit, the changes they make, and the `PressReleaseConfirmInput` built from it (with what
 * still blocks it). Pure, so the rules are tested without a browser or a server.
 */
import type {
  FindingKind,
  PressCandidate,
  PressDecision,
  PressEventConfirmInput,
  PressOrganisationDecisionInput,
  PressPersonDecisionInput,
  PressReleaseConfirmInput,
  PressReleaseDraft,
} from '../press/press-api.js';

export const PRESS_EVENT_KINDS = ['SEMINAR', 'TRAINING', 'WORKSHOP', 'MEETING', 'CONFERENCE', 'EXCHANGE_VISIT', 'OTHER'] as const;
export const PARTICIPATION_ROLES = ['PARTICIPANT', 'HOST', 'ORGANISER', 'SPEAKER', 'PRESENTER'] as const;
/** Kinds a new organisation may be given: the graph's OrganisationKind values (schema.graphql). */
export const PRESS_ORGANISATION_KINDS = [
  'OTHER', 'NGO', 'LOCAL_COUNCIL', 'BUSINESS', 'PUBLIC_INSTITUTION', 'INTERNATIONAL_ORGANISATION', 'AYIL_OKMOTU',
  'TOWN_ADMINISTRATION', 'RAYON_ADMINISTRATION', 'OBLAST_ADMINISTRATION', 'GOVERNMENT_AGENCY', 'IMPLEMENTER', 'CONSORTIUM',
  'DONOR', 'DONOR_AGENCY',
] as const;

const API_ORGANISATION_KINDS: ReadonlySet<string> = new Set(PRESS_ORGANISATION_KINDS);

/** The draft's organisation kind as the API's OrganisationKind; anything the graph does not know goes as OTHER. */
export function apiOrganisationKind(kind: string | null | undefined): string {
  return kind && API_ORGANISATION_KINDS.has(kind) ? kind : 'OTHER';
}

export interface Finding {
  /** Stable within one release: `<kind>:<start>:<end>` from the draft, `added:<n>` for one the editor added. */
  key: string;
  kind: FindingKind;
  /** As written (or as the editor selected or typed it). */
  text: string;
  /** Offsets in the release text; null for a finding the editor typed. */
  start: number | null;
  end: number | null;
  decision: PressDecision;
  /** The node chosen for MATCH. */
  id: string | null;
  /** For CREATE: the name to store (a person's in the nominative). */
  name: string;
  /** Organisations: the kind (as the draft gives it); territories: the level. */
  subtype: string;
  role: string;
  /** People: the post as written, and the organisation they represent (the text of an organisation finding). */
  post: string;
  organisationText: string | null;
  /** People: an existing organisation they represent that the release does not name (used when organisationText is not). */
  organisationId: string | null;
  /** The draft's scored candidates, and nodes the editor found by search. */
  candidates: PressCandidate[];
  /** Whether the draft found it (false: the editor added it). */
  fromDraft: boolean;
}

export interface EventFields {
  /** Record the release against this event instead of creating one. */
  existingEventId: string | null;
  title: string;
  date: string;
  endDate: string;
  kind: string;
  place: string;
  placeTerritoryId: string;
  phaseId: string;
  /** As typed. */
  participantCount: string;
}

export interface PressReview {
  text: string;
  sourceUrl: string;
  publishedOn: string;
  language: string;
  /** The draft's programme, shown with the phase. */
  programmeId: string | null;
  event: EventFields;
  findings: Finding[];
  /** For keys of added findings. */
  added: number;
}

const kindKey = (kind: FindingKind, start: number, end: number) => `${kind}:${start}:${end}`;

/** The editor's starting point: every finding as the draft decided it, the event as drafted. */
export function reviewFromDraft(draft: PressReleaseDraft, given: { sourceUrl?: string; publishedOn?: string } = {}): PressReview {
  const base = (kind: FindingKind, mention: PressReleaseDraft['organisations'][number] | PressReleaseDraft['people'][number] | PressReleaseDraft['territories'][number]) => ({
    key: kindKey(kind, mention.start, mention.end),
    kind,
    text: mention.text,
    start: mention.start,
    end: mention.end,
    decision: (mention.match ? 'MATCH' : 'CREATE') as PressDecision,
    id: mention.match?.id ?? null,
    role: 'PARTICIPANT',
    candidates: mention.candidates,
    fromDraft: true,
  });
  const findings: Finding[] = [
    ...draft.organisations.map((mention) => ({ ...base('ORGANISATION', mention), name: mention.text, subtype: mention.kind, post: '', organisationText: null, organisationId: null })),
    ...draft.people.map((mention) => ({ ...base('PERSON', mention), name: mention.name, subtype: '', post: mention.post ?? '', organisationText: mention.organisationText, organisationId: null })),
    ...draft.territories.map((mention) => ({ ...base('TERRITORY', mention), name: mention.text, subtype: mention.level, post: '', organisationText: null, organisationId: null })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const { event } = draft;
  return {
    text: draft.text,
    sourceUrl: draft.sourceUrl ?? given.sourceUrl ?? '',
    publishedOn: draft.publishedOn ?? given.publishedOn ?? '',
    language: draft.language,
    programmeId: event.programme?.id ?? null,
    event: {
      existingEventId: null,
      title: event.title ?? '',
      date: event.date ?? '',
      endDate: event.endDate ?? '',
      kind: (PRESS_EVENT_KINDS as readonly string[]).includes(event.kind) ? event.kind : 'OTHER',
      place: event.place ?? '',
      placeTerritoryId: event.placeTerritory?.id ?? '',
      phaseId: event.phase?.id ?? '',
      participantCount: event.reportedParticipantCount === null ? '' : String(event.reportedParticipantCount),
    },
    findings,
    added: 0,
  };
}

export type FindingChange = Partial<Pick<Finding, 'decision' | 'id' | 'name' | 'subtype' | 'role' | 'post' | 'organisationText' | 'organisationId'>> & { candidate?: PressCandidate };

/** Changes one finding; a candidate found by search is kept with the draft's so it stays offered. */
export function changeFinding(review: PressReview, key: string, change: FindingChange): PressReview {
  const { candidate, ...fields } = change;
  return {
    ...review,
    findings: review.findings.map((finding) => {
      if (finding.key !== key) return finding;
      const candidates = candidate && !finding.candidates.some((known) => known.id === candidate.id) ? [...finding.candidates, candidate] : finding.candidates;
      return { ...finding, ...fields, candidates };
    }),
  };
}

/**
 * A finding the editor adds: selected in the text (with its offsets) or typed (offsets null). It starts as a new
 * node named as written; the editor may match it instead.
 */
export function addFinding(review: PressReview, kind: FindingKind, text: string, start: number | null, end: number | null): { review: PressReview; key: string } {
  const added = review.added + 1;
  const key = `added:${added}`;
  const trimmed = text.trim();
  // Selected text with spaces around it is stored without them; the offsets follow.
  const lead = start === null ? 0 : text.length - text.trimStart().length;
  const finding: Finding = {
    key,
    kind,
    text: trimmed,
    start: start === null ? null : start + lead,
    end: start === null ? null : start + lead + trimmed.length,
    decision: 'CREATE',
    id: null,
    name: trimmed,
    subtype: kind === 'ORGANISATION' ? 'OTHER' : kind === 'TERRITORY' ? 'VILLAGE' : '',
    role: 'PARTICIPANT',
    post: '',
    organisationText: null,
    organisationId: null,
    candidates: [],
    fromDraft: false,
  };
  const findings = [...review.findings, finding].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (b.end ?? 0) - (a.end ?? 0));
  return { review: { ...review, findings, added }, key };
}

/** Removes a finding the editor added (one the draft found is marked "not a mention" instead). */
export function removeFinding(review: PressReview, key: string): PressReview {
  return { ...review, findings: review.findings.filter((finding) => finding.fromDraft || finding.key !== key) };
}

export function changeEvent(review: PressReview, fields: Partial<EventFields>): PressReview {
  return { ...review, event: { ...review.event, ...fields } };
}

/** What stops the confirmation, each with the finding or field it is about. */
export type ConfirmProblem =
  | { code: 'EVENT_FIELD_MISSING'; field: 'existingEventId' | 'title' | 'date' | 'kind' | 'phaseId' }
  | { code: 'EVENT_FIELD_INVALID'; field: 'date' | 'endDate' | 'participantCount' }
  | { code: 'END_BEFORE_START' }
  | { code: 'MATCH_WITHOUT_NODE'; key: string; text: string }
  | { code: 'CREATE_WITHOUT_NAME'; key: string; text: string }
  | { code: 'TEXT_TOO_LONG' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 100_000;

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function eventInput(fields: EventFields, problems: ConfirmProblem[]): PressEventConfirmInput {
  if (fields.existingEventId !== null) {
    if (!fields.existingEventId) problems.push({ code: 'EVENT_FIELD_MISSING', field: 'existingEventId' });
    return { existingEventId: fields.existingEventId };
  }
  const input: PressEventConfirmInput = {};
  const title = fields.title.trim();
  if (title) input.title = title;
  else problems.push({ code: 'EVENT_FIELD_MISSING', field: 'title' });
  const date = fields.date.trim();
  if (!date) problems.push({ code: 'EVENT_FIELD_MISSING', field: 'date' });
  else if (!validDate(date)) problems.push({ code: 'EVENT_FIELD_INVALID', field: 'date' });
  else input.date = date;
  const endDate = fields.endDate.trim();
  if (endDate && !validDate(endDate)) problems.push({ code: 'EVENT_FIELD_INVALID', field: 'endDate' });
  else if (endDate && input.date && endDate < input.date) problems.push({ code: 'END_BEFORE_START' });
  else if (endDate && endDate !== input.date) input.endDate = endDate;
  if (fields.kind) input.kind = fields.kind;
  else problems.push({ code: 'EVENT_FIELD_MISSING', field: 'kind' });
  const place = fields.place.trim();
  if (place) input.place = place;
  if (fields.placeTerritoryId) input.placeTerritoryId = fields.placeTerritoryId;
  if (fields.phaseId) input.phaseId = fields.phaseId;
  else problems.push({ code: 'EVENT_FIELD_MISSING', field: 'phaseId' });
  const count = fields.participantCount.trim();
  if (count) {
    if (/^\d{1,7}$/.test(count)) input.reportedParticipantCount = Number(count);
    else problems.push({ code: 'EVENT_FIELD_INVALID', field: 'participantCount' });
  }
  return input;
}

function decisionBase(finding: Finding, problems: ConfirmProblem[]): { text: string; start: number | null; end: number | null; decision: PressDecision; id?: string; name?: string } {
  const base = { text: finding.text, start: finding.start, end: finding.end, decision: finding.decision };
  if (finding.decision === 'MATCH') {
    if (!finding.id) problems.push({ code: 'MATCH_WITHOUT_NODE', key: finding.key, text: finding.text });
    return finding.id ? { ...base, id: finding.id } : base;
  }
  if (finding.decision === 'CREATE') {
    const name = finding.name.trim();
    if (!name) problems.push({ code: 'CREATE_WITHOUT_NAME', key: finding.key, text: finding.text });
    return name ? { ...base, name } : base;
  }
  return base;
}

/**
 * The confirmation's input, or what still blocks it. Territories are not part of it (they are the gazetteer, not
 * something a release creates): a territory finding matters through the event's place territory. A person's
 * organisation goes as the text of an organisation decision, and only when that organisation is not "not a mention".
 */
export function confirmInput(review: PressReview): { input: PressReleaseConfirmInput | null; problems: ConfirmProblem[] } {
  const problems: ConfirmProblem[] = [];
  if (review.text.length > MAX_TEXT) problems.push({ code: 'TEXT_TOO_LONG' });
  const event = eventInput(review.event, problems);
  const organisations: PressOrganisationDecisionInput[] = [];
  const representable = new Set<string>();
  for (const finding of review.findings) {
    if (finding.kind !== 'ORGANISATION') continue;
    const decision: PressOrganisationDecisionInput = decisionBase(finding, problems);
    if (finding.decision === 'CREATE') decision.kind = apiOrganisationKind(finding.subtype);
    if (finding.decision !== 'IGNORE') {
      decision.role = finding.role || 'PARTICIPANT';
      representable.add(finding.text);
    }
    organisations.push(decision);
  }
  const people: PressPersonDecisionInput[] = [];
  for (const finding of review.findings) {
    if (finding.kind !== 'PERSON') continue;
    const decision: PressPersonDecisionInput = decisionBase(finding, problems);
    if (finding.decision !== 'IGNORE') {
      const post = finding.post.trim();
      if (post) decision.post = post;
      if (finding.organisationText && representable.has(finding.organisationText)) decision.organisationText = finding.organisationText;
      else if (finding.organisationId) decision.organisationId = finding.organisationId;
      decision.role = finding.role || 'PARTICIPANT';
    }
    people.push(decision);
  }
  if (problems.length) return { input: null, problems };
  const input: PressReleaseConfirmInput = { text: review.text, event, organisations, people };
  if (review.sourceUrl.trim()) input.sourceUrl = review.sourceUrl.trim();
  if (validDate(review.publishedOn.trim())) input.publishedOn = review.publishedOn.trim();
  if (review.language) input.language = review.language;
  return { input, problems };
}

/** A line of the review list of many drafts. */
export interface DraftSummary {
  title: string;
  date: string;
  place: string;
  organisations: number;
  people: number;
  territories: number;
}

/** Counts only what the editor has not marked "not a mention". */
export function summariseReview(review: PressReview): DraftSummary {
  const count = (kind: FindingKind) => review.findings.filter((finding) => finding.kind === kind && finding.decision !== 'IGNORE').length;
  return {
    title: review.event.title,
    date: review.event.date,
    place: review.event.place,
    organisations: count('ORGANISATION'),
    people: count('PERSON'),
    territories: count('TERRITORY'),
  };
}
