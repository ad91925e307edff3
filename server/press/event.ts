import type { Gazetteer } from './gazetteer.js';
import type { OrganisationMention, TerritoryMention } from './types.js';
import { tokenize } from './words.js';

/** The graph's EventKind from the words a release uses for its event (headline first, then the first paragraph). */
const kinds: [RegExp, string][] = [
  [/workshop|воркшоп|мастер-класс/iu, 'WORKSHOP'],
  [/тренинг|training|обучени|окутуу|курс(?:ы|ов)/iu, 'TRAINING'],
  [/семинар|seminar/iu, 'SEMINAR'],
  [/форум|конференци|forum|conference|congress|съезд|курултай/iu, 'CONFERENCE'],
  [/обмен\p{L}*\s+опытом|study\s+(?:tour|visit)|exchange\s+visit|ознакомительн\p{L}*\s+(?:визит|поездк)|тажрыйба\s+алмаш|delegation|делегаци/iu, 'EXCHANGE_VISIT'],
  [/круглый\s+стол|круглого\s+стола|round[-\s]table|тегерек\s+стол|совещани|заседани|слушани|hearing|meeting|встреч|жолугушуу|жыйын|комисси|commission/iu, 'MEETING'],
];

export function eventKind(title: string, lead: string): string {
  for (const source of [title, lead]) {
    let best: { at: number; kind: string } | null = null;
    for (const [re, kind] of kinds) {
      const m = re.exec(source);
      if (m && (!best || m.index < best.at)) best = { at: m.index, kind };
    }
    if (best) return best.kind;
  }
  return 'OTHER';
}

/** The headline: the first line that is not a label such as «ПРЕСС-РЕЛИЗ» or a dateline. */
export function headline(text: string): string | null {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || /^(пресс-релиз|press release|маалымат|news|новости)$/iu.test(line)) continue;
    return line.length > 300 ? `${line.slice(0, 297)}…` : line;
  }
  return null;
}

/**
 * Where the event took place: the first territory or local body named in the sentence that gives the date, made as
 * specific as the next few mentions allow («в Джети-Огузском районе, в здании Кызыл-Сууского айыл окмоту» → the
 * ayil aimak). A village gives its ayil aimak, a local body the unit it governs; two units of one oblast, the oblast.
 */
export function eventPlace(
  text: string,
  dateAt: number,
  territories: TerritoryMention[],
  organisations: OrganisationMention[],
  gazetteer: Gazetteer,
): { place: string | null; territoryId: string | null } {
  // A sentence ends at a full stop before a capital, not after an abbreviation of one to three letters («г.», «Зам.»).
  const boundary = /(?<!(?:^|[\s(])\p{L}{1,3})[.!?](?=\s+\p{Lu}|\s*$)|\n/gu;
  const ends = [...text.matchAll(boundary)].map((m) => m.index!);
  const sentenceEnd = ends.find((e) => e >= dateAt) ?? text.length;
  const sentenceStart = (ends.filter((e) => e < dateAt).at(-1) ?? -1) + 1;
  const unitOf = (m: TerritoryMention | OrganisationMention): string | null => {
    if ('level' in m) return m.level === 'VILLAGE' ? (m.within?.id ?? null) : (m.match?.id ?? null);
    const org = m.match ? gazetteer.organisations.get(m.match.id) : null;
    return org?.territoryId ?? null;
  };
  const inSentence = [...territories, ...organisations.filter((o) => o.match && gazetteer.organisations.get(o.match.id)?.territoryId)]
    .filter((m) => m.start >= sentenceStart && m.start < sentenceEnd && unitOf(m) && gazetteer.territories.get(unitOf(m)!)?.level !== 'COUNTRY')
    .sort((a, b) => a.start - b.start);
  const after = inSentence.filter((m) => m.start >= dateAt || inSentence.every((n) => n.start < dateAt));
  const chosen = after.length ? after : inSentence;
  const first = chosen[0];
  if (!first) return { place: null, territoryId: null };
  let unit = unitOf(first)!;
  let last = first;
  for (const next of chosen.slice(1)) {
    if (next.start - last.end > 40) break;
    const nextUnit = unitOf(next)!;
    if (gazetteer.ancestors(nextUnit).includes(unit)) {
      unit = nextUnit;
      last = next;
    } else if (gazetteer.territories.get(nextUnit)?.level === gazetteer.territories.get(unit)?.level && /^\s*(?:и|and|жана|,)\s*$/u.test(text.slice(last.end, next.start))) {
      // Two districts of one event: their common oblast.
      const common = gazetteer.ancestors(unit).find((a) => gazetteer.ancestors(nextUnit).includes(a));
      if (common) unit = common;
      last = next;
    } else break;
  }
  return { place: text.slice(first.start, last.end), territoryId: unit };
}

/** The programme the release names («Проекта «Улучшение услуг на местном уровне»», "PSI"), and its phase by date. */
export function programmeAndPhase(text: string, date: string | null, gazetteer: Gazetteer): { programme: string | null; phase: string | null } {
  const hits = gazetteer.find(tokenize(text), 'programme');
  const programme = hits[0]?.entry.id ?? null;
  if (!programme) return { programme: null, phase: null };
  const record = gazetteer.programmes.find((p) => p.id === programme);
  const phase = date ? (record?.phases.find((p) => p.startDate <= date && date <= p.endDate)?.id ?? null) : null;
  return { programme, phase };
}
