import type { Gazetteer } from './gazetteer.js';
import type { OrganisationMention, TerritoryMention } from './types.js';

/**
 * A local body named again without its place: «мэрии» after «Мэр города Балыкчы», "the ayil okmotu" after "Darkan
 * ayil okmotu". It refers back to the nearest town (or ayil okmotu) named before it; when none is, it is left out.
 * Plural forms («мэрий», "ayil okmotus") name a group, not a body, and are not read.
 */
const references: { re: RegExp; kind: 'TOWN_ADMINISTRATION' | 'AYIL_OKMOTU' }[] = [
  { re: /(?<![\p{L}])(?:[Мм]эри(?:я|и|ю|ей)|[Мм]эриясы\p{L}*|the\s+(?:town\s+administration|mayor['’]s\s+office|city\s+hall))(?![\p{L}])/gu, kind: 'TOWN_ADMINISTRATION' },
  { re: /(?<![\p{L}])the\s+(?:ayil|aiyl)\s+okmotu(?![\p{L}])/gu, kind: 'AYIL_OKMOTU' },
];

export function findReferences(text: string, gazetteer: Gazetteer, organisations: OrganisationMention[], territories: TerritoryMention[]): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  for (const { re, kind } of references) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (organisations.some((o) => o.start < end && o.end > start)) continue;
      const referent = nearestBefore(start, kind, gazetteer, organisations, territories);
      if (!referent) continue;
      out.push({
        text: m[0],
        start,
        end,
        kind,
        status: 'MATCH',
        match: { id: referent },
        candidates: [{ id: referent, score: 0.8, reason: `refers back to the ${kind === 'AYIL_OKMOTU' ? 'ayil okmotu' : 'town'} named before it` }],
      });
    }
  }
  return out;
}

function nearestBefore(at: number, kind: string, gazetteer: Gazetteer, organisations: OrganisationMention[], territories: TerritoryMention[]): string | null {
  const bodies = organisations.filter((o) => o.end <= at && o.kind === kind && o.match).map((o) => ({ at: o.start, id: o.match!.id }));
  const towns =
    kind === 'TOWN_ADMINISTRATION'
      ? territories
          .filter((t) => t.end <= at && t.level === 'CITY' && t.match && gazetteer.governing.has(`TOWN_ADMINISTRATION|${t.match.id}`))
          .map((t) => ({ at: t.start, id: gazetteer.governing.get(`TOWN_ADMINISTRATION|${t.match!.id}`)! }))
      : [];
  const nearest = [...bodies, ...towns].sort((a, b) => b.at - a.at)[0];
  return nearest?.id ?? null;
}
