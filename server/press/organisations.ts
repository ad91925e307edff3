import type { Gazetteer } from './gazetteer.js';
import type { OrganisationMention } from './types.js';
import type { Token } from './words.js';

/**
 * Organisations other than local government bodies (those come from places.ts): every name and alias of the graph
 * («Институтом политики развития», «ШУРС», "GAMSUMO", «ГАМСУМОнун»), a consortium with its members named after it
 * («консорциумом ХЕЛВЕТАС и ИПР»), well-known bodies the graph may not hold yet, and bodies introduced by the word
 * for their kind (ОО «…», "Ministry of …", «Министерство …», "… Foundation").
 */

/** International donors and agencies a Kyrgyz release names, with the kind the graph would give them. */
const knownBodies: [RegExp, string][] = [
  [/USAID|Агентств\p{L}*\s+США\s+по\s+международному\s+развитию|United\s+States\s+Agency\s+for\s+International\s+Development/u, 'DONOR_AGENCY'],
  [/\bGIZ\b|Германско\p{L}*\s+общества?\s+по\s+международному\s+сотрудничеству|Deutsche\s+Gesellschaft\s+für\s+Internationale\s+Zusammenarbeit/u, 'DONOR_AGENCY'],
  [/\bUNDP\b|ПРООН|Программ\p{L}*\s+развития\s+ООН|United\s+Nations\s+Development\s+Programme|БУУнун\s+Өнүктүрүү\s+Программасы/u, 'DONOR_AGENCY'],
  [/\bJICA\b|\bKfW\b|\bADB\b|(?<![\p{L}])АБР(?![\p{L}])|World\s+Bank|Всемирн\p{L}*\s+банк\p{L}*|Дүйнөлүк\s+банк\p{L}*/u, 'DONOR_AGENCY'],
  [/\bBMZ\b|Федеральн\p{L}*\s+министерств\p{L}*\s+экономического\s+сотрудничества\s+и\s+развития(?:\s+Германии)?/u, 'DONOR'],
  [/European\s+Union|Европейск\p{L}*\s+(?:союз\p{L}*|Союз\p{L}*)|Евросоюз\p{L}*|Европа\s+Биримдиги\p{L}*|\bEU\b|(?<![\p{L}])ЕС(?![\p{L}])/u, 'DONOR'],
  [/Government\s+of\s+(?:Japan|Germany|the\s+United\s+States)|Правительств\p{L}*\s+(?:Японии|Германии|США)/u, 'DONOR'],
  [/Жогорку\s+Кенеш\p{L}*|Jogorku\s+Kenesh/u, 'GOVERNMENT_AGENCY'],
];

