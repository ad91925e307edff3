import type { Gazetteer } from './gazetteer.js';
import type { Candidate, OrganisationMention, TerritoryMention } from './types.js';
import { textKeys, type Token } from './words.js';

/**
 * Territories and the local government bodies named after them. A place name of the gazetteer becomes a mention
 * by the word of kind around it: «… района», «… облусунун», "… district" make a territory; «… айыл окмоту»,
 * «… районной государственной администрации», «мэрии г. …», "… ayil okmotus" make an organisation (the territory
 * inside an organisation's name is not a territory mention). Coordinated names share the last one's word of kind
 * («Ак-Шыйракского и Барскоонского айыл окмоту», "Ak-Suu, Jeti-Oguz and Tup districts"). Same-named units (the two
 * Ak-Bulun of Issyk-Kul) are told apart by a rayon or oblast named right after or anywhere in the text.
 */
type Kind = 'RAYON' | 'OBLAST' | 'CITY' | 'AYIL_AIMAK' | 'VILLAGE' | 'AYIL_OKMOTU' | 'TOWN_ADMINISTRATION' | 'RAYON_ADMINISTRATION' | 'OBLAST_ADMINISTRATION' | 'LOCAL_COUNCIL';

/** Words of kind written after a place name, tried in order (longest first). */
const after: [RegExp, Kind][] = [
  [/^\s*(?:районн\p{L}*\s+государственн\p{L}*\s+администраци\p{L}*|РГА(?![\p{L}])|райгосадминистраци\p{L}*|райондук\s+мамлекеттик\s+администраци\p{L}*|(?:district|rayon|raion)\s+(?:state\s+)?administrations?)/iu, 'RAYON_ADMINISTRATION'],
  [/^\s*(?:областн\p{L}*\s+государственн\p{L}*\s+администраци\p{L}*|облгосадминистраци\p{L}*|облустук\s+мамлекеттик\s+администраци\p{L}*|(?:oblast|regional|region)\s+(?:state\s+)?administrations?)/iu, 'OBLAST_ADMINISTRATION'],
  [/^\s*(?:айыл\p{L}*\s+[оө]км[оө]т\p{L}*|ayil\s+okmotu?s?|aiyl\s+okmotu?s?|ayyl\s+okmotu?s?|АО(?![\p{L}])|а\/о(?![\p{L}]))/iu, 'AYIL_OKMOTU'],
  [/^\s*(?:айылн\p{L}*\s+кенеш\p{L}*|айылдык\s+кеңеш\p{L}*|(?:ayil|aiyl|village|local)\s+(?:kenesh\p{L}*|councils?))/iu, 'LOCAL_COUNCIL'],
  [/^\s*(?:шаарынын\s+мэрия\p{L}*|(?:town|city)\s+(?:administration|hall|council)s?|mayor['’]s\s+office)/iu, 'TOWN_ADMINISTRATION'],
  [/^\s*(?:айылн\p{L}*\s+аймак\p{L}*|айыл\s+айма[кг]\p{L}*|ayil\s+aimaks?|aiyl\s+aimaks?)/iu, 'AYIL_AIMAK'],
  [/^\s*(?:район\p{L}*|р-н(?![\p{L}])|districts?(?![\p{L}])|rayons?(?![\p{L}])|raions?(?![\p{L}]))/iu, 'RAYON'],
  [/^\s*(?:област\p{L}*|облус\p{L}*|обл\.|oblasts?(?![\p{L}])|regions?(?![\p{L}])|province(?![\p{L}]))/iu, 'OBLAST'],
  [/^\s*(?:шаар\p{L}*|ш\.|city(?![\p{L}])|town(?![\p{L}]))/iu, 'CITY'],
  [/^\s*(?:айыл(?:ы|ында|ынан|ына|ындагы)?(?![\p{L}])|village(?![\p{L}]))/iu, 'VILLAGE'],
];
/** Words of kind written before a place name. */
const before: [RegExp, Kind][] = [
  // «в областной государственной администрации Иссык-Кульской области», «Полномочного представителя Правительства по
  // Иссык-Кульской области» (the oblast administration under its other name).
  [/(?:областн\p{L}*\s+государственн\p{L}*\s+администраци\p{L}*|[Пп]олномочн\p{L}*\s+[Пп]редставител\p{L}*(?:\s+[Пп]равительства(?:\s+(?:КР|Кыргызской\s+Республики))?)?\s+(?:в|по))\s*$/u, 'OBLAST_ADMINISTRATION'],
  [/(?:district|rayon|oblast|regional)\s+administration\s+of(?:\s+the)?\s*$/iu, 'RAYON_ADMINISTRATION'],
  [/(?:мэри\p{L}*\s+(?:г\.|города|город)?|mayor['’]s\s+office\s+of(?:\s+the)?|city\s+hall\s+of)\s*$/iu, 'TOWN_ADMINISTRATION'],
  [/(?:^|[^\p{L}])(?:г\.|город\p{L}*|city\s+of|town\s+of)\s*$/iu, 'CITY'],
  [/(?:^|[^\p{L}])(?:с\.|сел[оаеу]м?|сёл|пос[её]л\p{L}*|village\s+of|villages\s+of)\s*$/iu, 'VILLAGE'],
];
const organisationKinds = new Set<Kind>(['AYIL_OKMOTU', 'TOWN_ADMINISTRATION', 'RAYON_ADMINISTRATION', 'OBLAST_ADMINISTRATION', 'LOCAL_COUNCIL']);
/** The level of territory an organisation kind governs. */
const governedLevel: Partial<Record<Kind, string>> = {
  AYIL_OKMOTU: 'AYIL_AIMAK',
  TOWN_ADMINISTRATION: 'CITY',
  RAYON_ADMINISTRATION: 'RAYON',
  OBLAST_ADMINISTRATION: 'OBLAST',
};
/** Without a word of kind, a bare name is most often the town, then the oblast, the rayon, the ayil aimak. */
const levelPreference = ['COUNTRY', 'CITY', 'OBLAST', 'RAYON', 'AYIL_AIMAK'];
/** Kinds of unit a rayon or oblast written right after qualifies («… айыл окмоту Тюпского района»). */
const qualified = new Set<Kind>(['AYIL_OKMOTU', 'LOCAL_COUNCIL', 'AYIL_AIMAK', 'TOWN_ADMINISTRATION', 'VILLAGE']);
const coordination = /^\s*(?:,\s*(?:и|and|жана)?|и|and|жана|&)\s*$/iu;

interface PlaceHit {
  first: number;
  last: number;
  start: number;
  end: number;
  ids: string[];
}

export interface PlaceFindings {
  territories: TerritoryMention[];
  organisations: OrganisationMention[];
}

export function findPlaces(text: string, tokens: Token[], gazetteer: Gazetteer): PlaceFindings {
  const hits = placeHits(tokens, gazetteer);
  const mentioned = new Set(hits.flatMap((h) => h.ids));
  const territories: TerritoryMention[] = [];
  const organisations: OrganisationMention[] = [];
  const kinds = hits.map((h) => kindAround(text, h));
  // Coordinated names take the kind of the last one: walk back over «X, Y и Z районов».
  for (let i = hits.length - 1; i > 0; i -= 1) {
    const k = kinds[i];
    if (!k || k.position === 'before' || kinds[i - 1]) continue;
    if (coordination.test(text.slice(hits[i - 1]!.end, hits[i]!.start))) kinds[i - 1] = { kind: k.kind, position: 'shared', start: hits[i - 1]!.start, end: hits[i - 1]!.end };
  }
  const consumed = new Set<number>();
  hits.forEach((hit, i) => {
    if (consumed.has(i)) return;
    const around = kinds[i];
    let kind = around?.kind ?? null;
    let start = around ? Math.min(around.start, hit.start) : hit.start;
    let end = around ? Math.max(around.end, hit.end) : hit.end;
    let ids = hit.ids;
    // «… айыл окмоту Тюпского района», "… ayil aimak of Ak-Suu district": a qualifier naming the unit above.
    const next = hits[i + 1];
    const nextKind = kinds[i + 1];
    let qualifier: string[] = [];
    if (kind && qualified.has(kind) && next && nextKind && (nextKind.kind === 'RAYON' || nextKind.kind === 'OBLAST') && /^\s*(?:,|of|in|of\s+the|in\s+the)?\s*$/iu.test(text.slice(end, next.start))) {
      const above = next.ids.filter((id) => gazetteer.territories.get(id)?.level === nextKind.kind);
      if (above.length && ids.some((id) => gazetteer.ancestors(id).some((a) => above.includes(a)))) {
        qualifier = above;
        end = Math.max(nextKind.end, next.end);
        consumed.add(i + 1);
      }
    }
    if (kind === 'VILLAGE') {
      territories.push(village(text, start, end, hit, gazetteer, mentioned));
      return;
    }
    if (kind && organisationKinds.has(kind)) {
      organisations.push(organisation(text.slice(start, end), start, end, kind, ids, gazetteer, mentioned, qualifier));
      return;
    }
    const level = kind ?? null;
    let chosen = level ? ids.filter((id) => gazetteer.territories.get(id)?.level === level) : [];
    if (!level) {
      for (const preferred of levelPreference) {
        chosen = ids.filter((id) => gazetteer.territories.get(id)?.level === preferred);
        if (chosen.length) break;
      }
    }
    if (!chosen.length) return;
    // A Russian place adjective with no noun of kind («Тюпского» in a list the gazetteer could not follow to its
    // noun, «Швейцарского») is not a mention of a unit on its own.
    if (!kind && /(?:ск|цк)(?:ий|ая|ое|ого|ой|ому|ом|им|их|ими)$/iu.test(text.slice(hit.start, hit.end))) return;
    // A month is not a place ("May").
    if (!kind && /^(?:May|Май|March|Март)$/u.test(text.slice(hit.start, hit.end))) return;
    // The state's formal name is part of titles ("Ministry of Finance of the Kyrgyz Republic", «при Правительстве
    // Кыргызской Республики»); the country as a place is written "Kyrgyzstan", «Кыргызстан».
    if (chosen.every((id) => gazetteer.territories.get(id)?.level === 'COUNTRY') && (/республик|republic/iu.test(text.slice(hit.start, hit.end)) || /^['’]s/u.test(text.slice(hit.end)))) return;
    const candidates = rank(chosen, gazetteer, mentioned, qualifier, `"${text.slice(hit.start, hit.end)}" names`);
    const best = candidates[0]!;
    territories.push({
      text: text.slice(start, end),
      start,
      end,
      level: gazetteer.territories.get(best.id)!.level,
      status: 'MATCH',
      match: { id: best.id },
      candidates,
      within: null,
    });
  });
  // Villages the gazetteer does not hold as names: «села Тамчы», "the village of Kochkorka".
  for (const m of text.matchAll(/(?<![\p{L}])(?:с\.\s*|сел[оаеу]м?\s+|village\s+of\s+|villages?\s+)(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/gu)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (territories.some((t) => t.start < e && t.end > s) || organisations.some((o) => o.start < e && o.end > s)) continue;
    let name = m[1]!;
    let aimaks = villageAimaks(name, gazetteer);
    let text0 = m[0];
    if (!aimaks.length && name.includes(' ')) {
      // «села Оттук Тонского района»: the second capitalised word is the qualifier, not the village.
      const firstWord = name.split(/\s+/)[0]!;
      aimaks = villageAimaks(firstWord, gazetteer);
      text0 = m[0].slice(0, m[0].length - name.length + firstWord.length);
      name = firstWord;
    }
    if (!aimaks.length) continue;
    const ranked = rank(aimaks, gazetteer, mentioned, [], `village "${name}" lies in`);
    territories.push({ text: text0, start: s, end: s + text0.length, level: 'VILLAGE', status: 'CREATE', match: null, candidates: [], within: { id: ranked[0]!.id } });
  }
  for (const m of text.matchAll(/(\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)*)\s+айыл(?:ы|ында|ынан|ына|ындагы)(?![\p{L}])/gu)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (territories.some((t) => t.start < e && t.end > s) || organisations.some((o) => o.start < e && o.end > s)) continue;
    const aimaks = villageAimaks(m[1]!, gazetteer);
    if (!aimaks.length) continue;
    const ranked = rank(aimaks, gazetteer, mentioned, [], `village "${m[1]}" lies in`);
    territories.push({ text: m[0], start: s, end: e, level: 'VILLAGE', status: 'CREATE', match: null, candidates: [], within: { id: ranked[0]!.id } });
  }
  territories.sort((a, b) => a.start - b.start);
  return { territories, organisations };
}

/** Place names of the gazetteer in the text: the longest at each place, with every unit bearing that name. */
function placeHits(tokens: Token[], gazetteer: Gazetteer): PlaceHit[] {
  const raw = gazetteer.find(tokens, 'territory');
  const bySpan = new Map<string, PlaceHit>();
  for (const h of raw) {
    const key = `${h.first}:${h.last}`;
    const hit = bySpan.get(key) ?? { first: h.first, last: h.last, start: tokens[h.first]!.start, end: tokens[h.last]!.end, ids: [] };
    if (!hit.ids.includes(h.entry.id)) hit.ids.push(h.entry.id);
    bySpan.set(key, hit);
  }
  const hits = [...bySpan.values()].sort((a, b) => a.first - b.first || b.last - a.last);
  const out: PlaceHit[] = [];
  for (const hit of hits) {
    const prev = out.at(-1);
    if (prev && hit.first <= prev.last) continue;
    out.push(hit);
  }
  return out;
}

function kindAround(text: string, hit: PlaceHit): { kind: Kind; position: 'after' | 'before' | 'shared'; start: number; end: number } | null {
  const following = text.slice(hit.end, hit.end + 80);
  let afterKind: { kind: Kind; position: 'after'; start: number; end: number } | null = null;
  for (const [re, kind] of after) {
    const m = re.exec(following);
    if (m) {
      afterKind = { kind, position: 'after', start: hit.start, end: hit.end + m[0].length };
      break;
    }
  }
  // A body named before the place outranks a plain noun of kind after it: «администрации Иссык-Кульской области».
  if (afterKind && organisationKinds.has(afterKind.kind)) return afterKind;
  const preceding = text.slice(Math.max(0, hit.start - 100), hit.start);
  for (const [re, kind] of before) {
    const m = re.exec(preceding);
    if (m) {
      const word = m[0].replace(/^[^\p{L}]+/u, '');
      // The noun of kind after the name belongs to the same mention: «… Иссык-Кульской области».
      const noun = /^\s*(?:област\p{L}*|облус\p{L}*|район\p{L}*|district|rayon|oblast)(?![\p{L}])/iu.exec(following);
      let beforeKind = kind;
      if (kind === 'RAYON_ADMINISTRATION' && /oblast|regional/iu.test(word)) beforeKind = 'OBLAST_ADMINISTRATION';
      if (afterKind && !organisationKinds.has(beforeKind)) return afterKind;
      return { kind: beforeKind, position: 'before', start: hit.start - word.length, end: hit.end + (noun && organisationKinds.has(kind) ? noun[0].length : 0) };
    }
  }
  if (afterKind) return afterKind;
  // A list after a colon: «тремя айыл окмоту Сузакского района: Ленинским, Кегартским и Курманбекским».
  const listed = /(?:айыл\p{L}*\s+[оө]км[оө]т\p{L}*|ayil\s+okmotus|aiyl\s+okmotus|айылн\p{L}*\s+кенеш\p{L}*)[^.:;!?\n]{0,60}:[^.:;!?\n]*$/iu.exec(text.slice(Math.max(0, hit.start - 200), hit.start));
  if (listed) {
    const kind: Kind = /кенеш/iu.test(listed[0]) ? 'LOCAL_COUNCIL' : 'AYIL_OKMOTU';
    return { kind, position: 'before', start: hit.start, end: hit.end };
  }
  return null;
}

/** Candidates ranked: a unit whose rayon or oblast the text names (right after, or anywhere) comes first. */
function rank(ids: string[], gazetteer: Gazetteer, mentioned: Set<string>, qualifier: string[], how: string): Candidate[] {
  return ids
    .map((id) => {
      const ancestors = gazetteer.ancestors(id);
      const t = gazetteer.territories.get(id)!;
      let score = ids.length === 1 ? 0.95 : 0.8;
      let reason = `${how} ${t.names[0]}`;
      if (mentioned.has(id) && how.startsWith('village')) {
        score += 0.15;
        reason += ', which the text names';
      } else if (qualifier.some((q) => ancestors.includes(q))) {
        score += 0.15;
        reason += ', in the unit written next to it';
      } else if (ancestors.some((a) => mentioned.has(a))) {
        score += 0.1;
        reason += ', in a unit the text names';
      }
      return { id, score: Math.min(1, score), reason };
    })
    .sort((a, b) => b.score - a.score);
}

function organisation(text: string, start: number, end: number, kind: Kind, ids: string[], gazetteer: Gazetteer, mentioned: Set<string>, qualifier: string[]): OrganisationMention {
  const level = governedLevel[kind];
  const units = level ? ids.filter((id) => gazetteer.territories.get(id)?.level === level && gazetteer.governing.has(`${kind}|${id}`)) : [];
  if (!units.length) return { text, start, end, kind, status: 'CREATE', match: null, candidates: [] };
  const ranked = rank(units, gazetteer, mentioned, qualifier, 'governs').map((c) => ({ ...c, id: gazetteer.governing.get(`${kind}|${c.id}`)! }));
  return { text, start, end, kind, status: 'MATCH', match: { id: ranked[0]!.id }, candidates: ranked };
}

/** Ayil aimaks listing a village; one named like the village (its centre, usually) first. */
function villageAimaks(name: string, gazetteer: Gazetteer): string[] {
  const out = new Set<string>();
  for (const key of textKeys(name)) for (const id of gazetteer.villages.get(key) ?? []) out.add(id);
  const keys = new Set(textKeys(name));
  return [...out].sort((a, b) => Number(namedLike(b, keys, gazetteer)) - Number(namedLike(a, keys, gazetteer)));
}

function namedLike(id: string, keys: Set<string>, gazetteer: Gazetteer): boolean {
  return (gazetteer.territories.get(id)?.names ?? []).some((n) => textKeys(n.split(/\s+/)[0]!).some((k) => keys.has(k)));
}

function village(text: string, start: number, end: number, hit: PlaceHit, gazetteer: Gazetteer, mentioned: Set<string>): TerritoryMention {
  const aimaks = villageAimaks(text.slice(hit.start, hit.end), gazetteer);
  // A village bearing the name of its ayil aimak: the aimak itself when no village list has it.
  const within = aimaks.length ? rank(aimaks, gazetteer, mentioned, [], 'lies in')[0]!.id : (hit.ids.find((id) => gazetteer.territories.get(id)?.level === 'AYIL_AIMAK') ?? null);
  return { text: text.slice(start, end), start, end, level: 'VILLAGE', status: 'CREATE', match: null, candidates: [], within: within ? { id: within } : null };
}
