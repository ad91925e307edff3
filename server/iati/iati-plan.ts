import { createHash } from 'node:crypto';
import { namesProperties } from '../common/names.input.js';
import { ImportStatus } from '../imports/import.type.js';
import type { Message } from '../imports/import-messages.js';
import { OrganisationMatcher, type OrganisationRecord } from '../imports/organisation-matcher.js';
import { ambiguous, decide, matched, toCreate, type Resolution, type Scored } from '../imports/resolution.js';
import { iatiMessage } from './iati-messages.js';
import type { IatiActivityRecord, IatiFileReading, IatiOrgRef, Narrative } from './reading/iati-record.js';
import { TerritoryMatcher, type LocationMatchKind, type TerritoryRecord } from './territory-matcher.js';

/**
 * From the reader's activity records to what the graph would hold: every activity's programme or phase, its
 * organisations and territories matched (or to be created, or to be chosen), and whether it is new, changed,
 * unchanged or older than what is stored. Pure: the candidates come from one read (iati/candidates).
 */

export type IatiOutcome = 'NEW_PROGRAMME' | 'NEW_PHASE' | 'UPDATE' | 'UNCHANGED' | 'OLDER_SKIPPED';
export type IatiChoiceTarget = 'ORGANISATION' | 'TERRITORY';

export interface IatiChoice {
  target: IatiChoiceTarget;
  subject: string;
  id?: string | null;
  createNew?: boolean | null;
  skip?: boolean | null;
}

export interface StoredActivity {
  iatiIdentifier: string;
  id: string;
  label: 'Programme' | 'Phase';
  iatiLastUpdated: string | null;
  iatiHash: string | null;
}

export interface IatiCandidates {
  organisations: (OrganisationRecord & { iatiRef: string | null })[];
  territories: TerritoryRecord[];
  activities: StoredActivity[];
}

/** participating-org/@role → the relationship from the organisation to the activity. */
export const roleRelationship = { '1': 'FUNDS', '2': 'ACCOUNTABLE_FOR', '3': 'EXTENDS', '4': 'IMPLEMENTS' } as const;

export interface PlannedOrganisation {
  relationship: (typeof roleRelationship)[keyof typeof roleRelationship] | 'REPORTS_ON';
  subject: string;
  ref: string | null;
  type: string | null;
  name: string | null;
  resolution: Resolution;
}

export interface PlannedTerritory {
  subject: string;
  matchedBy: LocationMatchKind;
  resolution: Resolution | null;
}

export interface PlannedActivity {
  record: IatiActivityRecord;
  outcome: IatiOutcome;
  label: 'Programme' | 'Phase';
  id: string;
  parentIdentifier: string | null;
  properties: Record<string, unknown>;
  /** The activity's relationships and budgets as written (replaced whole when it changes). */
  links: { organisations: { organisationId: string | null; relationship: string }[]; territories: { territoryId: string | null; matchedBy: string }[]; budgets: Record<string, unknown>[] };
  organisations: PlannedOrganisation[];
  territories: PlannedTerritory[];
  noLocationHere: boolean;
  notes: Message[];
  storedLastUpdated: string | null;
}

export interface IatiPlan {
  activities: PlannedActivity[];
  newOrganisations: { id: string; ref: string | null; properties: Record<string, unknown> }[];
  /** Matched organisations that get the file's IATI ref and type (only where they have none yet). */
  organisationRefs: { id: string; iatiRef: string; iatiType: string | null }[];
  canConfirm: boolean;
}

/** IATI OrganisationType → the graph's organisation kind, for organisations the file brings in. */
const kindOfType: Record<string, string> = {
  '10': 'GOVERNMENT_AGENCY', '11': 'GOVERNMENT_AGENCY', '15': 'PUBLIC_INSTITUTION', '21': 'NGO', '22': 'NGO', '23': 'NGO', '24': 'NGO',
  '30': 'OTHER', '40': 'INTERNATIONAL_ORGANISATION', '60': 'NGO', '70': 'BUSINESS', '71': 'BUSINESS', '72': 'BUSINESS', '73': 'BUSINESS', '80': 'PUBLIC_INSTITUTION', '90': 'OTHER',
};

const inLanguage = (narratives: readonly Narrative[], lang: string) => narratives.find((n) => n.lang === lang)?.text.trim() || null;

/** Russian, English and Kyrgyz texts of narratives; a text without a language counts as English. */
export function narrativeTexts(narratives: readonly Narrative[]): { ru: string | null; en: string | null; ky: string | null } {
  const en = inLanguage(narratives, 'en') ?? narratives.find((n) => n.lang === null)?.text.trim() ?? null;
  return { ru: inLanguage(narratives, 'ru'), en: en || null, ky: inLanguage(narratives, 'ky') };
}

