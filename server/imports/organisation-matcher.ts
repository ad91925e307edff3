import { distance } from 'fastest-levenshtein';
import { legalFormOf } from './legal-forms.js';
import {
  administrationOf,
  keyWords,
  looksLikeMunicipality,
  municipalityCore,
  placeCloseness,
  regionCore,
  saysOblast,
  saysRayon,
  type MunicipalityHint,
} from './name-keys.js';
import { message, type Message } from './import-messages.js';
import type { Scored } from './resolution.js';

/** Organisations as the candidates query returns them; municipalities with their rayon and oblast. */
export interface PlaceRecord {
  id: string;
  nameRu: string | null;
  nameEn: string | null;
  nameKy: string | null;
  aliases: string[] | null;
}

export interface OrganisationRecord extends PlaceRecord {
  kind: string;
  rayon: PlaceRecord | null;
  oblast: PlaceRecord | null;
}

/** How a row names its organisation: an organisation column, a municipality column, rayon and oblast columns. */
export interface OrganisationText {
  organisation: string | null;
  municipality: string | null;
  rayon: string | null;
  oblast: string | null;
}

interface Entry {
  record: OrganisationRecord;
  display: string;
  keys: Set<string>;
  tokenSets: Set<string>;
  cores: Set<string>;
  /** For a rayon or oblast administration: its level and the name of its rayon or oblast ("RAYON|sokuluk"). */
  administrations: { level: string; core: string }[];
  rayonCores: string[];
  oblastCores: string[];
}

const municipalityKinds = new Set(['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']);
const administrationKinds = new Set(['RAYON_ADMINISTRATION', 'OBLAST_ADMINISTRATION']);
const namesOf = (record: PlaceRecord) => [record.nameRu, record.nameEn, record.nameKy, ...(record.aliases ?? [])].filter((name): name is string => Boolean(name));
const key = (text: string) => keyWords(text).join(' ');
const tokenSet = (text: string) => [...new Set(keyWords(text))].sort().join(' ');
export const displayName = (record: PlaceRecord) => record.nameRu ?? record.nameEn ?? record.id;

/**
 * "Ак-Булун, Тюпский р-н" → place "Ак-Булун", rayon "Тюпский р-н": parts after a comma, semicolon, slash or
 * bracket that say rayon or oblast. In a municipality column ("Айыл окмоту / Район") the part after the place
 * is the rayon even without the word: "Kurmanbek AA / Suzak". Short parts stay with the place ("а/о").
 */
