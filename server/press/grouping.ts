/**
 * Drafts that describe the same event, grouped so that the event is created once (issue 13, section 3). Pure: drafts
 * in, groups out. Two drafts are the same event when
 *
 *  - **near-identical text** (a reprint, perhaps under another headline or a few sentences shorter): their word
 *    3-shingles overlap by at least `sameText.jaccard` (Jaccard) or the shorter one's shingles lie at least
 *    `sameText.containment` within the longer; and their dates and place territories do not contradict each other
 *    (a template reused for another day or another rayon is a different event); or
 *  - **the same event told again** (another language, another outlet's wording): the same date, places that agree,
 *    and overlapping findings matched to the graph: at least one person, or organisations whose overlap
 *    (shared / the smaller set) is at least `sameEvent.organisationOverlap`, not counting the bodies named in most
 *    releases of a batch (the programme's donor and implementer say nothing about which event it was).
 *
 * Places agree when they are the same territory, one lies within the other, or both lie in the same rayon or city:
 * one release names the village where the event took place, its translation the ayil aimak or the rayon. Places in
 * different rayons never agree. Without a territory tree (`places`), only the same territory agrees.
 *
 * Groups are the connected parts of these pairs (union-find), so a reprint of a translation joins its group.
 */
import type { Draft } from './types.js';

export interface GroupingInput {
  /** What the caller calls the draft (a file name); groups list these. */
  key: string;
  text: string;
  draft: Pick<Draft, 'event' | 'organisations' | 'people'>;
}

export type GroupingReason = 'SAME_TEXT' | 'SAME_EVENT';

export interface DraftGroup {
  /** The keys of the group's drafts, in input order; the first is the one to confirm (it creates the event). */
  keys: string[];
  /** Why drafts were joined: one entry per joining pair. */
  links: { a: string; b: string; reason: GroupingReason; similarity: number }[];
}

export const groupingThresholds = {
  sameText: { jaccard: 0.6, containment: 0.85, shingleWords: 3 },
  sameEvent: { organisationOverlap: 0.5 },
  /** An organisation matched in more than this share of a batch (of at least 10 drafts) is not evidence. */
  commonOrganisationShare: 0.3,
} as const;

/** The territory tree (the press gazetteer is one). */
export interface PlaceTree {
  territories: ReadonlyMap<string, { level: string }>;
  ancestors(id: string): string[];
}

