import type { GraphDatabase } from '../db/graph-database.js';
import { readDataCsv } from '../seed/data-files.js';
import { Gazetteer } from './gazetteer.js';
import { villagesBySoate } from './seed-gazetteer.js';
import type { GazetteerData } from './types.js';

/**
 * The gazetteer of the live graph, read with one named query (cypher/queries/press/gazetteer.cypher) and kept while
 * the graph does not change: building it reads every name and indexes them, while drafts come one after another as
 * an editor works through releases. Before each draft a light query (press/gazetteer-version.cypher: the latest
 * audited change and the node counts) says whether the graph changed since; if so it is read again, so a node added
 * or renamed is found by the next draft. Villages are not graph nodes; they come from the SOATE extract the seed reads.
 */
let cached: { version: string; gazetteer: Promise<Gazetteer> } | null = null;
let villages: Map<string, string[]> | null = null;

type Named = { nameRu?: string | null; nameEn?: string | null; nameKy?: string | null; nameRuShort?: string | null; aliases?: string[] | null };
const namesOf = (n: Named) => [n.nameRu, n.nameEn, n.nameKy, n.nameRuShort, ...(n.aliases ?? [])].filter((s): s is string => typeof s === 'string' && s.length > 0);

export async function liveGazetteer(db: GraphDatabase): Promise<Gazetteer> {
  const [row] = await db.read('press/gazetteer-version');
  const version = JSON.stringify(row ?? null);
  if (cached?.version === version) return cached.gazetteer;
  const gazetteer = load(db);
  cached = { version, gazetteer };
  // A failed read is not kept: the next draft tries again.
  gazetteer.catch(() => {
    if (cached?.gazetteer === gazetteer) cached = null;
  });
  return gazetteer;
}

/** Forgets the gazetteer, so the next draft reads the graph again (tests, and after a restore). */
export function forgetGazetteer(): void {
  cached = null;
}

async function load(db: GraphDatabase): Promise<Gazetteer> {
  return new Gazetteer(await readGazetteerData(db));
}

/** The graph's names as the engine reads them; the press batch (server/press/batch/) hands them to its workers. */
export async function readGazetteerData(db: GraphDatabase): Promise<GazetteerData> {
  const [row] = await db.read('press/gazetteer');
  villages ??= villagesBySoate(readDataCsv('reference/kg-admin-units.csv'));
  const r = row as Record<string, any>;
  const data: GazetteerData = {
    territories: (r.territories as any[]).map((t) => ({ id: t.id, level: t.level, names: namesOf(t), parentId: t.parentId ?? null, villages: villages!.get(t.id) ?? [] })),
    organisations: (r.organisations as any[]).map((o) => ({ id: o.id, kind: o.kind, names: namesOf(o), territoryId: o.territoryId ?? null, memberIds: o.memberIds ?? [] })),
    people: (r.people as any[]).map((p) => ({ id: p.id, names: namesOf(p), organisationIds: p.organisationIds ?? [] })),
    programmes: (r.programmes as any[]).map((p) => ({ id: p.id, names: namesOf(p), phases: p.phases ?? [] })),
  };
  return data;
}
