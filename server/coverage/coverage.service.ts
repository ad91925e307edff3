import type { GraphDatabase } from '../db/graph-database.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';
import type { Programme } from '../programmes/programme.type.js';
import type { Territory } from '../territories/territory.type.js';
import { programmeScopeError, type ProgrammeScope } from './coverage-scope.js';
import type { MunicipalityCoverage, ReachKind } from './coverage.type.js';

/** A programme located above any one municipality: the place and every territory it lies in (itself included). */
export interface AreaLocation {
  programmeId: string;
  territoryId: string;
  withinIds: string[];
}

export interface Coverage {
  municipalities: MunicipalityCoverage[];
  /** The programmes asked about (every programme when none were named), by English name. */
  programmes: Programme[];
  areaLocations: AreaLocation[];
}

interface ReachRow {
  municipalityId: string;
  programmeId: string;
  through: ReachKind[];
}

interface MunicipalityRow {
  municipality: MunicipalityCoverage['municipality'];
  territory: Territory;
  rayonId: string | null;
  oblastId: string | null;
}

/** Reach kinds in one fixed order, so answers compare equal whatever order Neo4j found them in. */
const KIND_ORDER: ReachKind[] = ['PARTNER_LINK', 'EVENT', 'ACTIVITY_LOCATION'] as ReachKind[];

/**
 * Every municipality in the territory with the programmes that reach it, in one round trip
 * (coverage/reach.cypher); a wrong territory or programme id costs one more, to say what is wrong with it.
 */
export async function readCoverage(db: GraphDatabase, loaders: BatchLoaders, scope: ProgrammeScope): Promise<Coverage> {
  const [row] = await db.read('coverage/reach', { programmeIds: scope.programmeIds, territoryId: scope.territoryId, since: scope.since });
  const found = { territoryFound: Boolean(row?.territoryFound), unknownProgrammeIds: (row?.unknownProgrammeIds as string[] | undefined) ?? [] };
  if (!row || !found.territoryFound || found.unknownProgrammeIds.length > 0) throw await programmeScopeError(loaders, scope, found);

  const programmes = row.programmes as Programme[];
  const programmeById = new Map(programmes.map((programme) => [programme.id, programme]));
  const unitById = new Map((row.units as Territory[]).map((unit) => [unit.id, unit]));
  const reachesOf = new Map<string, ReachRow[]>();
  for (const reach of row.reaches as ReachRow[]) reachesOf.set(reach.municipalityId, [...(reachesOf.get(reach.municipalityId) ?? []), reach]);

  const municipalities = (row.municipalities as MunicipalityRow[]).map(({ municipality, territory, rayonId, oblastId }) => ({
    municipality,
    territory,
    rayon: (rayonId && unitById.get(rayonId)) || null,
    oblast: (oblastId && unitById.get(oblastId)) || null,
    programmes: (reachesOf.get(municipality.id) ?? [])
      .map((reach) => ({ programme: programmeById.get(reach.programmeId)!, through: KIND_ORDER.filter((kind) => reach.through.includes(kind)) }))
      .sort((a, b) => programmes.indexOf(a.programme) - programmes.indexOf(b.programme)),
  }));
  return { municipalities, programmes, areaLocations: row.areaLocations as AreaLocation[] };
}
