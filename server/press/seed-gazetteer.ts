import { buildSeedPlan, readSeedInputs, type SeedInputs } from '../seed/seed-plan.js';
import type { GazetteerData } from './types.js';

/**
 * The gazetteer as the seed would write it, without a database: for unit tests and `npm run eval:press`.
 * The API reads the same shape from Neo4j (press-gazetteer.ts).
 */
export function seedGazetteerData(inputs: SeedInputs = readSeedInputs()): GazetteerData {
  const plan = buildSeedPlan(inputs);
  const names = (p: Record<string, unknown>) =>
    [p.nameRu, p.nameEn, p.nameKy, p.nameRuShort, ...((p.aliases as string[] | undefined) ?? [])].filter((n): n is string => typeof n === 'string' && n.length > 0);
  const parent = new Map(plan.partOf.map((l) => [l.fromId, l.toId]));
  const governs = new Map(plan.governs.map((l) => [l.fromId, l.toId]));
  const villages = villagesBySoate(inputs.adminUnits);
  const members = new Map<string, string[]>();
  for (const m of plan.memberships) members.set(m.toId, [...(members.get(m.toId) ?? []), m.fromId]);
  const posts = new Map<string, string[]>();
  for (const p of plan.positions) posts.set(p.fromId, [...(posts.get(p.fromId) ?? []), p.toId]);
  return {
    territories: plan.territories.map((t) => ({
      id: t.id,
      level: String(t.props.level),
      names: names(t.props),
      parentId: parent.get(t.id) ?? null,
      villages: villages.get(t.id) ?? [],
    })),
    organisations: plan.organisations.map((o) => ({
      id: o.id,
      kind: String(o.props.kind),
      names: names(o.props),
      territoryId: governs.get(o.id) ?? null,
      memberIds: members.get(o.id) ?? [],
    })),
    people: plan.people.map((p) => ({ id: p.id, names: names(p.props), organisationIds: posts.get(p.id) ?? [] })),
    programmes: plan.programmes.map((p) => ({
      id: p.id,
      names: names(p.props),
      phases: plan.phases
        .filter((ph) => plan.hasPhase.some((l) => l.fromId === p.id && l.toId === ph.id))
        .map((ph) => ({ id: ph.id, startDate: ph.startDate, endDate: ph.endDate })),
    })),
  };
}

/** The villages the SOATE extract lists for each ayil aimak ("villages_ru_soate", separated by semicolons). */
export function villagesBySoate(rows: readonly Record<string, string>[]): Map<string, string[]> {
  return new Map(
    rows
      .filter((row) => row.soate_code && row.villages_ru_soate)
      .map((row) => [row.soate_code!, row.villages_ru_soate!.split(';').map((v) => v.trim()).filter(Boolean)]),
  );
}