function namesOf(narratives: readonly Narrative[], fallback: string) {
  const { ru, en, ky } = narrativeTexts(narratives);
  const other = narratives.find((n) => n.text.trim())?.text.trim() ?? null;
  return namesProperties({ nameRu: ru, nameEn: en ?? (ru ? null : (other ?? fallback)), nameKy: ky, aliases: [] });
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);
export const activityId = (identifier: string) => `iati-${identifier}`;

function dateOf(record: IatiActivityRecord, type: '1' | '2' | '3' | '4'): string | null {
  const found = record.dates.find((d) => d.type === type)?.isoDate ?? null;
  return found && /^\d{4}-\d{2}-\d{2}/.test(found) ? found.slice(0, 10) : null;
}

const dayOf = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);

/** Whether `a` is earlier than `b` (both last-updated-datetime as written); unknown when either is missing or unreadable. */
function earlier(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  return Number.isFinite(ta) && Number.isFinite(tb) ? ta < tb : a < b;
}

/** The parent each activity names (its related-activity type 1, or a parent's type 2 naming it). */
function parentsOf(records: readonly IatiActivityRecord[]): Map<string, string> {
  const parents = new Map<string, string>();
  for (const record of records) {
    for (const related of record.relatedActivities) {
      if (related.type === '2' && related.ref !== record.identifier && !parents.has(related.ref)) parents.set(related.ref, record.identifier);
    }
  }
  for (const record of records) {
    const parent = record.relatedActivities.find((r) => r.type === '1' && r.ref !== record.identifier)?.ref;
    if (parent) parents.set(record.identifier, parent);
  }
  return parents;
}

