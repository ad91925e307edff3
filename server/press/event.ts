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
 * Where the event took place, from the sentence that gives the date. Each territory or local body named there is a
 * candidate unless it is where people came from («из …», "from …", Kyrgyz ablative «…дан») or a dateline ("Naryn,
 * 19 June 2024 —"). Candidates written as a venue («в …», "in/at …", Kyrgyz locative «…да», «…дагы») come first;
 * among them the most specific unit wins («в Джети-Огузском районе, в здании Кызыл-Сууского айыл окмоту» → the ayil
 * aimak). A village gives its ayil aimak, a local body the unit it governs; two units of one oblast joined by
 * «и»/"and", the oblast.
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
  const depth = (id: string) => gazetteer.ancestors(id).length + (gazetteer.territories.get(id)?.level === 'CITY' ? 0.5 : 0);
  const everywhere = [...territories, ...organisations.filter((o) => o.match && gazetteer.organisations.get(o.match.id)?.territoryId)]
    .filter((m) => unitOf(m) && gazetteer.territories.get(unitOf(m)!)?.level !== 'COUNTRY')
    .filter((m) => !organisations.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  const all = everywhere
    .filter((m) => m.start >= sentenceStart && m.start < sentenceEnd)
    .filter((m) => !organisations.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
    .sort((a, b) => a.start - b.start);
  const origin = (m: TerritoryMention | OrganisationMention) =>
    /(?:^|[^\p{L}])(?:из|со|from|of)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
    /(?:дан|ден|дон|дөн|тан|тен|тон|төн|нан|нен|нон|нөн)$/u.test(m.text);
  const dateline = (m: TerritoryMention | OrganisationMention) =>
    /^\s*,\s*\d{1,2}\s/u.test(text.slice(m.end, m.end + 6)) && !/\p{L}/u.test(text.slice(Math.max(sentenceStart, text.lastIndexOf('\n', m.start) + 1), m.start));
  const venue = (m: TerritoryMention | OrganisationMention) =>
    /(?:^|[^\p{L}])(?:в|во|на|in|at)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
    /(?:да|де|до|дө|та|те|то|тө|дагы|дөгү|догу|тагы|дегі)$/u.test(m.text);
  const candidates = all.filter((m) => !origin(m) && !dateline(m));
  let cued = candidates.filter(venue);
  if (!cued.length) {
    // The date's sentence names no venue: a later sentence saying where it "took place" («прошел», «өттү») may.
    const held = /took\s+place|was\s+held|were\s+held|hosted|прош[её]л|прошла|прошли|состоял|проходил|проведен|өттү|болду|уюштурулду/iu;
    cued = everywhere.filter((m) => {
      if (m.start < sentenceEnd || origin(m) || !venue(m)) return false;
      const from = (ends.filter((e) => e < m.start).at(-1) ?? -1) + 1;
      const to = ends.find((e) => e >= m.end) ?? text.length;
      return held.test(text.slice(from, to));
    });
    cued = cued.slice(0, 1);
  }
  const pool = cued.length ? cued : candidates;
  if (!pool.length) return { place: null, territoryId: null };
  let best = pool[0]!;
  for (const m of pool) if (depth(unitOf(m)!) > depth(unitOf(best)!)) best = m;
  let unit = unitOf(best)!;
  let place = best.text;
  // Two units of one level joined by «и»/"and" ("the Talas and Bakai-Ata districts"): their common parent.
  const partner = all.find((m) => m !== best && m.start > best.end && m.start - best.end < 12 && /^\s*(?:и|and|жана)\s*$/iu.test(text.slice(best.end, m.start)));
  if (partner && gazetteer.territories.get(unitOf(partner)!)?.level === gazetteer.territories.get(unit)?.level) {
    const other = unitOf(partner)!;
    const common = gazetteer.ancestors(unit).find((a) => gazetteer.ancestors(other).includes(a));
    if (common && other !== unit) {
      unit = common;
      place = text.slice(best.start, partner.end);
    }
  }
  return { place, territoryId: unit };
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
