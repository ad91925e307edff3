/** Typed calls to the API, one per question the page asks. */
import type { ApiGraph } from '../shaping/graph.js';
import type { GraphQLClient } from './client.js';
import {
  AREA_MEMBERS,
  AREAS,
  DETAILS,
  ENGAGEMENT,
  EVENT_DETAIL,
  EVENTS,
  NEIGHBOURHOOD,
  PROGRAMMES,
  SEARCH,
  SHORTEST_PATH,
  type AreaMembersResult,
  type AreaOption,
  type AreasResult,
  type DetailsResult,
  type EngagementResult,
  type EntityDetail,
  type EventDetail,
  type EventDetailResult,
  type EventsResult,
  type EventSummary,
  type NeighbourhoodResult,
  type Programme,
  type ProgrammesResult,
  type SearchHit,
  type SearchResult,
  type ShortestPathResult,
} from './queries.js';

export interface Api {
  programmes(): Promise<Programme[]>;
  neighbourhood(id: string, depth: number, limit: number): Promise<ApiGraph>;
  shortestPath(from: string, to: string): Promise<ApiGraph>;
  search(text: string, signal?: AbortSignal): Promise<SearchHit[]>;
  details(id: string): Promise<EntityDetail | null>;
  events(): Promise<EventSummary[]>;
  event(id: string): Promise<EventDetail | null>;
  areas(): Promise<AreaOption[]>;
  /** Ids of the organisations, territories and events in a territory (and the territory itself). */
  areaMembers(id: string): Promise<Set<string>>;
  engagement(phaseId: string, since: string | null): Promise<EngagementResult>;
}

const PAGE = 500;

export function createApi(client: GraphQLClient): Api {
  return {
    programmes: async () => (await client.request<ProgrammesResult>(PROGRAMMES)).programmes,
    neighbourhood: async (id, depth, limit) => (await client.request<NeighbourhoodResult>(NEIGHBOURHOOD, { id, depth, limit })).neighbourhood,
    shortestPath: async (from, to) => (await client.request<ShortestPathResult>(SHORTEST_PATH, { from, to })).shortestPath,
    search: async (text, signal) => (await client.request<SearchResult>(SEARCH, { text, first: 12 }, signal)).search,
    details: async (id) => (await client.request<DetailsResult>(DETAILS, { id })).node,
    events: async () => {
      const items: EventSummary[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = (await client.request<EventsResult>(EVENTS, { first: PAGE, offset })).events;
        items.push(...page.items);
        if (!page.hasNextPage || page.items.length === 0) return items;
      }
    },
    event: async (id) => (await client.request<EventDetailResult>(EVENT_DETAIL, { id })).event,
    areas: async () => (await client.request<AreasResult>(AREAS)).territories.items,
    areaMembers: async (id) => {
      const members = new Set<string>([id]);
      for (let offset = 0; ; offset += PAGE) {
        const page = await client.request<AreaMembersResult>(AREA_MEMBERS, { id, offset });
        for (const list of [page.organisations, page.territories, page.events]) for (const item of list.items) members.add(item.id);
        if (!page.organisations.hasNextPage && !page.territories.hasNextPage && !page.events.hasNextPage) return members;
      }
    },
    engagement: (phaseId, since) => client.request<EngagementResult>(ENGAGEMENT, { phaseId, since }),
  };
}
