import { EntityType } from '../common/named-entity.type.js';
import { checkProgrammeIds, type ProgrammeScope } from '../coverage/coverage-scope.js';
import { readCoverage } from '../coverage/coverage.service.js';
import { ReachKind, type MunicipalityCoverage } from '../coverage/coverage.type.js';
import type { GraphDatabase, Row } from '../db/graph-database.js';
import { BadInputError, NotFoundError } from '../errors.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';
import type { EngagementSummaryArgs, ProgrammeEngagementArgs } from './engagement.input.js';
import type { Territory } from '../territories/territory.type.js';
import { EngagementGrouping, type EngagementSummaryRow, type MunicipalityEngagement } from './engagement.type.js';

/** One phase (today's questions), or a programme set or all programmes (null ids): never both. */
type Question = { phaseId: string } | { programmes: ProgrammeScope };

function questionOf(args: ProgrammeEngagementArgs): Question {
  if (args.phaseId != null && args.programmeIds != null) {
    throw new BadInputError('programmeIds', 'give either phaseId or programmeIds, not both (neither means all programmes)');
  }
  if (args.phaseId != null) return { phaseId: args.phaseId };
  return { programmes: { programmeIds: checkProgrammeIds(args.programmeIds), territoryId: args.territoryId, since: args.since ?? null } };
}

/** Why the phase or territory was not found: missing (NOT_FOUND) or of another kind (BAD_USER_INPUT). */
async function scopeError(loaders: BatchLoaders, phaseId: string, args: ProgrammeEngagementArgs): Promise<Error> {
  const [phase, territory] = await Promise.all([
    loaders.one<{ entityType: EntityType }>('common/nodes-by-ids', phaseId),
    loaders.one<{ entityType: EntityType }>('common/nodes-by-ids', args.territoryId),
  ]);
  if (!phase) return new NotFoundError('phase', phaseId, 'phaseId');
  if (phase.entityType !== EntityType.PHASE) return new BadInputError('phaseId', `"${phaseId}" is not a programme phase`);
  if (!territory) return new NotFoundError('territory', args.territoryId, 'territoryId');
  return new BadInputError('territoryId', `"${args.territoryId}" is not a territory`);
}

function phaseParams(phaseId: string, args: ProgrammeEngagementArgs) {
  return { phaseId, territoryId: args.territoryId, since: args.since ?? null };
}

/**
 * The engagement statements answer in one row whether the phase and territory exist, along with their list;
 * only a wrong id costs a second query, to say what is wrong with it.
 */
async function inScope(loaders: BatchLoaders, phaseId: string, args: ProgrammeEngagementArgs, row: Row | undefined): Promise<Row> {
  if (!row?.phaseFound || !row.territoryFound) throw await scopeError(loaders, phaseId, args);
  return row;
}

type MunicipalityRow = Omit<MunicipalityEngagement, 'rayon' | 'oblast'> & { rayonId: string | null; oblastId: string | null };

/** engagement/municipalities sends each rayon and oblast once; every row gets its own back here. */
export function withUnits(rows: readonly MunicipalityRow[], units: readonly Territory[]): MunicipalityEngagement[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return rows.map(({ rayonId, oblastId, ...row }) => ({ ...row, rayon: (rayonId && byId.get(rayonId)) || null, oblast: (oblastId && byId.get(oblastId)) || null }));
}

/** Engaged across programmes = reached by at least one of them (coverage/reach.cypher), by any path. */
function engagementOf({ programmes, ...row }: MunicipalityCoverage): MunicipalityEngagement {
  const through = new Set(programmes.flatMap((reach) => reach.through));
  return {
    ...row,
    engaged: programmes.length > 0,
    partner: through.has(ReachKind.PARTNER_LINK),
    tookPartInEvent: through.has(ReachKind.EVENT),
    activityLocation: through.has(ReachKind.ACTIVITY_LOCATION),
  };
}

/** Every municipality in the territory with its engagement in the phase, the programme set or any programme. */
export async function municipalityEngagement(db: GraphDatabase, loaders: BatchLoaders, args: ProgrammeEngagementArgs): Promise<MunicipalityEngagement[]> {
  const question = questionOf(args);
  if ('programmes' in question) return (await readCoverage(db, loaders, question.programmes)).municipalities.map(engagementOf);
  const [row] = await db.read('engagement/municipalities', phaseParams(question.phaseId, args));
  const found = await inScope(loaders, question.phaseId, args, row);
  return withUnits(found.municipalities as MunicipalityRow[], found.units as Territory[]);
}

export async function unengagedMunicipalities(db: GraphDatabase, loaders: BatchLoaders, args: ProgrammeEngagementArgs): Promise<MunicipalityEngagement[]> {
  return (await municipalityEngagement(db, loaders, args)).filter((row) => !row.engaged);
}

/** The unit a municipality is counted under: its rayon (or oblast); a city outside one stands for itself. */
export function unitOf(row: Pick<MunicipalityEngagement, 'territory' | 'rayon' | 'oblast'>, groupBy: EngagementGrouping): Territory {
  return (groupBy === EngagementGrouping.RAYON ? row.rayon : row.oblast) ?? row.territory;
}

/** The summary of a municipality list, as engagement/summary.cypher counts it for one phase. */
function summarised(rows: readonly MunicipalityEngagement[], groupBy: EngagementGrouping): EngagementSummaryRow[] {
  const units = new Map<string, { territory: Territory; total: number; engaged: number }>();
  for (const row of rows) {
    const territory = unitOf(row, groupBy);
    const counted = units.get(territory.id) ?? { territory, total: 0, engaged: 0 };
    counted.total += 1;
    if (row.engaged) counted.engaged += 1;
    units.set(territory.id, counted);
  }
  return [...units.values()]
    .sort((a, b) => a.territory.soate.localeCompare(b.territory.soate))
    .map(({ territory, total, engaged }) => ({ territory, total, engaged, notEngaged: total - engaged, share: engaged / total }));
}

export async function engagementSummary(db: GraphDatabase, loaders: BatchLoaders, args: EngagementSummaryArgs): Promise<EngagementSummaryRow[]> {
  const question = questionOf(args);
  if ('programmes' in question) return summarised(await municipalityEngagement(db, loaders, args), args.groupBy);
  const [row] = await db.read('engagement/summary', { ...phaseParams(question.phaseId, args), groupBy: args.groupBy });
  return (await inScope(loaders, question.phaseId, args, row)).units as EngagementSummaryRow[];
}
