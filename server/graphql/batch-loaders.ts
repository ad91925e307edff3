import DataLoader from 'dataloader';
import type { GraphDatabase } from '../db/graph-database.js';

/**
 * One DataLoader per named batch query, per request: every field resolver that needs related
 * records asks here, and all keys asked for in one tick go to Neo4j in one round trip.
 * A batch query takes `$ids` and returns rows `{ id, items }`.
 */
export class BatchLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown[]>>();

  constructor(private readonly db: GraphDatabase) {}

  async many<T>(queryName: string, id: string): Promise<T[]> {
    return (await this.loader(queryName).load(id)) as T[];
  }

  async one<T>(queryName: string, id: string): Promise<T | null> {
    const items = await this.many<T>(queryName, id);
    return items[0] ?? null;
  }

  private loader(queryName: string): DataLoader<string, unknown[]> {
    let loader = this.loaders.get(queryName);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.db.read(queryName, { ids: [...ids] });
        const byId = new Map(rows.map((row) => [String(row.id), (row.items as unknown[]) ?? []]));
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.loaders.set(queryName, loader);
    }
    return loader;
  }
}
