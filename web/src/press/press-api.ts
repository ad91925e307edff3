/** The press-release path's operations (draft, names of candidates, search, confirm), typed as schema.graphql has them. */
import type { GraphQLClient } from '../api/client.js';
import type { NameRef } from '../api/queries.js';

export interface PressCandidate {
  id: string;
  score: number;
  reason: string;
}

interface MentionBase {
  text: string;
  start: number;
  end: number;
  /** MATCH (an existing node) or CREATE (a new one). */
  status: string;
  match: { id: string } | null;
  candidates: PressCandidate[];
}

export interface PressOrganisationMention extends MentionBase {
  kind: string;
}

export interface PressPersonMention extends MentionBase {
  name: string;
  post: string | null;
  organisationText: string | null;
}

export interface PressTerritoryMention extends MentionBase {
  level: string;
}

export interface PressEventDraft {
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

export interface PressReleaseDraft {
  language: string;
  text: string;
  sourceUrl: string | null;
  publishedOn: string | null;
  event: PressEventDraft;
  organisations: PressOrganisationMention[];
  people: PressPersonMention[];
  territories: PressTerritoryMention[];
}

export interface PressReleaseInput {
  text?: string;
  file?: string;
  fileName?: string;
  sourceUrl?: string;
  publishedOn?: string;
  language?: string;
}

const CANDIDATES = 'status match { id } candidates { id score reason }';

export const PRESS_RELEASE_DRAFT = /* GraphQL */ `
  query PressReleaseDraft($input: PressReleaseInput!) {
    pressReleaseDraft(input: $input) {
      language text sourceUrl publishedOn
      event { title date endDate place kind reportedParticipantCount placeTerritory { id } programme { id } phase { id } }
      organisations { text start end kind ${CANDIDATES} }
      people { text start end name post organisationText ${CANDIDATES} }
      territories { text start end level ${CANDIDATES} }
    }
  }
`;

export async function draftPressRelease(client: GraphQLClient, input: PressReleaseInput, signal?: AbortSignal): Promise<PressReleaseDraft> {
  return (await client.request<{ pressReleaseDraft: PressReleaseDraft }>(PRESS_RELEASE_DRAFT, { input }, signal)).pressReleaseDraft;
}

export type PressDecision = 'MATCH' | 'CREATE' | 'IGNORE';

export interface PressEventConfirmInput {
  existingEventId?: string;
  title?: string;
  date?: string;
  endDate?: string;
  kind?: string;
  place?: string;
  placeTerritoryId?: string;
  phaseId?: string;
  reportedParticipantCount?: number;
}

export interface PressOrganisationDecisionInput {
  text: string;
  start: number | null;
  end: number | null;
  decision: PressDecision;
  id?: string;
  name?: string;
  kind?: string;
  role?: string;
}

export interface PressPersonDecisionInput {
  text: string;
  start: number | null;
  end: number | null;
  decision: PressDecision;
  id?: string;
  name?: string;
  post?: string;
  organisationText?: string;
  organisationId?: string;
  role?: string;
}

export interface PressReleaseConfirmInput {
  text: string;
  sourceUrl?: string;
  publishedOn?: string;
  language?: string;
  event: PressEventConfirmInput;
  organisations: PressOrganisationDecisionInput[];
  people: PressPersonDecisionInput[];
}

export interface PressReleaseConfirmation {
  event: NameRef & { date: string };
  eventCreated: boolean;
  alreadyRecorded: boolean;
  createdOrganisationIds: string[];
  createdPersonIds: string[];
  createdParticipationIds: string[];
}

/** The contract agreed for issue 13 (confirmPressRelease is built on the server side at the same time). */
export const CONFIRM_PRESS_RELEASE = /* GraphQL */ `
  mutation ConfirmPressRelease($input: PressReleaseConfirmInput!) {
    confirmPressRelease(input: $input) {
      event { id nameRu nameEn date }
      eventCreated alreadyRecorded createdOrganisationIds createdPersonIds createdParticipationIds
    }
  }
`;

export async function confirmPressRelease(client: GraphQLClient, input: PressReleaseConfirmInput): Promise<PressReleaseConfirmation> {
  return (await client.request<{ confirmPressRelease: PressReleaseConfirmation }>(CONFIRM_PRESS_RELEASE, { input })).confirmPressRelease;
}

/** The server allows at most 30 aliases in one request (server/graphql/apollo.ts). */
const NAMES_PER_REQUEST = 25;

/** One request of aliased `node(id:)` lookups: the draft gives candidates by id only. */
export function namesOperation(count: number): string {
  const variables = Array.from({ length: count }, (_, index) => `$id${index}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, index) => `n${index}: node(id: $id${index}) { id nameRu nameEn }`).join(' ');
  return `query PressNames(${variables}) { ${fields} }`;
}

/** Names of the given nodes, by id (unknown ids are left out). */
export async function nodeNames(client: GraphQLClient, ids: readonly string[], signal?: AbortSignal): Promise<Map<string, NameRef>> {
  const names = new Map<string, NameRef>();
  const unique = [...new Set(ids)];
  for (let offset = 0; offset < unique.length; offset += NAMES_PER_REQUEST) {
    const batch = unique.slice(offset, offset + NAMES_PER_REQUEST);
    const variables = Object.fromEntries(batch.map((id, index) => [`id${index}`, id]));
    const result = await client.request<Record<string, NameRef | null>>(namesOperation(batch.length), variables, signal);
    for (const node of Object.values(result)) if (node) names.set(node.id, node);
  }
  return names;
}

export type FindingKind = 'ORGANISATION' | 'PERSON' | 'TERRITORY';

export interface SearchFound {
  id: string;
  nameRu: string | null;
  nameEn: string | null;
  score: number;
  kind: string | null;
}

export const PRESS_SEARCH = /* GraphQL */ `
  query PressSearch($text: String!, $types: [EntityType!]) {
    search(text: $text, first: 10, types: $types) {
      score
      entity { id nameRu nameEn ... on Organisation { organisationKind: kind } ... on Territory { level } }
    }
  }
`;

/** Another node of the same type for a finding, by name (the graph's `search`). */
export async function searchNodes(client: GraphQLClient, text: string, kind: FindingKind, signal?: AbortSignal): Promise<SearchFound[]> {
  type Hit = { score: number; entity: NameRef & { organisationKind?: string; level?: string } };
  const result = await client.request<{ search: Hit[] }>(PRESS_SEARCH, { text, types: [kind] }, signal);
  return result.search.map((hit) => ({ id: hit.entity.id, nameRu: hit.entity.nameRu, nameEn: hit.entity.nameEn, score: hit.score, kind: hit.entity.organisationKind ?? hit.entity.level ?? null }));
}
