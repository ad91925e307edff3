import { eventDates, findDates } from './dates.js';
import { participantCount } from './counts.js';
import { eventKind, eventPlace, headline, programmeAndPhase } from './event.js';
import type { Gazetteer } from './gazetteer.js';
import { detectLanguage } from './language.js';
import { findOrganisations } from './organisations.js';
import { findPeople } from './people.js';
import { findPlaces } from './places.js';
import { findReferences } from './references.js';
import type { Draft, DraftOptions } from './types.js';
import { tokenize } from './words.js';

/** Drafts an event from a press release's plain text. Pure: reads the gazetteer, writes nothing. */
export function draftFromText(text: string, gazetteer: Gazetteer, options: DraftOptions = {}): Draft {
  const publishedOn = options.publishedOn ?? null;
  const tokens = tokenize(text);
  const language = detectLanguage(text, options.language);
  const places = findPlaces(text, tokens, gazetteer);
  const organisations = [...places.organisations, ...findOrganisations(text, tokens, gazetteer, places.organisations)].sort((a, b) => a.start - b.start);
  // Territory names inside an organisation's name are the organisation's, not mentions of their own.
  const territories = places.territories.filter((t) => !organisations.some((o) => o.start <= t.start && o.end >= t.end));
  organisations.push(...findReferences(text, gazetteer, organisations, territories));
  // A body the draft would create may still be in the graph under another wording: offer the nearest ones.
  for (const o of organisations) if (o.status === 'CREATE' && o.candidates.length === 0) o.candidates = gazetteer.organisationCandidates(o.text, o.kind);
  organisations.sort((a, b) => a.start - b.start);
  const people = findPeople(text, gazetteer, organisations, territories);
  // A surname made from a place («Токтогулов», «Кочкорбаев») is the person's.
  const placesOnly = territories.filter((t) => !people.some((p) => p.start < t.end && p.end > t.start));
  const { date, endDate } = eventDates(text, publishedOn);
  // Where the date is written; "held today" / «сегодня» / «бүгүн» when the event is the dateline's day.
  const today = date && date === publishedOn ? /(?<![\p{L}])(?:today|сегодня|бүгүн)(?![\p{L}])/iu.exec(text) : null;
  const dateAt = today ? today.index : date ? (findDates(text, publishedOn).find((d) => d.date === date)?.start ?? findDates(text, publishedOn).find((d) => d.endDate === date || (endDate !== null && d.date === endDate))?.start ?? 0) : 0;
  const title = headline(text);
  const lead = text.slice(0, 600);
  const where = eventPlace(text, dateAt, placesOnly, organisations, gazetteer);
  const { programme, phase } = programmeAndPhase(text, date, gazetteer);
  return {
    language,
    event: {
      title,
      date,
      endDate,
      place: where.place,
      kind: eventKind(title ?? '', lead),
      reportedParticipantCount: participantCount(text),
      placeTerritory: where.territoryId ? { id: where.territoryId } : null,
      programme: programme ? { id: programme } : null,
      phase: phase ? { id: phase } : null,
    },
    organisations,
    people,
    territories: placesOnly,
  };
}
