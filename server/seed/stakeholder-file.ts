import type { ExtraAliases } from './local-government.js';

/** The shape of data/programme/psi-stakeholders.json: hand-written facts, each with its source. */
export interface NamedFact {
  id: string;
  nameRu: string | null;
  nameEn: string | null;
  nameKy: string | null;
  aliases: string[];
  source: string;
}

export interface OrganisationFact extends NamedFact {
  kind: string;
}

export interface PositionFact {
  id: string;
  personId: string;
  organisationId: string;
  kind: string;
  title: string;
  titleRu: string | null;
  from: string | null;
  to: string | null;
  observedOn: string | null;
  source: string;
}

export interface EventFact extends NamedFact {
  kind: string;
  date: string;
  placeRu: string | null;
  placeEn: string | null;
  reportedParticipantCount: number | null;
  phaseId: string | null;
  heldInTerritoryId: string | null;
  hostedByOrganisationId: string | null;
}

/** Every organisation of `kind` governing a territory inside `governingWithinTerritoryId`. */
export interface ParticipantGroup {
  kind: string;
  governingWithinTerritoryId: string;
  /** The seed fails when the data yields another number: a guard against a changed reference file. */
  expectedCount: number | null;
}

export interface ParticipationFact {
  participantId: string | null;
  participants: ParticipantGroup | null;
  eventId: string;
  role: string;
  representingId: string | null;
  source: string;
}

export interface StakeholderFile {
  organisations: OrganisationFact[];
  organisationAliases: ExtraAliases[];
  people: NamedFact[];
  positions: PositionFact[];
  funding: { organisationId: string; programmeId: string; role: string; source: string }[];
  implementations: { organisationId: string; programmeId: string; source: string }[];
  memberships: { organisationId: string; consortiumId: string; source: string }[];
  events: EventFact[];
  participations: ParticipationFact[];
}

type Json = Record<string, unknown>;

const organisationKinds = ['DONOR', 'DONOR_AGENCY', 'IMPLEMENTER', 'CONSORTIUM', 'GOVERNMENT_AGENCY', 'OTHER'];
const participationRoles = ['SPEAKER', 'PRESENTER', 'PARTICIPANT', 'ORGANISER', 'HOST'];
const positionKinds = ['HEAD', 'DEPUTY_HEAD', 'STAFF', 'OTHER'];
const eventKinds = ['SEMINAR', 'WORKSHOP', 'TRAINING', 'CONFERENCE', 'MEETING', 'EXCHANGE_VISIT', 'OTHER'];
const fundingRoles = ['DONOR', 'FUNDING_AGENCY'];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Reads one fact's fields, naming the fact and field in every error. */
class Fields {
  constructor(
    private readonly value: Json,
    readonly where: string,
  ) {}

  private fail(key: string, expected: string): never {
    throw new Error(`psi-stakeholders.json: ${this.where}.${key} must be ${expected}`);
  }

  text(key: string): string {
    const v = this.value[key];
    return typeof v === 'string' && v.trim() ? v : this.fail(key, 'a non-empty string');
  }

  optionalText(key: string): string | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    return typeof v === 'string' && v.trim() ? v : this.fail(key, 'a non-empty string or null');
  }

  oneOf(key: string, allowed: readonly string[]): string {
    const v = this.text(key);
    return allowed.includes(v) ? v : this.fail(key, `one of ${allowed.join(', ')}`);
  }

  optionalDate(key: string): string | null {
    const v = this.optionalText(key);
    return v === null || isoDate.test(v) ? v : this.fail(key, 'a YYYY-MM-DD date or null');
  }

  optionalInteger(key: string): number | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    return Number.isInteger(v) ? (v as number) : this.fail(key, 'an integer or null');
  }

  texts(key: string): string[] {
    const v = this.value[key];
    return Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : this.fail(key, 'a list of strings');
  }

  object(key: string): Json | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    return typeof v === 'object' && !Array.isArray(v) ? (v as Json) : this.fail(key, 'an object');
  }
}

function list<T>(file: Json, key: string, read: (fields: Fields) => T): T[] {
  const items = file[key] ?? [];
  if (!Array.isArray(items)) throw new Error(`psi-stakeholders.json: ${key} must be a list`);
  return items.map((item, index) => {
    if (typeof item !== 'object' || item === null) throw new Error(`psi-stakeholders.json: ${key}[${index}] must be an object`);
    return read(new Fields(item as Json, `${key}[${index}]`));
  });
}

function namedFact(f: Fields): NamedFact {
  return { id: f.text('id'), nameRu: f.optionalText('nameRu'), nameEn: f.optionalText('nameEn'), nameKy: f.optionalText('nameKy'), aliases: f.texts('aliases'), source: f.text('source') };
}

function participation(f: Fields): ParticipationFact {
  const where = f.where;
  const group = f.object('participants');
  const participantId = f.optionalText('participantId');
  if ((group === null) === (participantId === null)) throw new Error(`psi-stakeholders.json: ${where} needs either participantId or participants`);
  const g = group && new Fields(group, `${where}.participants`);
  return {
    participantId,
    participants: g && { kind: g.text('kind'), governingWithinTerritoryId: g.text('governingWithinTerritoryId'), expectedCount: g.optionalInteger('expectedCount') },
    eventId: f.text('eventId'),
    role: f.oneOf('role', participationRoles),
    representingId: f.optionalText('representingId'),
    source: f.text('source'),
  };
}

/** Validates the parsed JSON; throws with the fact and field at fault. */
export function parseStakeholderFile(json: unknown): StakeholderFile {
  if (typeof json !== 'object' || json === null) throw new Error('psi-stakeholders.json: not an object');
  const file = json as Json;
  return {
    organisations: list(file, 'organisations', (f) => ({ ...namedFact(f), kind: f.oneOf('kind', organisationKinds) })),
    organisationAliases: list(file, 'organisationAliases', (f) => ({ organisationId: f.text('organisationId'), aliases: f.texts('aliases'), source: f.text('source') })),
    people: list(file, 'people', namedFact),
    positions: list(file, 'positions', (f) => ({
      id: f.text('id'),
      personId: f.text('personId'),
      organisationId: f.text('organisationId'),
      kind: f.oneOf('kind', positionKinds),
      title: f.text('title'),
      titleRu: f.optionalText('titleRu'),
      from: f.optionalDate('from'),
      to: f.optionalDate('to'),
      observedOn: f.optionalDate('observedOn'),
      source: f.text('source'),
    })),
    funding: list(file, 'funding', (f) => ({ organisationId: f.text('organisationId'), programmeId: f.text('programmeId'), role: f.oneOf('role', fundingRoles), source: f.text('source') })),
    implementations: list(file, 'implementations', (f) => ({ organisationId: f.text('organisationId'), programmeId: f.text('programmeId'), source: f.text('source') })),
    memberships: list(file, 'memberships', (f) => ({ organisationId: f.text('organisationId'), consortiumId: f.text('consortiumId'), source: f.text('source') })),
    events: list(file, 'events', (f) => ({
      ...namedFact(f),
      kind: f.oneOf('kind', eventKinds),
      date: f.optionalDate('date') ?? f.text('date'),
      placeRu: f.optionalText('placeRu'),
      placeEn: f.optionalText('placeEn'),
      reportedParticipantCount: f.optionalInteger('reportedParticipantCount'),
      phaseId: f.optionalText('phaseId'),
      heldInTerritoryId: f.optionalText('heldInTerritoryId'),
      hostedByOrganisationId: f.optionalText('hostedByOrganisationId'),
    })),
    participations: list(file, 'participations', participation),
  };
}
