import { EntityType } from '../common/named-entity.type.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { BadInputError, NotFoundError } from '../errors.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';
import type { EngagementArgs, EngagementSummaryArgs } from './engagement.input.js';
import type { EngagementSummaryRow, MunicipalityEngagement } from './engagement.type.js';

async function requireScope(loaders: BatchLoaders, args: EngagementArgs): Promise<void> {
  const [phase, territory] = await Promise.all([
    loaders.one<{ entityType: EntityType }>('common/nodes-by-ids', args.phaseId),
    loaders.one<{ entityType: EntityType }>('common/nodes-by-ids', args.territoryId),
  ]);
  if (!phase) throw new NotFoundError('phase', args.phaseId, 'phaseId');
  if (phase.entityType !== EntityType.PHASE) throw new BadInputError('phaseId', `"${args.phaseId}" is not a programme phase`);
  if (!territory) throw new NotFoundError('territory', args.territoryId, 'territoryId');
  if (territory.entityType !== EntityType.TERRITORY) throw new BadInputError('territoryId', `"${args.territoryId}" is not a territory`);
}

function scopeParams(args: EngagementArgs) {
  return { phaseId: args.phaseId, territoryId: args.territoryId, since: args.since ?? null };
}

/** Every municipality in the territory with its engagement in the phase. */
export async function municipalityEngagement(db: GraphDatabase, loaders: BatchLoaders, args: EngagementArgs): Promise<MunicipalityEngagement[]> {
  // The scope check and the query run at once; a bad scope throws and the rows are dropped.
  const [, rows] = await Promise.all([requireScope(loaders, args), db.read('engagement/municipalities', scopeParams(args))]);
  return rows as unknown as MunicipalityEngagement[];
}

export async function unengagedMunicipalities(db: GraphDatabase, loaders: BatchLoaders, args: EngagementArgs): Promise<MunicipalityEngagement[]> {
  return (await municipalityEngagement(db, loaders, args)).filter((row) => !row.engaged);
}

export async function engagementSummary(db: GraphDatabase, loaders: BatchLoaders, args: EngagementSummaryArgs): Promise<EngagementSummaryRow[]> {
  const [, rows] = await Promise.all([requireScope(loaders, args), db.read('engagement/summary', { ...scopeParams(args), groupBy: args.groupBy })]);
  return rows as unknown as EngagementSummaryRow[];
}
