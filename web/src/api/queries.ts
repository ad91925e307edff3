/** Every GraphQL operation the page runs, each named (easy to find in server logs and to stub in tests), with its result type. */
import type { EntityType } from '../shaping/categories.js';
import type { ApiGraph } from '../shaping/graph.js';

export interface NameRef {
  id: string;
  nameRu: string | null;
  nameEn: string | null;
}

export interface PhaseRef extends NameRef {
  number: number;
  startDate: string | null;
  endDate: string | null;
}

export interface Programme extends NameRef {
  phases: PhaseRef[];
}

export const PROGRAMMES = /* GraphQL */ `
  query Programmes {
    programmes { id nameRu nameEn phases { id number nameRu nameEn startDate endDate } }
  }
`;
export type ProgrammesResult = { programmes: Programme[] };

const GRAPH_FIELDS = `truncated nodes { id entityType kind nameRu nameEn distance } edges { id type source target properties }`;

export const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!) {
    neighbourhood(id: $id, depth: $depth, limit: $limit) { ${GRAPH_FIELDS} }
  }
`;
export type NeighbourhoodResult = { neighbourhood: ApiGraph };

export const SHORTEST_PATH = /* GraphQL */ `
  query ShortestPath($from: ID!, $to: ID!) {
    shortestPath(fromId: $from, toId: $to) { ${GRAPH_FIELDS} }
  }
`;
export type ShortestPathResult = { shortestPath: ApiGraph };

export interface SearchHit {
  score: number;
  entity: NameRef & {
    __typename: string;
    entityType: EntityType;
    organisationKind?: string;
    level?: string;
    eventKind?: string;
    date?: string;
  };
}

export const SEARCH = /* GraphQL */ `
  query Search($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      score
      entity {
        __typename id entityType nameRu nameEn
        ... on Organisation { organisationKind: kind }
        ... on Territory { level }
        ... on Event { eventKind: kind date }
      }
    }
  }
`;
export type SearchResult = { search: SearchHit[] };

export interface PositionDetail {
  id: string;
  title: string;
  titleRu: string | null;
  from: string | null;
  to: string | null;
  observedOn: string | null;
  organisation?: NameRef;
  person?: NameRef;
}

export interface ParticipationDetail {
  id: string;
  role: string;
  event: NameRef & { date: string };
  representing?: NameRef | null;
}

export interface TerritoryRef extends NameRef {
  level: string;
}

export type EntityDetail = NameRef & {
  __typename: 'Person' | 'Organisation' | 'Territory' | 'Event' | 'Phase' | 'Programme';
  entityType: EntityType;
  nameKy: string | null;
  aliases: string[];
  // Person
  positions?: PositionDetail[];
  participations?: ParticipationDetail[];
  // Organisation
  organisationKind?: string;
  territory?: (TerritoryRef & { parent: TerritoryRef | null }) | null;
  memberOf?: NameRef[];
  members?: NameRef[];
  // Territory
  level?: string;
  soate?: string;
  parent?: TerritoryRef | null;
  governedBy?: (NameRef & { kind: string })[];
  // Event
  eventKind?: string;
  date?: string;
  placeRu?: string | null;
  placeEn?: string | null;
  reportedParticipantCount?: number | null;
  namedParticipantCount?: number;
  participatingOrganisationCount?: number;
  phase?: (NameRef & { number: number }) | null;
  heldIn?: NameRef | null;
  hosts?: NameRef[];
  // Phase
  number?: number;
  startDate?: string | null;
  endDate?: string | null;
  budgetChf?: number | null;
  regions?: string[];
  programme?: NameRef | null;
  // Programme
  sdcProjectNumber?: string | null;
  funders?: NameRef[];
  implementers?: NameRef[];
  phases?: PhaseRef[];
};

export const DETAILS = /* GraphQL */ `
  query Details($id: ID!) {
    node(id: $id) {
      __typename id entityType nameRu nameEn nameKy aliases
      ... on Person {
        positions { id title titleRu from to observedOn organisation { id nameRu nameEn } }
        participations { id role event { id nameRu nameEn date } representing { id nameRu nameEn } }
      }
      ... on Organisation {
        organisationKind: kind
        territory { id nameRu nameEn level parent { id nameRu nameEn level } }
        positions { id title titleRu from to observedOn person { id nameRu nameEn } }
        participations { id role event { id nameRu nameEn date } representing { id nameRu nameEn } }
        memberOf { id nameRu nameEn }
        members { id nameRu nameEn }
      }
      ... on Territory {
        level soate
        parent { id nameRu nameEn level }
        governedBy { id nameRu nameEn kind }
      }
      ... on Event {
        eventKind: kind date placeRu placeEn reportedParticipantCount namedParticipantCount participatingOrganisationCount
        phase { id nameRu nameEn number }
        heldIn { id nameRu nameEn }
        hosts { id nameRu nameEn }
      }
      ... on Phase {
        number startDate endDate budgetChf regions
        programme { id nameRu nameEn }
      }
      ... on Programme {
        sdcProjectNumber
        funders { id nameRu nameEn }
        implementers { id nameRu nameEn }
        phases { id number nameRu nameEn startDate endDate }
      }
    }
  }
