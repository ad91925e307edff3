import { programmeScopeError } from '../coverage/coverage-scope.js';
import type { GraphDatabase } from '../db/graph-database.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';
import { threeWFile, type ThreeWLine } from './three-w-table.js';
import { TableLanguage, type TableDownload, type TableFormat } from './table-download.type.js';
import { activityStatus, organisationType } from './three-w-words.js';

interface Names { nameRu?: string | null; nameEn?: string | null; nameKy?: string | null }
interface ActivityFacts extends Names {
  id: string;
  iatiIdentifier?: string | null;
  sdcProjectNumber?: string | null;
  iatiStatus?: string | null;
  sectors?: string[] | null;
  startDate?: string | null;
  endDate?: string | null;
}
interface OrganisationFacts extends Names { id: string; iatiRef?: string | null; iatiType?: string | null; kind?: string | null }
interface ChainUnit extends Names { id: string; soate: string; level: string; ochaPcode?: string | null; depth: number }
interface FactRow { activity: ActivityFacts; programme: ActivityFacts; organisations: OrganisationFacts[]; chain: ChainUnit[] }

export interface WhoDoesWhatWhereRequest {
  programmeIds: string[] | null;
  territoryId: string;
  format: TableFormat;
  language: TableLanguage;
  /** The day statuses are worked out for when an activity has no IATI status; today by default. */
  today?: string;
}

/** The name in the asked language, else Russian (every record has a Russian name), else any. */
export function nameIn(language: TableLanguage, names: Names | null | undefined): string {
  if (!names) return '';
  const asked = language === TableLanguage.EN ? names.nameEn : names.nameRu;
  return asked || names.nameRu || names.nameEn || names.nameKy || '';
}

/** IATI sector codes as written in the graph ("<vocabulary>:<code>"); the DAC 5-digit vocabulary 1 needs no prefix. */
function sectorText(activity: ActivityFacts, programme: ActivityFacts): string {
  const sectors = activity.sectors?.length ? activity.sectors : (programme.sectors ?? []);
  return sectors.map((sector) => (sector.startsWith('1:') ? sector.slice(2) : sector)).join(' | ');
}

/**
 * Place columns from the place's chain of territories, top down below the country: admin 1 is the oblast (or
 * Bishkek, Osh), admin 2 the rayon (or city of oblast significance), admin 3 the ayil aimak or town.
 */
function placeColumns(chain: readonly ChainUnit[], language: TableLanguage) {
  const [adm1, adm2, adm3] = [...chain].sort((a, b) => b.depth - a.depth).filter((unit) => unit.level !== 'COUNTRY');
  return {
    adm1Name: nameIn(language, adm1), adm1Code: adm1?.soate ?? '', adm1Pcode: adm1?.ochaPcode ?? '',
    adm2Name: nameIn(language, adm2), adm2Code: adm2?.soate ?? '', adm2Pcode: adm2?.ochaPcode ?? '',
    adm3Name: nameIn(language, adm3), adm3Code: adm3?.soate ?? '',
  };
}

export function threeWLines(rows: readonly FactRow[], language: TableLanguage, today: string): ThreeWLine[] {
  const lines = rows.flatMap(({ activity, programme, organisations, chain }) => {
    const common = {
      sector: sectorText(activity, programme),
      activityName: nameIn(language, activity),
      activityCode: activity.iatiIdentifier || activity.sdcProjectNumber || activity.id,
      ...placeColumns(chain, language),
      startDate: activity.startDate ?? '',
      endDate: activity.endDate ?? '',
      status: activityStatus(activity, today, language),
    };
    const who = organisations.length > 0 ? organisations : [null];
    return who.map((organisation) => ({
      orgName: nameIn(language, organisation),
      orgCode: organisation?.iatiRef ?? '',
      orgType: organisationType(organisation, language),
      ...common,
    }));
  });
  const order = (line: ThreeWLine) => [line.orgName, line.activityCode, line.adm1Code, line.adm2Code, line.adm3Code];
  return lines.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i]!.localeCompare(y[i]!);
    return 0;
  });
}

/** The 3W table for the programmes inside the territory, in one round trip (coverage/who-does-what-where.cypher). */
export async function whoDoesWhatWhere(db: GraphDatabase, loaders: BatchLoaders, request: WhoDoesWhatWhereRequest): Promise<TableDownload> {
  const [row] = await db.read('coverage/who-does-what-where', { programmeIds: request.programmeIds, territoryId: request.territoryId });
  const found = { territoryFound: Boolean(row?.territoryFound), unknownProgrammeIds: (row?.unknownProgrammeIds as string[] | undefined) ?? [] };
  const scope = { programmeIds: request.programmeIds, territoryId: request.territoryId, since: null };
  if (!row || !found.territoryFound || found.unknownProgrammeIds.length > 0) throw await programmeScopeError(loaders, scope, found);
  const today = request.today ?? new Date().toISOString().slice(0, 10);
  const lines = threeWLines(row.rows as FactRow[], request.language, today);
  const file = await threeWFile(lines, request.format, request.language, `3w-${request.territoryId}-${today}`);
  return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: file.content.toString('base64'), rowCount: lines.length };
}
