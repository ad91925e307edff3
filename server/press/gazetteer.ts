import { parsePersonName, type PersonName } from '../imports/person-names.js';
import { nameKeys, textKeys, tokenize, type Token } from './words.js';
import type { GazetteerData, OrganisationRecord, ProgrammeRecord, TerritoryRecord } from './types.js';

/**
 * The graph as a gazetteer: every name and alias of every territory, organisation and programme, indexed by the keys
 * of its words (words.ts), so that a text is scanned once and each place where a name begins is looked up.
 * Built once per graph state and reused for every draft.
 */
export interface PhraseEntry {
  type: 'territory' | 'organisation' | 'programme';
  id: string;
  /** Per word of the name, the keys it matches. */
  words: Set<string>[];
  /** Abbreviations ("ИПР", "SDC") match only when the text writes them in capitals too. */
  capitals: boolean[];
}

export interface PhraseHit {
  entry: PhraseEntry;
  first: number;
  last: number;
}

/** Words that say what kind of unit a territory is; a territory is indexed by its name without them. */
const levelWords = new Set(
  ['район', 'область', 'айылный', 'аймак', 'г', 'город', 'city', 'town', 'district', 'oblast', 'region', 'rayon', 'ayil', 'aiyl', 'aimak', 'облусу', 'району', 'шаары', 'ш', 'айыл', 'аймагы'].map((w) => w.toLowerCase()),
);
const municipalKinds = new Set(['AYIL_OKMOTU', 'TOWN_ADMINISTRATION', 'RAYON_ADMINISTRATION', 'OBLAST_ADMINISTRATION']);

export class Gazetteer {
  readonly territories = new Map<string, TerritoryRecord>();
  readonly organisations = new Map<string, OrganisationRecord>();
  readonly programmes: ProgrammeRecord[];
  readonly people: { id: string; names: PersonName[]; organisationIds: string[] }[];
  /** Organisation governing a territory, by kind: "AYIL_OKMOTU|<aimak id>" → "ao-…". */
  readonly governing = new Map<string, string>();
  /** Villages (lower case) → the ayil aimaks listing them. */
  readonly villages = new Map<string, string[]>();
  private readonly index = new Map<string, PhraseEntry[]>();
  /** Per organisation, per name: the keys of its content words (for candidates of a body the graph may hold). */
  private readonly organisationWords = new Map<string, { name: string; words: Set<string>[] }[]>();

  constructor(data: GazetteerData) {
    for (const t of data.territories) {
      this.territories.set(t.id, t);
      for (const name of t.names) this.add('territory', t.id, name);
      for (const village of t.villages ?? []) {
        for (const key of nameKeys(village)) this.villages.set(key, [...new Set([...(this.villages.get(key) ?? []), t.id])]);
      }
    }
    for (const o of data.organisations) {
      this.organisations.set(o.id, o);
      if (o.territoryId) this.governing.set(`${o.kind}|${o.territoryId}`, o.id);
      if (!municipalKinds.has(o.kind)) for (const name of o.names) this.add('organisation', o.id, name);
      this.organisationWords.set(
        o.id,
        o.names.map((name) => ({ name, words: contentWords(name).map((w) => new Set(nameKeys(w))) })).filter((n) => n.words.length > 0),
      );
    }
    this.programmes = data.programmes;
    for (const p of data.programmes) for (const name of p.names) this.add('programme', p.id, name);
    this.people = data.people.map((p) => ({ id: p.id, names: p.names.map(parsePersonName).filter((n) => n.words.length > 0), organisationIds: p.organisationIds }));
  }

  private add(type: PhraseEntry['type'], id: string, name: string): void {
    const tokens = tokenize(name).filter((t) => !(type === 'territory' && levelWords.has(t.text.toLowerCase())));
    if (tokens.length === 0) return;
    const entry: PhraseEntry = {
      type,
      id,
      words: tokens.map((t) => new Set(nameKeys(t.text))),
      capitals: tokens.map((t) => t.text.length <= 8 && t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text)),
    };
    for (const key of entry.words[0]!) {
      const list = this.index.get(key) ?? [];
      list.push(entry);
      this.index.set(key, list);
    }
  }

  /** Every name of the graph found in the text, longest first where two begin at the same word. */
  find(tokens: Token[], type: PhraseEntry['type']): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (const token of tokens) {
      const seen = new Set<PhraseEntry>();
      for (const key of textKeys(token.text)) {
        for (const entry of this.index.get(key) ?? []) {
          if (entry.type !== type || seen.has(entry)) continue;
          seen.add(entry);
          const last = this.extent(tokens, token.index, entry, type);
          if (last >= 0) hits.push({ entry, first: token.index, last });
        }
      }
    }
    return hits.sort((a, b) => a.first - b.first || b.last - a.last);
  }

  private extent(tokens: Token[], first: number, entry: PhraseEntry, type: PhraseEntry['type']): number {
    for (let j = 0; j < entry.words.length; j += 1) {
      const token = tokens[first + j];
      if (!token) return -1;
      if (j > 0 && !tokens[first + j - 1]!.spaceNext && type === 'territory') return -1;
      // Place names are proper names: "Тон" the rayon is written «Тонского», never «тонна».
      if (type === 'territory' && !token.capital) return -1;
      if (entry.capitals[j] && !/^\p{Lu}{2,}/u.test(token.text)) return -1;
      const keys = textKeys(token.text);
      if (!keys.some((k) => entry.words[j]!.has(k))) return -1;
    }
    return first + entry.words.length - 1;
  }

  /** Ancestors of a territory, nearest first. */
  ancestors(id: string): string[] {
    const out: string[] = [];
    for (let t = this.territories.get(id); t?.parentId; t = this.territories.get(t.parentId)) out.push(t.parentId);
    return out;
  }

  /**
   * Organisations of the graph a written name may mean although it is not one of their names: those sharing most of
   * its content words, inflection aside («Министерства финансов» and "Ministry of Finance of the Kyrgyz Republic"
   * share none; «Союза местных самоуправлений» and «Союз местных самоуправлений КР» share three of four).
   */
  organisationCandidates(written: string, kind: string | null): { id: string; score: number; reason: string }[] {
    const words = contentWords(written).map((w) => textKeys(w));
    if (!words.length) return [];
    const out: { id: string; score: number; reason: string }[] = [];
    for (const [id, names] of this.organisationWords) {
      let best: { score: number; name: string; shared: number; of: number } | null = null;
      for (const name of names) {
        const shared = words.filter((keys) => name.words.some((set) => keys.some((k) => set.has(k)))).length;
        const of = Math.max(words.length, name.words.length);
        // Half for how much of the written name the graph's name covers, half for the converse.
        const score = (shared / words.length + shared / name.words.length) / 2;
        if (!best || score > best.score) best = { score, name: name.name, shared, of };
      }
      if (!best || best.score < 0.5) continue;
      const org = this.organisations.get(id)!;
      const score = Math.round(0.9 * best.score * (kind && org.kind !== kind ? 0.8 : 1) * 100) / 100;
      out.push({ id, score, reason: `shares ${best.shared} of ${best.of} words with "${best.name}"` });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, 5);
  }
}

/** Words that carry a name: not prepositions, conjunctions or articles. */
const functionWords = new Set(['и', 'в', 'по', 'при', 'на', 'для', 'с', 'of', 'the', 'and', 'in', 'for', 'on', 'жана', 'боюнча']);
function contentWords(name: string): string[] {
  return tokenize(name)
    .map((t) => t.text)
    .filter((w) => !functionWords.has(w.toLowerCase()) && w.length > 1);
}