`;
export type DetailsResult = { node: EntityDetail | null };

export interface EventSummary extends NameRef {
  date: string;
  kind: string;
  placeRu: string | null;
  placeEn: string | null;
  reportedParticipantCount: number | null;
  namedParticipantCount: number;
  phase: { id: string; number: number } | null;
}

export const EVENTS = /* GraphQL */ `
  query Events($first: Int!, $offset: Int!) {
    events(first: $first, offset: $offset) {
      totalCount hasNextPage
      items { id nameRu nameEn date kind placeRu placeEn reportedParticipantCount namedParticipantCount phase { id number } }
    }
  }
`;
export type EventsResult = { events: { totalCount: number; hasNextPage: boolean; items: EventSummary[] } };

export interface ParticipantRow {
  id: string;
  role: string;
  participant: (NameRef & { __typename: 'Person' }) | (NameRef & { __typename: 'Organisation'; kind: string });
  representing: (NameRef & { kind: string }) | null;
}

export interface EventDetail extends EventSummary {
  participatingOrganisationCount: number;
  phase: (NameRef & { number: number }) | null;
  heldIn: NameRef | null;
  hosts: NameRef[];
  participants: ParticipantRow[];
}

export const EVENT_DETAIL = /* GraphQL */ `
  query EventDetail($id: ID!) {
    event(id: $id) {
      id nameRu nameEn date kind placeRu placeEn
      reportedParticipantCount namedParticipantCount participatingOrganisationCount
      phase { id number nameRu nameEn }
      heldIn { id nameRu nameEn }
      hosts { id nameRu nameEn }
      participants {
        id role
        participant { __typename ... on Person { id nameRu nameEn } ... on Organisation { id nameRu nameEn kind } }
        representing { id nameRu nameEn kind }
      }
    }
  }
`;
export type EventDetailResult = { event: EventDetail | null };

export interface AreaOption extends NameRef {
  level: string;
  cityStatus: string | null;
  parent: { id: string } | null;
}

export const AREAS = /* GraphQL */ `
  query Areas {
    territories(levels: [OBLAST, RAYON, CITY], first: 500) {
      items { id nameRu nameEn level cityStatus parent { id } }
    }
  }
`;
export type AreasResult = { territories: { items: AreaOption[] } };

export const AREA_MEMBERS = /* GraphQL */ `
  query AreaMembers($id: ID!, $offset: Int!) {
    organisations(territoryId: $id, first: 500, offset: $offset) { hasNextPage items { id } }
    territories(withinId: $id, first: 500, offset: $offset) { hasNextPage items { id } }
    events(territoryId: $id, first: 500, offset: $offset) { hasNextPage items { id } }
  }
`;
type IdPage = { hasNextPage: boolean; items: { id: string }[] };
export type AreaMembersResult = { organisations: IdPage; territories: IdPage; events: IdPage };

export interface UnitRef extends NameRef {
  ochaPcode: string | null;
  level: string;
}

export interface SummaryRow {
  territory: UnitRef & { lat: number | null; lon: number | null; parent: { id: string } | null };
  total: number;
  engaged: number;
  notEngaged: number;
  share: number;
}

export interface MunicipalityRow {
  municipality: NameRef & { kind: string };
  territory: NameRef & { level: string; soate: string };
  rayon: (NameRef & { ochaPcode: string | null }) | null;
  oblast: NameRef | null;
  engaged: boolean;
  partner: boolean;
  tookPartInEvent: boolean;
}

export const ENGAGEMENT = /* GraphQL */ `
  query Engagement($phaseId: ID!, $since: LocalDate) {
    rayons: engagementSummary(phaseId: $phaseId, since: $since, groupBy: RAYON) {
      territory { id nameRu nameEn ochaPcode level lat lon parent { id } }
      total engaged notEngaged share
    }
    oblasts: engagementSummary(phaseId: $phaseId, since: $since, groupBy: OBLAST) {
      territory { id nameRu nameEn ochaPcode level lat lon parent { id } }
      total engaged notEngaged share
    }
    municipalities: municipalityEngagement(phaseId: $phaseId, since: $since) {
      municipality { id nameRu nameEn kind }
      territory { id nameRu nameEn level soate }
      rayon { id nameRu nameEn ochaPcode }
      oblast { id nameRu nameEn }
      engaged partner tookPartInEvent
    }
  }
`;
export type EngagementResult = { rayons: SummaryRow[]; oblasts: SummaryRow[]; municipalities: MunicipalityRow[] };
