import type { Params, Row } from '../../server/db/graph-database.js';
import type { IatiActivityRecord, IatiFileReading, Narrative } from '../../server/iati/reading/iati-record.js';
import { testDatabase } from '../support/database.js';

/**
 * IATI activity records as the reader hands them over (server/iati/reading/iati-record.ts), written here by hand
 * so the mapping is tested on its own; the identifiers all start with XM-TEST so clean-up finds them.
 */
export const en = (text: string): Narrative => ({ lang: 'en', text });
export const ru = (text: string): Narrative => ({ lang: 'ru', text });
export const ky = (text: string): Narrative => ({ lang: 'ky', text });

export function activity(identifier: string, overrides: Partial<IatiActivityRecord> = {}): IatiActivityRecord {
  return {
    position: 1,
    line: 3,
    identifier,
    lastUpdated: '2024-05-01T10:00:00Z',
    defaultLanguage: 'en',
    hierarchy: 1,
    reportingOrg: { ref: 'XM-TEST-REPORTER', type: '40', names: [en('Test Reporting Agency')] },
    titles: [en(`Activity ${identifier}`)],
    descriptions: [],
    status: '2',
    dates: [{ type: '1', isoDate: '2024-01-01' }, { type: '3', isoDate: '2026-12-31' }],
    participatingOrgs: [],
    recipientCountries: [{ code: 'KG', percentage: 100 }],
    recipientRegions: [],
    locations: [],
    sectors: [],
    budgets: [],
    relatedActivities: [],
    ...overrides,
  };
}

export function reading(activities: IatiActivityRecord[], invalidActivities: IatiFileReading['invalidActivities'] = []): IatiFileReading {
  return {
    declaredVersion: '2.03',
    schemaVersion: '2.03',
    generatedAt: null,
    fileProblems: [],
    activities: activities.map((a, index) => ({ ...a, position: a.position === 1 ? index + 1 : a.position })),
    invalidActivities,
  };
}

/** A reader that hands over the given records whatever the bytes are. */
export const readerOf = (file: IatiFileReading) => async () => file;

export const query = (text: string, params: Params = {}): Promise<Row[]> => testDatabase().runStatement('iati.test', text, params);

export async function graphCounts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await query('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships');
  return { nodes: Number(row!.nodes), relationships: Number(row!.relationships) };
}

/** Removes everything the IATI tests wrote: their activities, budgets, organisations and the refs given to seeded ones. */
export async function removeTestActivities(): Promise<void> {
  await query(`MATCH (a:Programme|Phase) WHERE a.iatiIdentifier STARTS WITH 'XM-TEST' OPTIONAL MATCH (a)-[:HAS_BUDGET]->(b:Budget) DETACH DELETE a, b`);
  await query(`MATCH (o:Organisation) WHERE o.source = 'IATI' AND o.id STARTS WITH 'iati-org-' DETACH DELETE o`);
  await query(`MATCH (o:Organisation) WHERE o.iatiRef STARTS WITH 'XM-TEST' REMOVE o.iatiRef, o.iatiType`);
  await query(`MATCH (c:Change) WHERE c.entityId STARTS WITH 'iati-' DELETE c`);
}
