import { toPage, type Page } from '../common/page.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import { NotFoundError } from '../errors.js';
import { textFilterParams } from '../search/search-text.js';
import type { TerritoryListArgs } from './territory.input.js';
import type { Territory } from './territory.type.js';

export async function listTerritories(db: GraphDatabase, args: TerritoryListArgs): Promise<Page<Territory>> {
  const [row] = await db.read('territory/list', {
    levels: args.levels?.length ? args.levels : null,
    withinId: args.withinId ?? null,
    ...textFilterParams(args.text),
    offset: cypherInt(args.offset),
    first: cypherInt(args.first),
  });
  if (row?.withinFound === false) throw new NotFoundError('territory', String(args.withinId), 'withinId');
  return toPage<Territory>(row, args);
}
