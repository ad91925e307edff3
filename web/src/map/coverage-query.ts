/** `coverageOverTime`: municipalities reached per month, quarter or year, overall and per oblast. */
import type { GraphQLClient } from '../api/client.js';

export type Interval = 'MONTH' | 'QUARTER' | 'YEAR';
export const INTERVALS: readonly Interval[] = ['MONTH', 'QUARTER', 'YEAR'];

/** The whole country: the API's default scope, and the map's. */
export const COUNTRY_ID = '41700000000000';

export interface CoverageTerritory {
  id: string;
  nameRu: string | null;
  nameEn: string | null;
  level: string;
}

export interface CoveragePeriod {
  /** e.g. "2019-07", "2019-Q3", "2019" */
  period: string;
  start: string;
  end: string;
  events: number;
  firstTime: number;
  repeat: number;
  reached: number;
  cumulativeReached: number;
  cumulativeShare: number;
  /** Whole scope only (null in a group's series). */
  namedParticipants: number | null;
  reportedParticipants: number | null;
}

export interface CoverageSeries {
  totalMunicipalities: number;
  /** Null for the whole scope. */
  territory: CoverageTerritory | null;
  periods: CoveragePeriod[];
}

export interface CoverageReport {
  interval: Interval;
  overall: CoverageSeries;
  /** One series per oblast (and per city of republican significance). */
  groups: CoverageSeries[];
  /** The unit the overall series covers, named for the CSV. */
  scope: CoverageTerritory | null;
}

const PERIOD_FIELDS = 'period start end events firstTime repeat reached cumulativeReached cumulativeShare namedParticipants reportedParticipants';
const TERRITORY_FIELDS = 'id nameRu nameEn level';

// Grouped by oblast in one request: the chart draws the overall series, the CSV adds the oblast rows.
export const COVERAGE = /* GraphQL */ `
  query Coverage($phaseId: ID!, $since: LocalDate, $territoryId: ID!, $interval: Interval!) {
    coverageOverTime(phaseId: $phaseId, since: $since, territoryId: $territoryId, interval: $interval, groupBy: OBLAST) {
      interval
      overall { totalMunicipalities territory { ${TERRITORY_FIELDS} } periods { ${PERIOD_FIELDS} } }
      groups { totalMunicipalities territory { ${TERRITORY_FIELDS} } periods { ${PERIOD_FIELDS} } }
    }
    scope: territory(id: $territoryId) { ${TERRITORY_FIELDS} }
  }
`;

type CoverageResult = { coverageOverTime: Omit<CoverageReport, 'scope'>; scope: CoverageTerritory | null };

export interface CoverageArgs {
  phaseId: string;
  since: string | null;
  interval: Interval;
  territoryId?: string;
}

export async function fetchCoverage(client: GraphQLClient, { phaseId, since, interval, territoryId = COUNTRY_ID }: CoverageArgs): Promise<CoverageReport> {
  const result = await client.request<CoverageResult>(COVERAGE, { phaseId, since, territoryId, interval });
  return { ...result.coverageOverTime, scope: result.scope };
}
