import DataLoader from 'dataloader';
import type { GraphDatabase } from '../db/graph-database.js';

/**
 * One DataLoader per named batch query, per request: every field resolver that needs related
 * records asks here, and all keys asked for in one tick go to Neo4j in one round trip.
 * A batch query takes `$ids` (plus any fixed parameters) and returns rows `{ id, items }`.
 */
export class BatchLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown[]>>();

  constructor(private readonly db: GraphDatabase) {}

  /** Related records of `id`; ids asked for with the same query and parameters share one round trip. */
  async many<T>(queryName: string, id: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return (await this.loader(queryName, params).load(id)) as T[];
  }

  async one<T>(queryName: string, id: string, params: Record<string, unknown> = {}): Promise<T | null> {
    const items = await this.many<T>(queryName, id, params);
    return items[0] ?? null;
  }

  private loader(queryName: string, params: Record<string, unknown>): DataLoader<string, unknown[]> {
    const key = `${queryName} ${JSON.stringify(params)}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.db.read(queryName, { ...params, ids: [...ids] });
        const byId = new Map(rows.map((row) => [String(row.id), (row.items as unknown[]) ?? []]));
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.loaders.set(key, loader);
    }
    return loader;
  }
}
