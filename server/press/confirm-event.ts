import { distance } from 'fastest-levenshtein';
import { namesProperties } from '../common/names.input.js';
import type { WriteTransaction } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import type { Event } from '../events/event.type.js';
import { eventId } from '../imports/import-ids.js';
import { keyWords } from '../imports/name-keys.js';
import type { Phase } from '../programmes/programme.type.js';
import { ConfirmRefusal, type ImportLanguage } from './confirm-messages.js';
import type { PressEventConfirmInput } from './confirm.input.js';
import type { ReleaseSource } from './confirm-source.js';

/** Titles this close (1 − edit distance ÷ length, on the folded words) name the same event: a word's ending, a typo. */
const SAME_TITLE = 0.85;

const titleKey = (title: string) => keyWords(title).join(' ');

/**
 * Whether a title names the event: near-identical to one of its names or aliases in any language, once case,
 * punctuation, quotes and script are folded (keyWords: «Вводный семинар второй фазы» = "Vvodnyi seminar…").
 */
export function sameTitle(title: string, event: Pick<Event, 'nameRu' | 'nameEn' | 'nameKy' | 'aliases'>): boolean {
  const key = titleKey(title);
  if (!key) return false;
  return [event.nameRu, event.nameEn, event.nameKy, ...(event.aliases ?? [])].some((name) => {
    if (!name) return false;
    const other = titleKey(name);
    return other.length > 0 && 1 - distance(key, other) / Math.max(key.length, other.length) >= SAME_TITLE;
  });
}

/**
 * An event of a phase lies within the phase's dates: the attendance import's check (import-event.ts checkNewEvent),
 * with the same reason and phase dates in the error, so a client shows both next to the date field the same way.
 */
export function checkWithinPhase(field: string, date: string, phase: Phase, language: ImportLanguage): void {
  if ((phase.startDate && date < phase.startDate) || (phase.endDate && date > phase.endDate)) {
    throw new ConfirmRefusal(field, 'DATE_OUTSIDE_PHASE', { date, phase: phase.nameEn ?? phase.nameRu ?? phase.id, start: phase.startDate ?? null, end: phase.endDate ?? null }, language, {
      reason: 'EVENT_DATE_OUTSIDE_PHASE',
      phaseId: phase.id,
      phaseStartDate: phase.startDate ?? null,
      phaseEndDate: phase.endDate ?? null,
    });
  }
}

/** The event of the same day, phase and place with a near-identical title, when the graph has one. */
export async function findSameEvent(tx: WriteTransaction, event: PressEventConfirmInput): Promise<Event | null> {
  const rows = await tx.run('press/same-event', { date: event.date, phaseId: event.phaseId, placeTerritoryId: event.placeTerritoryId ?? null });
  return (rows.map((row) => row.event as Event).find((found) => sameTitle(event.title!, found)) ?? null);
}

/** Title and place go to the name fields of the release's language; Kyrgyz also to nameRu, as the graph needs a Russian or English name. */
function namesIn(language: 'ru' | 'en' | 'ky', title: string) {
  if (language === 'en') return namesProperties({ nameEn: title });
  if (language === 'ky') return namesProperties({ nameRu: title, nameKy: title });
  return namesProperties({ nameRu: title });
}

/** The id of the event a release creates: made of its date and title, so the same event confirmed twice at once is one. */
export function newEventId(event: PressEventConfirmInput): string {
  return eventId(event.date!, event.title!);
}

/** Creates the event (press/create-event); `created` is false when an event with its id (same date and title) was there. */
export async function createEvent(
  tx: WriteTransaction,
  event: PressEventConfirmInput,
  language: 'ru' | 'en' | 'ky',
  source: ReleaseSource,
  hostIds: string[],
): Promise<{ event: Event; created: boolean }> {
  const reported = event.reportedParticipantCount;
  const place = event.place?.trim() || null;
  const [row] = await tx.run('press/create-event', {
    properties: {
      id: newEventId(event),
      ...namesIn(language, event.title!),
      kind: event.kind,
      placeRu: language === 'en' ? null : place,
      placeEn: language === 'en' ? place : null,
      reportedParticipantCount: reported === null || reported === undefined ? null : cypherInt(reported),
      ...source.properties,
    },
    date: event.date,
    endDate: event.endDate ?? null,
    phaseId: event.phaseId,
    placeTerritoryId: event.placeTerritoryId ?? null,
    hostIds,
  });
  return { event: row!.event as Event, created: Boolean(row!.created) };
}
