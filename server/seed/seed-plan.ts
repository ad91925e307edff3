import { COUNTRY_SOATE, adminUnitFromCsv, parentMap, partOfRows, territoryRows } from './admin-units.js';
import { readDataCsv, readDataJson } from './data-files.js';
import { governsRows, localGovernmentRows, localGovernments, withExtraAliases } from './local-government.js';
import { partnerLinks, type SkippedPartnerRow } from './partner-municipalities.js';
import { hasPhaseRows, phaseRows, programmeRow, type PhaseRow, type SdcProjectFile } from './programme.js';
import { assertUniqueIds, type LinkRow, type NodeRow } from './rows.js';
import { parseStakeholderFile, type StakeholderFile } from './stakeholder-file.js';
import {
  eventLinkRows,
  eventRows,
  fundingRows,
  implementationRows,
  membershipRows,
  organisationRows,
  participationRows,
  personRows,
  positionRows,
  type EventRow,
  type ParticipationRow,
  type PositionRow,
} from './stakeholders.js';

/** The data files the seed is built from, parsed but not yet interpreted. */
export interface SeedInputs {
  adminUnits: Record<string, string>[];
  sdcProject: SdcProjectFile;
  stakeholders: StakeholderFile;
  partnerMunicipalities: Record<string, string>[];
}

export function readStakeholders(): StakeholderFile {
  return parseStakeholderFile(readDataJson('programme/psi-stakeholders.json'));
}

export function readSeedInputs(): SeedInputs {
  return {
    adminUnits: readDataCsv('reference/kg-admin-units.csv'),
    sdcProject: readDataJson('reference/sdc-psi-project.json') as SdcProjectFile,
    stakeholders: readStakeholders(),
    partnerMunicipalities: readDataCsv('reference/kg-psi-municipalities-mentioned.csv'),
  };
}

/** Every row the seed writes, grouped by the statement that writes it. */
export interface SeedPlan {
  territories: NodeRow[];
  partOf: LinkRow[];
  organisations: NodeRow[];
  governs: LinkRow[];
  programmes: NodeRow[];
  phases: PhaseRow[];
  hasPhase: LinkRow[];
  people: NodeRow[];
  positions: PositionRow[];
  funding: LinkRow[];
  implementations: LinkRow[];
  memberships: LinkRow[];
  events: EventRow[];
  eventPhases: LinkRow[];
  eventPlaces: LinkRow[];
  eventHosts: LinkRow[];
  participations: ParticipationRow[];
  partnerLinks: LinkRow[];
  skippedPartnerRows: SkippedPartnerRow[];
}

export function buildSeedPlan(inputs: SeedInputs): SeedPlan {
  const units = inputs.adminUnits.map(adminUnitFromCsv);
  const parentOf = parentMap(units);
  const bodies = withExtraAliases(localGovernments(units), inputs.stakeholders.organisationAliases);
  const phases = phaseRows(inputs.sdcProject);
  const partners = partnerLinks(inputs.partnerMunicipalities, units, phases.map((phase) => phase.number));
  const eventLinks = eventLinkRows(inputs.stakeholders);
  const plan: SeedPlan = {
    territories: territoryRows(units),
    partOf: partOfRows(units),
    organisations: [...localGovernmentRows(bodies), ...organisationRows(inputs.stakeholders)],
    governs: governsRows(bodies),
    programmes: [programmeRow(inputs.sdcProject)],
    phases,
    hasPhase: hasPhaseRows(phases),
    people: personRows(inputs.stakeholders),
    positions: positionRows(inputs.stakeholders),
    funding: fundingRows(inputs.stakeholders),
    implementations: implementationRows(inputs.stakeholders),
    memberships: membershipRows(inputs.stakeholders),
    events: eventRows(inputs.stakeholders),
    eventPhases: eventLinks.inPhase,
    eventPlaces: eventLinks.heldIn,
    eventHosts: eventLinks.hosted,
    participations: participationRows(inputs.stakeholders, bodies, parentOf),
    partnerLinks: partners.links,
    skippedPartnerRows: partners.skipped,
  };
  checkReferences(plan);
  return plan;
}

/** Fails before writing anything when a fact names an id the seed does not create. */
function checkReferences(plan: SeedPlan): void {
  const nodes = [plan.territories, plan.organisations, plan.programmes, plan.phases, plan.people, plan.events];
  assertUniqueIds(nodes.flat(), 'node');
  assertUniqueIds(plan.positions, 'position');
  const ids = (rows: readonly NodeRow[]) => new Set(rows.map((row) => row.id));
  const territory = ids(plan.territories);
  const organisation = ids(plan.organisations);
  const programme = ids(plan.programmes);
  const phase = ids(plan.phases);
  const person = ids(plan.people);
  const event = ids(plan.events);
  const stakeholder = new Set([...person, ...organisation]);
  const checks: [string, readonly LinkRow[], Set<string>, Set<string>][] = [
    ['PART_OF', plan.partOf, territory, territory],
    ['GOVERNS', plan.governs, organisation, territory],
    ['HAS_PHASE', plan.hasPhase, programme, phase],
    ['HOLDS_POSITION', plan.positions, person, organisation],
    ['FUNDS', plan.funding, organisation, programme],
    ['IMPLEMENTS', plan.implementations, organisation, programme],
    ['MEMBER_OF', plan.memberships, organisation, organisation],
    ['IN_PHASE', plan.eventPhases, event, phase],
    ['HELD_IN', plan.eventPlaces, event, territory],
    ['HOSTED', plan.eventHosts, organisation, event],
    ['PARTICIPATED_IN', plan.participations, stakeholder, event],
    ['PARTNER_IN', plan.partnerLinks, organisation, phase],
  ];
  for (const [type, links, from, to] of checks) {
    for (const link of links) {
      if (!from.has(link.fromId) || !to.has(link.toId)) {
        throw new Error(`Seed data: ${type} from "${link.fromId}" to "${link.toId}" names an id the seed does not create`);
      }
    }
  }
  for (const row of plan.participations) {
    const representing = row.props?.representingId;
    if (typeof representing === 'string' && !organisation.has(representing)) {
      throw new Error(`Seed data: participation ${row.key} represents unknown organisation "${representing}"`);
    }
  }
  if (!territory.has(COUNTRY_SOATE)) throw new Error('Seed data: the country is missing');
}
