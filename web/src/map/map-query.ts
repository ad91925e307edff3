/**
 * The map's questions beyond one phase: engagement across a set of programmes (or all of them), the overlap of
 * programmes per rayon, and the 3W table. Argument names follow the API of issue 14 (see docs/).
 */
import type { GraphQLClient } from '../api/client.js';
import type { EngagementResult } from '../api/queries.js';
import type { Lang } from '../i18n.js';
import type { OverlapRow } from '../shaping/overlap.js';
import { COUNTRY_ID } from './coverage-query.js';

/** What the map is about: one phase (today's behaviour), one programme with all its phases, or every programme. */
export type MapScope = { kind: 'phase'; phaseId: string } | { kind: 'programme'; programmeId: string } | { kind: 'all' };

/** Programme ids for the API: none means all programmes. */
export function programmeIdsOf(scope: MapScope): string[] | null {
  return scope.kind === 'programme' ? [scope.programmeId] : null;
}

export function scopeKey(scope: MapScope): string {
  return scope.kind === 'phase' ? `phase:${scope.phaseId}` : scope.kind === 'programme' ? `programme:${scope.programmeId}` : 'all';
}

const UNIT_FIELDS = 'id nameRu nameEn ochaPcode level lat lon parent { id }';

// No phaseId at all: a declared but null `$phaseId: ID` would still be sent, and "all programmes" means neither.
export const PROGRAMMES_ENGAGEMENT = /* GraphQL */ `
  query ProgrammesEngagement($programmeIds: [ID!], $since: LocalDate) {
    rayons: engagementSummary(programmeIds: $programmeIds, since: $since, groupBy: RAYON) { territory { ${UNIT_FIELDS} } total engaged notEngaged share }
    oblasts: engagementSummary(programmeIds: $programmeIds, since: $since, groupBy: OBLAST) { territory { ${UNIT_FIELDS} } total engaged notEngaged share }
    municipalities: municipalityEngagement(programmeIds: $programmeIds, since: $since) {
      municipality { id nameRu nameEn kind }
      territory { id nameRu nameEn level soate }
      rayon { id nameRu nameEn ochaPcode }
      oblast { id nameRu nameEn }
      engaged partner tookPartInEvent
    }
  }
`;

export async function fetchProgrammesEngagement(client: GraphQLClient, programmeIds: string[] | null, since: string | null): Promise<EngagementResult> {
  return client.request<EngagementResult>(PROGRAMMES_ENGAGEMENT, { programmeIds, since });
}

export const PROGRAMME_OVERLAP = /* GraphQL */ `
  query ProgrammeOverlap($territoryId: ID!, $programmeIds: [ID!], $since: LocalDate) {
    programmeOverlap(territoryId: $territoryId, programmeIds: $programmeIds, since: $since, groupBy: RAYON) {
      territory { ${UNIT_FIELDS} }
      total reachedByNone reachedByOne reachedByTwo reachedByThreeOrMore programmeCount
      programmes { id nameRu nameEn }
      areaProgrammes { id nameRu nameEn }
    }
  }
`;

export async function fetchOverlap(client: GraphQLClient, programmeIds: string[] | null, since: string | null): Promise<OverlapRow[]> {
  return (await client.request<{ programmeOverlap: OverlapRow[] }>(PROGRAMME_OVERLAP, { territoryId: COUNTRY_ID, programmeIds, since })).programmeOverlap;
}

export type TableFormat = 'CSV' | 'XLSX';

export interface TableDownload {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
}

export const WHO_DOES_WHAT_WHERE = /* GraphQL */ `
  query WhoDoesWhatWhere($programmeIds: [ID!], $territoryId: ID!, $format: TableFormat!, $language: TableLanguage!) {
    whoDoesWhatWhere(programmeIds: $programmeIds, territoryId: $territoryId, format: $format, language: $language) { fileName mimeType contentBase64 rowCount }
  }
`;

/** The table in the interface language (its headers and worded kinds); the HXL row is the same in both. */
export async function fetchWhoDoesWhatWhere(client: GraphQLClient, programmeIds: string[] | null, territoryId: string | null, format: TableFormat, lang: Lang): Promise<TableDownload> {
  const language = lang === 'ru' ? 'RU' : 'EN';
  const result = await client.request<{ whoDoesWhatWhere: TableDownload }>(WHO_DOES_WHAT_WHERE, { programmeIds, territoryId: territoryId ?? COUNTRY_ID, format, language });
  return result.whoDoesWhatWhere;
}
