import { distance } from 'fastest-levenshtein';
import { keyWords, municipalityCore } from '../imports/name-keys.js';
import { ImportLanguage, word } from '../imports/import-messages.js';
import { bestNameMatch, parsePersonName, type PersonName } from '../imports/person-names.js';

/**
 * Likely duplicates among the people or organisations already in the graph, with the same name keys the
 * attendance import matches by (server/imports/name-keys.ts, person-names.ts). Pairs are only compared when
 * they share a name word, so the report does not grow with the square of the graph.
 */
export interface Named {
  id: string;
  nameRu?: string | null;
  nameEn?: string | null;
  nameKy?: string | null;
  aliases?: string[] | null;
}

export interface PersonRecord extends Named {
  organisationIds: string[];
}

export interface OrganisationRecord extends Named {
  kind: string;
  governs: string[];
}

export interface Pair {
  firstId: string;
  secondId: string;
  score: number;
  reason: string;
}

const namesOf = (node: Named) => [node.nameRu, node.nameEn, node.nameKy, ...(node.aliases ?? [])].filter((name): name is string => Boolean(name));
const round = (score: number) => Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;

/** Pairs of items sharing at least one blocking key, each pair once, in a stable order. */
function candidatePairs<T extends { id: string }>(items: T[], keysOf: (item: T) => string[]): [T, T][] {
  const byKey = new Map<string, number[]>();
  items.forEach((item, index) => {
    for (const key of new Set(keysOf(item))) byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  const seen = new Set<string>();
  const pairs: [T, T][] = [];
  for (const indices of byKey.values()) {
    for (let i = 0; i < indices.length; i += 1) {
      for (let j = i + 1; j < indices.length; j += 1) {
        const [a, b] = [items[indices[i]!]!, items[indices[j]!]!].sort((x, y) => x.id.localeCompare(y.id)) as [T, T];
        const pairKey = `${a.id}|${b.id}`;
        if (!seen.has(pairKey)) {
          seen.add(pairKey);
          pairs.push([a, b]);
        }
      }
    }
  }
  return pairs;
}

export function likelyDuplicatePeople(people: PersonRecord[], organisationName: (id: string) => string): Pair[] {
  const parsed = new Map<string, PersonName[]>(people.map((person) => [person.id, namesOf(person).map(parsePersonName).filter((name) => name.words.length > 0)]));
  const keys = (person: PersonRecord) => parsed.get(person.id)!.flatMap((name) => name.words.flatMap((word) => [word, `${word.slice(0, 4)}…`]));
  return candidatePairs(people, keys).flatMap(([a, b]) => {
    const match = bestNameMatch(parsed.get(a.id)!, parsed.get(b.id)!);
    if (!match) return [];
    let score = match.score;
    // The duplicates report is worded in English for now; the matcher gives codes (server/imports/import-messages.ts).
    let reason = word({ code: match.reason, params: {} }, ImportLanguage.EN);
    const shared = a.organisationIds.filter((id) => b.organisationIds.includes(id));
    if (shared.length > 0) {
      score += 0.05;
      reason += `; both linked to ${organisationName(shared[0]!)}`;
    } else if (a.organisationIds.length > 0 && b.organisationIds.length > 0) {
      score -= 0.2;
      reason += `; but linked to different organisations (${organisationName(a.organisationIds[0]!)}; ${organisationName(b.organisationIds[0]!)})`;
    }
    return [{ firstId: a.id, secondId: b.id, score: round(score), reason }];
  });
}

const key = (text: string) => keyWords(text).join(' ');
const tokenSet = (text: string) => [...new Set(keyWords(text))].sort().join(' ');
const municipalKinds = new Set(['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']);

/** Two bodies from the classifier that govern different territories are different, whatever their names. */
function governDifferentPlaces(a: OrganisationRecord, b: OrganisationRecord): boolean {
  return a.governs.length > 0 && b.governs.length > 0 && !a.governs.some((id) => b.governs.includes(id));
}

export function likelyDuplicateOrganisations(organisations: OrganisationRecord[]): Pair[] {
  const facts = new Map(
    organisations.map((org) => {
      const names = namesOf(org);
      const cores = municipalKinds.has(org.kind) ? names.map((name) => municipalityCore(name).core).filter(Boolean) : [];
      return [org.id, { keys: new Set(names.map(key)), tokens: new Set(names.map(tokenSet)), cores: new Set(cores) }];
    }),
  );
  const blocking = (org: OrganisationRecord) => {
    const fact = facts.get(org.id)!;
    return [...fact.keys, ...fact.tokens, ...[...fact.cores].map((core) => `core:${core}`), ...[...fact.keys].map((k) => `prefix:${k.replace(/ /g, '').slice(0, 6)}`)];
  };
  return candidatePairs(organisations, blocking).flatMap(([a, b]) => {
    if (governDifferentPlaces(a, b)) return [];
    const [fa, fb] = [facts.get(a.id)!, facts.get(b.id)!];
    const common = [...fa.keys].find((k) => fb.keys.has(k));
    if (common) return [{ firstId: a.id, secondId: b.id, score: 1, reason: `both are called "${namesOf(a).find((name) => key(name) === common)}"` }];
    if ([...fa.tokens].some((t) => fb.tokens.has(t))) return [{ firstId: a.id, secondId: b.id, score: 0.95, reason: 'same name words in another order' }];
    const core = [...fa.cores].find((c) => fb.cores.has(c));
    if (core) return [{ firstId: a.id, secondId: b.id, score: 0.9, reason: `both name the municipality "${core}"` }];
    const close = [...fa.keys].some((x) =>
      [...fb.keys].some((y) => {
        const [cx, cy] = [x.replace(/ /g, ''), y.replace(/ /g, '')];
        return Math.min(cx.length, cy.length) >= 8 && Math.abs(cx.length - cy.length) <= 2 && distance(cx, cy) <= Math.max(1, Math.floor(cx.length / 12));
      }),
    );
    return close ? [{ firstId: a.id, secondId: b.id, score: 0.85, reason: 'names spelt almost the same' }] : [];
  });
}