export function splitRegions(text: string, municipal: boolean): { place: string; rayon: string | null; oblast: string | null } {
  const pieces = text.split(/([,;(/)])/);
  let rayon: string | null = null;
  let oblast: string | null = null;
  let place = pieces[0] ?? '';
  for (let index = 2; index < pieces.length; index += 2) {
    const piece = pieces[index]!.trim();
    if (!piece) continue;
    const long = piece.replace(/[^\p{L}]/gu, '').length >= 3;
    if (!rayon && long && (saysRayon(piece) || (municipal && !saysOblast(piece) && !looksLikeMunicipality(piece)))) rayon = piece;
    else if (!oblast && long && saysOblast(piece)) oblast = piece;
    else place += pieces[index - 1]! + pieces[index]!;
  }
  return { place: place.replace(/[\s,;(/]+$/, '').trim(), rayon, oblast };
}

/** Matches what a row says about its organisation against every organisation in the graph. */
export class OrganisationMatcher {
  private readonly entries: Entry[];
  private readonly byId = new Map<string, Entry>();
  private readonly cache = new Map<string, { scored: Scored[]; municipal: boolean; place: string }>();

  constructor(records: readonly OrganisationRecord[]) {
    this.entries = records.map((record) => {
      const names = namesOf(record);
      const municipal = municipalityKinds.has(record.kind);
      const entry: Entry = {
        record,
        display: municipal && record.rayon ? `${displayName(record)} (${displayName(record.rayon)})` : displayName(record),
        keys: new Set(names.map(key)),
        tokenSets: new Set(names.map(tokenSet)),
        cores: new Set(municipal ? names.map((name) => municipalityCore(name).core).filter(Boolean) : []),
        administrations: administrationKinds.has(record.kind) ? names.flatMap((name) => administrationOf(name) ?? []) : [],
        rayonCores: record.rayon ? namesOf(record.rayon).map(regionCore) : [],
        oblastCores: record.oblast ? namesOf(record.oblast).map(regionCore) : [],
      };
      this.byId.set(record.id, entry);
      return entry;
    });
  }

  get(id: string): { id: string; name: string; kind: string } | null {
    const entry = this.byId.get(id);
    return entry ? { id, name: entry.display, kind: entry.record.kind } : null;
  }

  /**
   * Candidates for a row's organisation, scored. `municipal` says the text names an ayil okmotu or town
   * (those come from the classifier and are never created); `place` is the text matched, without rayon.
   * Null when the row names no organisation (or only "айыл окмоту" without saying which).
   */
  match(text: OrganisationText): { scored: Scored[]; municipal: boolean; place: string } | null {
    const specific = (value: string | null) => Boolean(value) && (municipalityCore(value!).core !== '' || municipalityCore(value!).hint === null);
    const useOrganisation = specific(text.organisation);
    const written = useOrganisation ? text.organisation! : text.municipality;
    if (!written || !specific(written)) return null;
    const cacheKey = JSON.stringify([useOrganisation, written, text.rayon, text.oblast]);
    let result = this.cache.get(cacheKey);
    if (!result) {
      const { place, rayon, oblast } = splitRegions(written, !useOrganisation || looksLikeMunicipality(written));
      const municipal = useOrganisation ? municipalityCore(place).hint !== null : !this.namesAnotherBody(place);
      const scored = municipal ? this.municipalities(place) : this.organisations(place);
      const regions = { rayon: text.rayon ?? rayon, oblast: text.oblast ?? oblast };
      result = { scored: scored.map((candidate) => this.placed(candidate, regions)), municipal, place };
      this.cache.set(cacheKey, result);
    }
    return result;
  }

  /**
   * Whether a municipality column's cell names a body that is no municipality: «Баткенская РГА», «ОО …»,
   * «… городской кенеш», «АО «…»»; sheets put every participant's workplace in that column. A plain place name
   * («Тамга», «Каракол») stays a municipality.
   */
  private namesAnotherBody(place: string): boolean {
    if (municipalityCore(place).hint !== null) return false;
    if (legalFormOf(place) || administrationOf(place)) return true;
    return this.organisations(place).some((candidate) => candidate.score >= 0.95 && !municipalityKinds.has(this.byId.get(candidate.id)!.record.kind));
  }

  private municipalities(place: string): Scored[] {
    const { core, hint } = municipalityCore(place);
    const full = key(place);
    return this.entries.flatMap((entry) => {
      if (entry.cores.size === 0) return [];
      if (entry.keys.has(full)) return [this.scored(entry, 1, message('IS_A_NAME_OF', { text: place, name: entry.display }))];
      const closeness = Math.max(0, ...[...entry.cores].map((candidate) => placeCloseness(core, candidate)));
      if (closeness === 0) return [];
      const score = 0.95 * closeness - kindPenalty(hint, entry.record.kind);
      return [this.scored(entry, score, message(closeness === 1 ? 'NAMES' : 'SPELT_CLOSE_TO', { text: place, name: entry.display }))];
    });
  }

  private organisations(place: string): Scored[] {
    const full = key(place);
    const tokens = tokenSet(place);
    const compact = full.replace(/ /g, '');
    const administration = administrationOf(place);
    return this.entries.flatMap((entry) => {
      if (entry.keys.has(full)) return [this.scored(entry, 1, message('IS_A_NAME_OF', { text: place, name: entry.display }))];
      if (entry.tokenSets.has(tokens)) return [this.scored(entry, 0.95, message('HAS_WORDS_OF', { text: place, name: entry.display }))];
      const close = [...entry.keys].some((candidate) => {
        const other = candidate.replace(/ /g, '');
        if (compact.length < 8 || Math.abs(other.length - compact.length) > 2) return false;
        return distance(compact, other) <= Math.max(1, Math.floor(compact.length / 12));
      });
      if (close) return [this.scored(entry, 0.88, message('SPELT_CLOSE_TO_NAME_OF', { text: place, name: entry.display }))];
      if (administration && entry.administrations.some((other) => other.level === administration.level && placeCloseness(other.core, administration.core) >= 0.9)) {
        return [this.scored(entry, 0.95, message('ADMINISTRATION_OF', { text: place, name: entry.display }))];
      }
      const { core } = municipalityCore(place);
      if (entry.cores.has(core)) return [this.scored(entry, 0.75, message('MAY_MEAN', { text: place, name: entry.display }))];
      return [];
    });
  }

  /** Raises candidates in the rayon (or oblast) the row names, lowers those elsewhere: the two Ak-Bulun of Issyk-Kul. */
  private placed(candidate: Scored, regions: { rayon: string | null; oblast: string | null }): Scored {
    const entry = this.byId.get(candidate.id)!;
    let { score } = candidate;
    const reason = [...candidate.reason];
    for (const [written, cores, region] of [
      [regions.rayon, entry.rayonCores, entry.record.rayon],
      [regions.oblast, entry.oblastCores, entry.record.oblast],
    ] as const) {
      if (!written || !region) continue;
      const core = regionCore(written);
      if (cores.some((candidateCore) => placeCloseness(core, candidateCore) >= 0.9)) {
        score += 0.05;
        reason.push(message('IN_REGION', { region: displayName(region) }));
      } else {
        score -= 0.3;
        reason.push(message('NOT_IN_REGION', { region: displayName(region), written }));
      }
    }
    return { ...candidate, score: Math.min(1, score), reason };
  }

  private scored(entry: Entry, score: number, reason: Message): Scored {
    return { id: entry.record.id, name: entry.display, score, reason: [reason] };
  }
}

/** A text saying "мэрия" is not an ayil okmotu, one saying "АО" is not a town. */
function kindPenalty(hint: MunicipalityHint, kind: string): number {
  return hint && hint !== kind ? 0.2 : 0;
}