export function planIatiImport(reading: IatiFileReading, candidates: IatiCandidates, choices: readonly IatiChoice[]): IatiPlan {
  const organisationMatcher = new OrganisationMatcher(candidates.organisations);
  const byRef = new Map(candidates.organisations.filter((o) => o.iatiRef).map((o) => [o.iatiRef!, o]));
  const organisationIds = new Set(candidates.organisations.map((o) => o.id));
  const territories = new TerritoryMatcher(candidates.territories);
  const stored = new Map(candidates.activities.map((a) => [a.iatiIdentifier, a]));
  const choiceOf = new Map(choices.map((c) => [`${c.target}|${c.subject}`, c]));
  const newOrganisations = new Map<string, IatiPlan['newOrganisations'][number]>();
  const organisationRefs = new Map<string, IatiPlan['organisationRefs'][number]>();
  const resolvedOrganisations = new Map<string, Resolution>();

  const resolveOrganisation = (org: IatiOrgRef): { subject: string; name: string | null; resolution: Resolution } | null => {
    const ref = org.ref?.trim() || null;
    const names = narrativeTexts(org.names);
    const name = names.en ?? names.ru ?? names.ky ?? org.names.find((n) => n.text.trim())?.text.trim() ?? null;
    const subject = ref ?? name;
    if (!subject) return null;
    const cached = resolvedOrganisations.get(subject);
    if (cached) return { subject, name, resolution: cached };
    const resolution = ((): Resolution => {
      const choice = choiceOf.get(`ORGANISATION|${subject}`);
      if (choice?.skip) return { status: ImportStatus.SKIPPED, id: null, name: null, score: null, reason: [iatiMessage('ORGANISATION_SKIPPED')], chosen: true, candidates: [] };
      if (choice?.id) {
        const chosen = organisationMatcher.get(choice.id);
        return { status: ImportStatus.MATCH, id: choice.id, name: chosen?.name ?? choice.id, score: null, reason: [iatiMessage('ORGANISATION_CHOSEN')], chosen: true, candidates: [] };
      }
      const known = ref ? byRef.get(ref) : undefined;
      if (known) return matched({ id: known.id, name: known.nameRu ?? known.nameEn ?? known.id, score: 1, reason: [iatiMessage('MATCHED_BY_REF', { ref })] });
      const found = name && !choice?.createNew ? organisationMatcher.match({ organisation: name, municipality: null, rayon: null, oblast: null }) : null;
      const decision = found ? decide(found.scored) : null;
      if (decision && 'match' in decision) return matched(decision.match);
      if (decision && 'ambiguous' in decision) return ambiguous(decision.ambiguous, decision.ambiguous[0]!.reason);
      const id = `iati-org-${ref ? slug(ref) || shortHash(ref) : shortHash(name!)}`;
      const properties = { id, kind: kindOfType[org.type ?? ''] ?? 'OTHER', ...namesOf(org.names, subject), iatiRef: ref, iatiType: org.type, source: 'IATI' };
      newOrganisations.set(id, { id, ref, properties });
      const resolution = toCreate(id, (properties.nameRu ?? properties.nameEn)!, [iatiMessage('NEW_ORGANISATION')]);
      return choice?.createNew ? { ...resolution, chosen: true } : resolution;
    })();
    if (ref && resolution.status === ImportStatus.MATCH && resolution.id && organisationIds.has(resolution.id) && !candidates.organisations.find((o) => o.id === resolution.id)!.iatiRef) {
      organisationRefs.set(resolution.id, { id: resolution.id, iatiRef: ref, iatiType: org.type });
    }
    resolvedOrganisations.set(subject, resolution);
    return { subject, name, resolution };
  };

  const resolveTerritory = (subject: string, found: Scored[], matchedBy: LocationMatchKind): PlannedTerritory => {
    const choice = choiceOf.get(`TERRITORY|${subject}`);
    if (choice?.skip) return { subject, matchedBy, resolution: { status: ImportStatus.SKIPPED, id: null, name: null, score: null, reason: [iatiMessage('ORGANISATION_SKIPPED')], chosen: true, candidates: [] } };
    if (choice?.id) {
      const chosen = territories.get(choice.id);
      return { subject, matchedBy, resolution: { status: ImportStatus.MATCH, id: choice.id, name: chosen?.nameRu ?? choice.id, score: null, reason: [iatiMessage('ORGANISATION_CHOSEN')], chosen: true, candidates: [] } };
    }
    const decision = decide(found);
    if (decision && 'match' in decision) return { subject, matchedBy, resolution: matched(decision.match) };
    if (decision && 'ambiguous' in decision) return { subject, matchedBy, resolution: ambiguous(decision.ambiguous, decision.ambiguous[0]!.reason) };
    return { subject, matchedBy, resolution: null };
  };

  const inFile = new Set(reading.activities.map((a) => a.identifier));
  const parents = parentsOf(reading.activities);
  // A parent must be (or become) a programme: a phase's own children are left as programmes of their own.
  const isProgramme = (identifier: string): boolean => {
    const kept = stored.get(identifier);
    if (kept) return kept.label === 'Programme';
    const parent = parents.get(identifier);
    return inFile.has(identifier) && !(parent && parent !== identifier && (inFile.has(parent) || stored.get(parent)?.label === 'Programme'));
  };
  const activities = reading.activities.map((record): PlannedActivity => {
    const notes: Message[] = [];
    const named = parents.get(record.identifier) ?? null;
    const parentKnown = named !== null && isProgramme(named);
    if (named && !parentKnown) notes.push(iatiMessage('PARENT_MISSING', { parent: named }));
    const existing = stored.get(record.identifier);
    const label: 'Programme' | 'Phase' = existing?.label ?? (parentKnown ? 'Phase' : 'Programme');

    const organisations: PlannedOrganisation[] = [];
    const reporting = record.reportingOrg ? resolveOrganisation(record.reportingOrg) : null;
    if (record.reportingOrg && reporting) organisations.push({ relationship: 'REPORTS_ON', ref: record.reportingOrg.ref, type: record.reportingOrg.type, ...reporting });
    for (const org of record.participatingOrgs) {
      const resolved = resolveOrganisation(org);
      if (resolved) organisations.push({ relationship: roleRelationship[org.role], ref: org.ref, type: org.type, ...resolved });
      else notes.push(iatiMessage('ORGANISATION_UNNAMED'));
    }

    const places: PlannedTerritory[] = [];
    for (const location of record.locations) {
      const coded = location.administrative.map((a) => territories.byAdministrativeCode(a.code)).filter((s): s is Scored => s !== null);
      if (coded.length > 0) {
        for (const [index, found] of coded.entries()) places.push({ subject: location.administrative[index]?.code ?? found.id, matchedBy: 'ADMINISTRATIVE_CODE', resolution: matched(found) });
        continue;
      }
      for (const name of new Set(location.names.map((n) => n.text.trim()).filter(Boolean))) places.push(resolveTerritory(name, territories.byName(name), 'LOCATION_NAME'));
    }
    for (const region of record.recipientRegions) {
      for (const name of new Set(region.names.map((n) => n.text.trim()).filter(Boolean))) places.push(resolveTerritory(name, territories.byName(name), 'RECIPIENT_REGION'));
    }
    for (const country of record.recipientCountries) {
      const found = territories.country(country.code);
      if (found) places.push({ subject: country.code, matchedBy: 'RECIPIENT_COUNTRY', resolution: matched(found) });
    }
    const noLocationHere = !places.some((p) => p.resolution?.status === ImportStatus.MATCH || p.resolution?.status === ImportStatus.AMBIGUOUS);
    if (noLocationHere) notes.push(iatiMessage('NO_LOCATION_HERE'));

    if (!record.titles.some((t) => t.text.trim())) notes.push(iatiMessage('NO_TITLE'));
    const descriptions = narrativeTexts(record.descriptions.find((d) => d.type === '1' || d.type === null)?.narratives ?? record.descriptions[0]?.narratives ?? []);
    const planned = { start: dateOf(record, '1'), end: dateOf(record, '3') };
    const actual = { start: dateOf(record, '2'), end: dateOf(record, '4') };
    const properties: Record<string, unknown> = {
      id: activityId(record.identifier),
      iatiIdentifier: record.identifier,
      ...namesOf(record.titles, record.identifier),
      descriptionRu: descriptions.ru,
      descriptionEn: descriptions.en,
      descriptionKy: descriptions.ky,
      iatiStatus: record.status,
      plannedStartDate: planned.start,
      actualStartDate: actual.start,
      plannedEndDate: planned.end,
      actualEndDate: actual.end,
      startDate: actual.start ?? planned.start,
      endDate: actual.end ?? planned.end,
      sectors: [...new Set(record.sectors.map((s) => `${s.vocabulary ?? '1'}:${s.code}`))],
      iatiLastUpdated: record.lastUpdated,
      reportingOrgId: reporting?.resolution.id ?? null,
      source: 'IATI',
    };
    const budgets = record.budgets.map((b) => ({ ...b, periodStart: dayOf(b.periodStart), periodEnd: dayOf(b.periodEnd), valueDate: dayOf(b.valueDate) }));
    const links = {
      organisations: organisations.filter((o) => o.resolution.id && o.resolution.status !== ImportStatus.SKIPPED).map((o) => ({ organisationId: o.resolution.id, relationship: o.relationship })),
      territories: places.filter((p) => p.resolution?.id && p.resolution.status === ImportStatus.MATCH).map((p) => ({ territoryId: p.resolution!.id, matchedBy: p.matchedBy })),
      budgets,
    };
    const parentIdentifier = label === 'Phase' ? named : null;
    // What the activity writes, fingerprinted: the same file (and the same choices) again finds it unchanged.
    const iatiHash = createHash('sha256').update(JSON.stringify({ label, parentIdentifier, properties, links })).digest('hex');
    let outcome: IatiOutcome;
    if (!existing) outcome = label === 'Phase' ? 'NEW_PHASE' : 'NEW_PROGRAMME';
    else if (existing.iatiHash === iatiHash) {
      outcome = 'UNCHANGED';
      notes.push(iatiMessage('SAME_AS_STORED'));
    } else if (earlier(record.lastUpdated, existing.iatiLastUpdated)) {
      outcome = 'OLDER_SKIPPED';
      notes.push(iatiMessage('OLDER_THAN_STORED', { file: record.lastUpdated, stored: existing.iatiLastUpdated }));
    } else outcome = 'UPDATE';
    return {
      record, outcome, label, id: existing?.id ?? activityId(record.identifier), parentIdentifier,
      properties: { ...properties, iatiHash }, links, organisations, territories: places, noLocationHere, notes, storedLastUpdated: existing?.iatiLastUpdated ?? null,
    };
  });

  const writing = activities.filter((a) => a.outcome !== 'UNCHANGED' && a.outcome !== 'OLDER_SKIPPED');
  const open = writing.some((a) => a.organisations.some((o) => o.resolution.status === ImportStatus.AMBIGUOUS) || a.territories.some((t) => t.resolution?.status === ImportStatus.AMBIGUOUS));
  const used = new Set(writing.flatMap((a) => a.organisations.map((o) => o.resolution.id)));
  return {
    activities,
    newOrganisations: [...newOrganisations.values()].filter((o) => used.has(o.id)),
    organisationRefs: [...organisationRefs.values()].filter((o) => used.has(o.id)),
    canConfirm: !open,
  };
}

/** Every open question of a plan (an organisation or territory to choose), for the refusal of a confirmation. */
export function openQuestions(plan: IatiPlan): { identifier: string; target: IatiChoiceTarget; subject: string }[] {
  return plan.activities
    .filter((a) => a.outcome !== 'UNCHANGED' && a.outcome !== 'OLDER_SKIPPED')
    .flatMap((a) => [
      ...a.organisations.filter((o) => o.resolution.status === ImportStatus.AMBIGUOUS).map((o) => ({ identifier: a.record.identifier, target: 'ORGANISATION' as const, subject: o.subject })),
      ...a.territories.filter((t) => t.resolution?.status === ImportStatus.AMBIGUOUS).map((t) => ({ identifier: a.record.identifier, target: 'TERRITORY' as const, subject: t.subject })),
    ]);
}
