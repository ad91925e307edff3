/**
 * What the press-release engine reads (a gazetteer: the graph's territories, organisations, people, programmes and
 * phases) and what it writes (a draft). The engine is pure: text + gazetteer → draft; the API builds the gazetteer
 * from Neo4j, tests and `npm run eval:press` build it from the seed plan.
 */

export interface TerritoryRecord {
  id: string;
  level: string;
  names: string[];
  parentId: string | null;
  /** Villages of an ayil aimak (from the SOATE extract; villages are not graph nodes). */
  villages?: string[];
}

export interface OrganisationRecord {
  id: string;
  kind: string;
  names: string[];
  /** The territory a local government body governs. */
  territoryId: string | null;
  /** Members of a consortium. */
  memberIds: string[];
}

export interface PersonRecord {
  id: string;
  names: string[];
  organisationIds: string[];
}

export interface ProgrammeRecord {
  id: string;
  names: string[];
  phases: { id: string; startDate: string; endDate: string }[];
}

export interface GazetteerData {
  territories: TerritoryRecord[];
  organisations: OrganisationRecord[];
  people: PersonRecord[];
  programmes: ProgrammeRecord[];
}

export interface Candidate {
  id: string;
  score: number;
  reason: string;
}

export type Status = 'MATCH' | 'CREATE';

interface Resolved {
  status: Status;
  match: { id: string } | null;
  candidates: Candidate[];
}

export interface OrganisationMention extends Resolved {
  text: string;
  start: number;
  end: number;
  kind: string;
}

export interface PersonMention extends Resolved {
  text: string;
  start: number;
  end: number;
  name: string;
  post: string | null;
  organisationText: string | null;
}

export interface TerritoryMention extends Resolved {
  text: string;
  start: number;
  end: number;
  level: string;
  /** For a village: the ayil aimak it lies in. */
  within: { id: string } | null;
}

export interface EventDraft {
  title: string | null;
  date: string | null;
  endDate: string | null;
  place: string | null;
  kind: string;
  reportedParticipantCount: number | null;
  placeTerritory: { id: string } | null;
  programme: { id: string } | null;
  phase: { id: string } | null;
}

export interface Draft {
  language: 'ru' | 'en' | 'ky';
  event: EventDraft;
  organisations: OrganisationMention[];
  people: PersonMention[];
  territories: TerritoryMention[];
}

export interface DraftOptions {
  publishedOn?: string | null;
  language?: string | null;
}
