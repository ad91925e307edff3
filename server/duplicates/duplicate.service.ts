import type { GraphDatabase } from '../db/graph-database.js';
import type { Organisation } from '../organisations/organisation.type.js';
import type { Person } from '../people/person.type.js';
import { DuplicateKind, type DuplicateCandidate } from './duplicate.type.js';
import { likelyDuplicateOrganisations, likelyDuplicatePeople, type OrganisationRecord, type Pair, type PersonRecord } from './likely-duplicates.js';

async function personPairs(db: GraphDatabase): Promise<{ pairs: Pair[]; nodes: unknown[] }> {
  const [row] = await db.read('duplicates/people');
  const names = new Map(((row?.organisations ?? []) as { id: string; name: string }[]).map((org) => [org.id, org.name]));
  const people = (row?.people ?? []) as PersonRecord[];
  return { pairs: likelyDuplicatePeople(people, (id) => names.get(id) ?? id), nodes: people };
}

async function organisationPairs(db: GraphDatabase): Promise<{ pairs: Pair[]; nodes: unknown[] }> {
  const [row] = await db.read('duplicates/organisations');
  const organisations = (row?.organisations ?? []) as OrganisationRecord[];
  return { pairs: likelyDuplicateOrganisations(organisations), nodes: organisations };
}

/** The duplicates report: likely pairs of people or of organisations, best first, from one read. */
export async function duplicateCandidates(db: GraphDatabase, kind: DuplicateKind, first: number, minScore: number): Promise<DuplicateCandidate[]> {
  const { pairs, nodes } = kind === DuplicateKind.PERSON ? await personPairs(db) : await organisationPairs(db);
  const byId = new Map((nodes as (Person | Organisation)[]).map((node) => [node.id, node]));
  return pairs
    .filter((pair) => pair.score >= minScore)
    .sort((a, b) => b.score - a.score || a.firstId.localeCompare(b.firstId) || a.secondId.localeCompare(b.secondId))
    .slice(0, first)
    .map((pair) => ({ score: pair.score, reason: pair.reason, first: byId.get(pair.firstId)!, second: byId.get(pair.secondId)! }));
}