/** A body introduced by the word for its kind, with the words of its name after it. */
const kindHeads: [RegExp, string][] = [
  [/(?:ОО|ОФ|ОсОО|ОЮЛ|Общественн\p{L}*\s+(?:объединени\p{L}*|фонд\p{L}*)|[Оо]бщественн\p{L}*\s+фонд\p{L}*|[Фф]онд\p{L}*|Коомдук\s+фонд\p{L}*|Public\s+Foundation|Foundation|Association|Ассоциаци\p{L}*)\s*[«"“][^»"”]{2,80}[»"”]/u, 'NGO'],
  [/(?:Министерств\p{L}*|Ministry\s+of)\s+(?:(?:[\p{Ll}\p{Lu}][\p{Ll}-]+|и|and|of|по|делам)\s+){0,5}?(?:[\p{Ll}\p{Lu}][\p{Ll}-]+)(?:\s+(?:КР|Кыргызской\s+Республики|of\s+the\s+Kyrgyz\s+Republic))?/u, 'GOVERNMENT_AGENCY'],
  [/(?:Государственн\p{L}*\s+(?:агентств\p{L}*|комитет\p{L}*|служб\p{L}*|инспекци\p{L}*|State\s+Agency)|State\s+Agency|Мамлекеттик\s+агенттиг\p{L}*)(?:\s+(?:по|при|и|for|of|and|on|[\p{Ll}-]+)){1,10}?(?=\s+\p{Lu}|\s*[,.;:)«»"“”]|\s+—|\s*$)/u, 'GOVERNMENT_AGENCY'],
  [/(?:Союз\p{L}*\s+местных\s+самоуправлений(?:\s+КР)?|Союз\p{L}*\s+МСУ|Union\s+of\s+(?:Local\s+Self-Governments?|LSGs?)(?:\s+of\s+the\s+Kyrgyz\s+Republic)?|Жергиликтүү\s+өз\s+алдынча\s+башкаруу\s+органдарынын\s+союзу\p{L}*)/u, 'NGO'],
  [/(?:Академи\p{L}*\s+местного\s+управления\s+Центральной\s+Азии|Local\s+Government\s+Academy\s+of\s+Central\s+Asia|LGACA|Борбордук\s+Азиянын\s+жергиликтүү\s+башкаруу\s+академиясы\p{L}*)/u, 'NGO'],
  [/(?:\p{Lu}[\p{L}'’-]+\s+){1,4}(?:Association|Foundation|Fund|Union)(?:\s+of\s+(?:\p{Lu}[\p{L}-]+\s*){1,3})?/u, 'NGO'],
  [/(?:\p{Lu}\p{L}+\s+)?(?:\p{Ll}+\s+){0,3}(?:ассоциациясы\p{L}*|бирикмеси\p{L}*)/u, 'NGO'],
];

/**
 * Bodies whose names contain a graph name that is not theirs: the Embassy of Switzerland is not the Government of
 * Switzerland ("Switzerland" is an alias of the latter). Read before the graph's names, which then yield.
 */
const embassies = /(?:Swiss\s+Embassy|Embassy\s+of\s+Switzerland(?:\s+in\s+the\s+Kyrgyz\s+Republic)?|Посольств\p{L}*\s+Швейцарии(?:\s+в\s+(?:Кыргызской\s+Республике|КР))?|Швейцарск\p{L}*\s+посольств\p{L}*|Швейцариянын\s+(?:Кыргыз\s+Республикасындагы\s+)?элчилиг\p{L}*)/gu;

export function findOrganisations(text: string, tokens: Token[], gazetteer: Gazetteer, taken: { start: number; end: number }[]): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  for (const m of text.matchAll(embassies)) {
    found.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, kind: 'DONOR', status: 'CREATE', match: null, candidates: [] });
  }
  const hits = gazetteer.find(tokens, 'organisation');
  for (const hit of hits) {
    const start = tokens[hit.first]!.start;
    const end = tokens[hit.last]!.end;
    const org = gazetteer.organisations.get(hit.entry.id)!;
    const same = found.find((f) => f.start <= start && f.end >= end);
    if (same) continue;
    found.push({
      text: text.slice(start, end),
      start,
      end,
      kind: org.kind,
      status: 'MATCH',
      match: { id: org.id },
      candidates: [{ id: org.id, score: 1, reason: `"${text.slice(start, end)}" is a name of ${org.names[0]}` }],
    });
  }
  consortia(text, gazetteer, found);
  const overlaps = (s: number, e: number) => [...found, ...taken].some((f) => f.start < e && f.end > s);
  for (const [re, kind] of knownBodies) {
    for (const m of text.matchAll(new RegExp(re.source, 'gu'))) {
      const s = m.index!;
      const e = s + m[0].length;
      if (!overlaps(s, e)) found.push({ text: m[0], start: s, end: e, kind, status: 'CREATE', match: null, candidates: [] });
    }
  }
  for (const [re, kind] of kindHeads) {
    for (const m of text.matchAll(new RegExp(re.source, 'gu'))) {
      const s = m.index!;
      const trimmed = m[0].replace(/\s+$/u, '');
      const e = s + trimmed.length;
      if (!overlaps(s, e)) found.push({ text: trimmed, start: s, end: e, kind, status: 'CREATE', match: null, candidates: [] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * «консорциумом ХЕЛВЕТАС и ИПР», "the consortium of HELVETAS and DPI": the word, then the members named right after
 * it; the mention spans both, and the members stay mentions of their own.
 */
function consortia(text: string, gazetteer: Gazetteer, found: OrganisationMention[]): void {
  const consortiums = [...gazetteer.organisations.values()].filter((o) => o.kind === 'CONSORTIUM');
  for (const m of text.matchAll(/(?<![\p{L}])(?:консорциум\p{L}*|consortium|консорциум)(?![\p{L}])/giu)) {
    const start = m.index!;
    let end = start + m[0].length;
    const members = found
      .filter((f) => f.start >= end && f.start - start < 160 && f.match)
      .sort((a, b) => a.start - b.start);
    const named: string[] = [];
    for (const member of members) {
      if (member.start - end > 60 || /[.;]/.test(text.slice(end, member.start))) break;
      named.push(member.match!.id);
      end = member.end;
    }
    const candidates = consortiums
      .map((c) => ({ c, shared: c.memberIds.filter((id) => named.includes(id)).length }))
      .filter(({ shared }) => shared > 0)
      .sort((a, b) => b.shared - a.shared)
      .map(({ c, shared }) => ({ id: c.id, score: Math.min(1, 0.7 + 0.15 * shared), reason: `a consortium of ${shared} of the bodies named with it` }));
    if (!named.length) continue;
    const best = candidates[0];
    found.push({
      text: text.slice(start, end),
      start,
      end,
      kind: 'CONSORTIUM',
      status: best ? 'MATCH' : 'CREATE',
      match: best ? { id: best.id } : null,
      candidates,
    });
  }
}