/** Groups every draft; a draft like no other is a group of one. */
export function groupDrafts(inputs: readonly GroupingInput[], places?: PlaceTree): DraftGroup[] {
  const agree = placesAgree(places);
  const shingles = inputs.map((input) => shingleSet(input.text));
  const common = commonOrganisations(inputs);
  const facts = inputs.map((input) => ({
    date: input.draft.event.date,
    place: input.draft.event.placeTerritory?.id ?? null,
    people: new Set(matchedIds(input.draft.people)),
    organisations: new Set(matchedIds(input.draft.organisations).filter((id) => !common.has(id))),
  }));
  const parent = inputs.map((_, index) => index);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const links: (DraftGroup['links'][number] & { at: number })[] = [];
  const shared = sharedShingleCounts(shingles);
  for (let a = 0; a < inputs.length; a += 1) {
    for (let b = a + 1; b < inputs.length; b += 1) {
      const fa = facts[a]!;
      const fb = facts[b]!;
      const contradict = conflicts(fa.date, fb.date) || (fa.place !== null && fb.place !== null && !agree(fa.place, fb.place));
      let reason: GroupingReason | null = null;
      let similarity = 0;
      const both = shared.get(a * inputs.length + b) ?? 0;
      if (!contradict && both > 0) {
        const sizeA = shingles[a]!.size;
        const sizeB = shingles[b]!.size;
        const jaccard = both / (sizeA + sizeB - both);
        const containment = both / Math.min(sizeA, sizeB);
        if (jaccard >= groupingThresholds.sameText.jaccard || containment >= groupingThresholds.sameText.containment) {
          reason = 'SAME_TEXT';
          similarity = Math.max(jaccard, containment);
        }
      }
      if (!reason && fa.date !== null && fa.date === fb.date && fa.place !== null && fb.place !== null && agree(fa.place, fb.place)) {
        const people = overlap(fa.people, fb.people);
        const organisations = overlap(fa.organisations, fb.organisations);
        if (people.shared > 0 || (organisations.shared > 0 && organisations.ratio >= groupingThresholds.sameEvent.organisationOverlap)) {
          reason = 'SAME_EVENT';
          similarity = Math.max(people.ratio, organisations.ratio);
        }
      }
      if (!reason) continue;
      links.push({ a: inputs[a]!.key, b: inputs[b]!.key, reason, similarity: Math.round(similarity * 100) / 100, at: a });
      const ra = root(a);
      const rb = root(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  const groups = new Map<number, DraftGroup>();
  inputs.forEach((input, index) => {
    const r = root(index);
    const group = groups.get(r) ?? { keys: [], links: [] };
    group.keys.push(input.key);
    groups.set(r, group);
  });
  for (const { at, ...link } of links) groups.get(root(at))!.links.push(link);
  return [...groups.values()];
}

const conflicts = (a: string | null, b: string | null) => a !== null && b !== null && a !== b;

const localLevels = new Set(['RAYON', 'CITY']);

function placesAgree(places: PlaceTree | undefined): (a: string, b: string) => boolean {
  if (!places) return (a, b) => a === b;
  const line = (id: string) => [id, ...places.ancestors(id)];
  // The rayon or city a place lies in (itself if it is one); an oblast or the country has none.
  const locality = (id: string) => line(id).find((t) => localLevels.has(places.territories.get(t)?.level.toUpperCase() ?? '')) ?? null;
  return (a, b) => {
    if (a === b || line(a).includes(b) || line(b).includes(a)) return true;
    const la = locality(a);
    return la !== null && la === locality(b);
  };
}

function matchedIds(mentions: readonly { status: string; match: { id: string } | null }[]): string[] {
  return mentions.flatMap((m) => (m.status === 'MATCH' && m.match ? [m.match.id] : []));
}

function overlap(a: Set<string>, b: Set<string>): { shared: number; ratio: number } {
  let shared = 0;
  for (const id of a) if (b.has(id)) shared += 1;
  return { shared, ratio: shared / Math.max(1, Math.min(a.size, b.size)) };
}

/** Organisations matched in so many drafts of the batch that sharing them says nothing (the donor, the implementer). */
function commonOrganisations(inputs: readonly GroupingInput[]): Set<string> {
  if (inputs.length < 10) return new Set();
  const counts = new Map<string, number>();
  for (const input of inputs) for (const id of new Set(matchedIds(input.draft.organisations))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count > inputs.length * groupingThresholds.commonOrganisationShare).map(([id]) => id));
}

/**
 * Hashes of the text's word 3-shingles (lower case, letters and digits only). Hand-written: exact shingle sets are a
 * few lines, and exact Jaccard is better than a MinHash estimate at the batch sizes a CLI or an upload sees (the
 * npm MinHash packages are unmaintained or bring a probabilistic-structures library for one function).
 */
export function shingleSet(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const size = groupingThresholds.sameText.shingleWords;
  if (words.length === 0) return new Set();
  const set = new Set<number>();
  for (let i = 0; i + size <= Math.max(words.length, size); i += 1) set.add(hash(words.slice(i, i + size).join(' ')));
  return set;
}

/** FNV-1a, 32 bits: enough to tell shingles apart within a few texts. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Shared shingles per pair of texts (key a·n+b, a < b), counted through an inverted index: only pairs that share any. */
function sharedShingleCounts(sets: readonly Set<number>[]): Map<number, number> {
  const postings = new Map<number, number[]>();
  sets.forEach((set, index) => {
    for (const shingle of set) {
      const list = postings.get(shingle);
      if (list) list.push(index);
      else postings.set(shingle, [index]);
    }
  });
  const counts = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const key = list[i]! * sets.length + list[j]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}
