import type { GraphDatabase, WriteTransaction } from '../db/graph-database.js';
import { COUNTRY_SOATE } from './admin-units.js';
import { buildSeedPlan, readSeedInputs, type SeedPlan } from './seed-plan.js';

export interface SeedSummary {
  territories: number;
  organisations: number;
  programmes: number;
  phases: number;
  people: number;
  positions: number;
  events: number;
  participations: number;
  partnerLinks: number;
  /** Rows of kg-psi-municipalities-mentioned.csv that gave no PARTNER_IN link. */
  skippedPartnerRows: number;
}

/** Statement (file in cypher/seed/) and its rows, in write order: nodes before the links between them. */
function statements(plan: SeedPlan): [string, readonly object[]][] {
  return [
    ['territories', plan.territories],
    ['territory-parents', plan.partOf],
    ['organisations', plan.organisations],
    ['organisation-territories', plan.governs],
    ['programmes', plan.programmes],
    ['phases', plan.phases],
    ['programme-phases', plan.hasPhase],
    ['people', plan.people],
    ['positions', plan.positions],
    ['programme-funders', plan.funding],
    ['programme-implementers', plan.implementations],
    ['consortium-members', plan.memberships],
    ['events', plan.events],
    ['event-phases', plan.eventPhases],
    ['event-places', plan.eventPlaces],
    ['event-hosts', plan.eventHosts],
    ['participations', plan.participations],
    ['partner-municipalities', plan.partnerLinks],
  ];
}

/** Runs one seed statement; a row that matched no endpoint means a data error, so the whole seed rolls back. */
async function writeRows(tx: WriteTransaction, statement: string, rows: readonly object[]): Promise<void> {
  const [result] = await tx.run(`seed/${statement}`, { rows });
  const written = Number(result?.written ?? 0);
  if (written !== rows.length) throw new Error(`seed/${statement} wrote ${written} of ${rows.length} rows`);
}

/**
 * Loads the reference graph (territories, their governing bodies, the PSI programme and its stakeholders)
 * in one transaction: all or nothing. Every write MERGEs on ids or keys, so running it again changes nothing.
 */
export async function seedDatabase(db: GraphDatabase, log: (msg: string) => void = () => {}): Promise<SeedSummary> {
  // Built and logged outside the transaction: `db.write` may retry its work.
  const plan = buildSeedPlan(readSeedInputs());
  for (const row of plan.skippedPartnerRows) {
    log(`seed: skipped partner municipality "${row.name}" (SOATE ${row.soate ?? 'none'}, "${row.yearOrPhase}"): ${row.reason}`);
  }
  await db.write(async (tx) => {
    for (const [statement, rows] of statements(plan)) await writeRows(tx, statement, rows);
  });
  return {
    territories: plan.territories.length,
    organisations: plan.organisations.length,
    programmes: plan.programmes.length,
    phases: plan.phases.length,
    people: plan.people.length,
    positions: plan.positions.length,
    events: plan.events.length,
    participations: plan.participations.length,
    partnerLinks: plan.partnerLinks.length,
    skippedPartnerRows: plan.skippedPartnerRows.length,
  };
}

/** True once the seed has run (`npm run seed` loads it again on demand). */
export async function isSeeded(db: GraphDatabase): Promise<boolean> {
  const [row] = await db.read('seed/is-seeded', { countryId: COUNTRY_SOATE });
  return row?.seeded === true;
}
