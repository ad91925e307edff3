import type { GraphDatabase } from '../db/graph-database.js';
import type { Programme } from './programme.type.js';

export async function listProgrammes(db: GraphDatabase): Promise<Programme[]> {
  const rows = await db.read('programme/list');
  return rows.map((row) => row.programme as Programme);
}
