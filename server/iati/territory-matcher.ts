import { municipalityCore, placeCloseness, regionCore, saysOblast, saysRayon } from '../imports/name-keys.js';
import type { Scored } from '../imports/resolution.js';
import { COUNTRY_SOATE } from '../seed/admin-units.js';
import { iatiMessage } from './iati-messages.js';

/** A territory as iati/candidates returns it, with the names of the units it lies in (to tell namesakes apart). */
export interface TerritoryRecord {
  id: string;
  soate: string | null;
  level: string;
  nameRu: string | null;
  nameEn: string | null;
  nameKy: string | null;
  aliases: string[] | null;
  within: string | null;
}

export type LocationMatchKind = 'ADMINISTRATIVE_CODE' | 'LOCATION_NAME' | 'RECIPIENT_REGION' | 'RECIPIENT_COUNTRY';

const display = (t: TerritoryRecord) => `${t.nameRu ?? t.nameEn ?? t.id}${t.within ? ` (${t.within})` : ''}`;

/**
 * Finds the territories an activity's locations name: SOATE codes exactly, names and aliases through the same
 * folded Latin keys the attendance import and search use (Cyrillic, Kyrgyz and Latin spellings meet), with
 * the kind words ("район", "oblast", "айылный аймак") left out.
 */
export class TerritoryMatcher {
  private readonly byCode = new Map<string, TerritoryRecord>();
  private readonly entries: { record: TerritoryRecord; cores: string[] }[];

  constructor(records: readonly TerritoryRecord[]) {
    for (const record of records) {
      this.byCode.set(record.id, record);
      if (record.soate) this.byCode.set(record.soate, record);
    }
    this.entries = records.map((record) => {
      const names = [record.nameRu, record.nameEn, record.nameKy, ...(record.aliases ?? [])].filter((n): n is string => Boolean(n));
      return { record, cores: [...new Set(names.flatMap((n) => [regionCore(n), municipalityCore(n).core]).filter(Boolean))] };
    });
  }

  get(id: string): TerritoryRecord | undefined {
    return this.byCode.get(id);
  }

  byAdministrativeCode(code: string): Scored | null {
    const found = this.byCode.get(code.trim());
    return found ? { id: found.id, name: display(found), score: 1, reason: [iatiMessage('ADMINISTRATIVE_CODE', { code, name: display(found) })] } : null;
  }

  country(code: string): Scored | null {
    if (code.trim().toUpperCase() !== 'KG') return null;
    const found = this.byCode.get(COUNTRY_SOATE);
    return found ? { id: found.id, name: display(found), score: 1, reason: [iatiMessage('RECIPIENT_COUNTRY', { code: 'KG', name: display(found) })] } : null;
  }

  /** Territories a written name may be, scored like the organisation matcher (1 same name, less for close spellings). */
  byName(text: string): Scored[] {
    const cores = [regionCore(text), municipalityCore(text).core].filter(Boolean);
    if (cores.length === 0) return [];
    // "Naryn oblast", "Naryn rayon" and the town of Naryn share a name: the words of kind decide between them.
    const level = saysOblast(text) ? 'OBLAST' : saysRayon(text) ? 'RAYON' : null;
    return this.entries.flatMap(({ record, cores: own }) => {
      const closeness = Math.max(0, ...cores.flatMap((a) => own.map((b) => placeCloseness(a, b))));
      if (closeness < 0.85) return [];
      const reason = closeness === 1 ? iatiMessage('LOCATION_NAME', { text, name: display(record) }) : iatiMessage('LOCATION_NAME_CLOSE', { text, name: display(record) });
      const penalty = level && record.level !== level ? 0.2 : 0;
      return [{ id: record.id, name: display(record), score: 0.98 * closeness - penalty, reason: [reason] }];
    });
  }
}
