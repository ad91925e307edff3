import { EntityType } from '../common/named-entity.type.js';
import type { GraphDatabase, Row } from '../db/graph-database.js';
import { BadInputError, NotFoundError } from '../errors.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';
import type { EngagementArgs, EngagementSummaryArgs } from './engagement.input.js';
import type { Territory } from '../territories/territory.type.js';
import type { EngagementSummaryRow, MunicipalityEngagement } from './engagement.type.js';

/** Why the phase or territory was not found: missing (NOT_FOUND) or of another kind (BAD_USER_INPUT). */
async function scopeError(loaders: BatchLoaders, args: EngagementArgs): Promise<Error> {
  const [phase, territory] = await Promise.all([
    loaders.one<{ entityType: EntityType }>('common/nodes-by-ids', args.phaseId),
    loaders.one<{ entityType: EntityType }>('common/nodes-by-ids', args.territoryId),
  ]);
  if (!phase) return new NotFoundError('phase', args.phaseId, 'phaseId');
  if (phase.entityType !== EntityType.PHASE) return new BadInputError('phaseId', `"${args.phaseId}" is not a programme phase`);
  if (!territory) return new NotFoundError('territory', args.territoryId, 'territoryId');
  return new BadInputError('territoryId', `"${args.territoryId}" is not a territory`);
}

function scopeParams(args: EngagementArgs) {
  return { phaseId: args.phaseId, territoryId: args.territoryId, since: args.since ?? null };
}

/**
 * The engagement statements answer in one row whether the phase and territory exist, along with their list;
 * only a wrong id costs a second query, to say what is wrong with it.
 */
async function inScope(loaders: BatchLoaders, args: EngagementArgs, row: Row | undefined): Promise<Row> {
  if (!row?.phaseFound || !row.territoryFound) throw await scopeError(loaders, args);
  return row;
}

type MunicipalityRow = Omit<MunicipalityEngagement, 'rayon' | 'oblast'> & { rayonId: string | null; oblastId: string | null };

/** engagement/municipalities sends each rayon and oblast once; every row gets its own back here. */
export function withUnits(rows: readonly MunicipalityRow[], units: readonly Territory[]): MunicipalityEngagement[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return rows.map(({ rayonId, oblastId, ...row }) => ({ ...row, rayon: (rayonId && byId.get(rayonId)) || null, oblast: (oblastId && byId.get(oblastId)) || null }));
}

/** Every municipality in the territory with its engagement in the phase. */
export async function municipalityEngagement(db: GraphDatabase, loaders: BatchLoaders, args: EngagementArgs): Promise<MunicipalityEngagement[]> {
  const [row] = await db.read('engagement/municipalities', scopeParams(args));
  const found = await inScope(loaders, args, row);
  return withUnits(found.municipalities as MunicipalityRow[], found.units as Territory[]);
}

export async function unengagedMunicipalities(db: GraphDatabase, loaders: BatchLoaders, args: EngagementArgs): Promise<MunicipalityEngagement[]> {
  return (await municipalityEngagement(db, loaders, args)).filter((row) => !row.engaged);
}

export async function engagementSummary(db: GraphDatabase, loaders: BatchLoaders, args: EngagementSummaryArgs): Promise<EngagementSummaryRow[]> {
  const [row] = await db.read('engagement/summary', { ...scopeParams(args), groupBy: args.groupBy });
  return (await inScope(loaders, args, row)).units as EngagementSummaryRow[];
}
