/**
 * The new event as the sheet and the programme say it should be, without the DOM: the fields the lines above the
 * sheet's header offer (filled in only where the user typed nothing), and a date checked against the chosen phase
 * on the event step itself rather than when the sheet is checked.
 */
import type { PhaseRef } from '../api/queries.js';
import type { AttendanceImportInput, SheetTitleSuggestion } from './import-api.js';
import type { NewEventDraft, WizardInputs } from './import-model.js';
import { EMPTY_DRAFT } from './import-model.js';

/** The phase's dates when `date` lies outside them; null when it is inside, or there is no date or phase. */
export function dateOutsidePhase(date: string, phase: PhaseRef | undefined): { start: string | null; end: string | null } | null {
  if (!phase || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const outside = (phase.startDate !== null && date < phase.startDate) || (phase.endDate !== null && date > phase.endDate);
  return outside ? { start: phase.startDate, end: phase.endDate } : null;
}

const cyrillic = (text: string) => /\p{Script=Cyrillic}/u.test(text);

/**
 * The draft with its empty fields taken from the sheet's title lines (a Cyrillic title or place goes to the Russian
 * field, a Latin one to the English); the kind only while nothing was typed. Null when nothing changes.
 */
export function prefillDraft(draft: NewEventDraft, suggestion: SheetTitleSuggestion | null): NewEventDraft | null {
  if (!suggestion) return null;
  const untouched = !draft.date && !draft.nameRu && !draft.nameEn && !draft.placeRu && !draft.placeEn;
  const next: NewEventDraft = { ...draft };
  if (!draft.date && suggestion.date) next.date = suggestion.date;
  if (suggestion.title && !draft.nameRu && !draft.nameEn) next[cyrillic(suggestion.title) ? 'nameRu' : 'nameEn'] = suggestion.title;
  if (suggestion.place && !draft.placeRu && !draft.placeEn) next[cyrillic(suggestion.place) ? 'placeRu' : 'placeEn'] = suggestion.place;
  if (untouched && suggestion.kind && draft.kind === EMPTY_DRAFT.kind) next.kind = suggestion.kind;
  return (Object.keys(next) as (keyof NewEventDraft)[]).some((key) => next[key] !== draft[key]) ? next : null;
}

/** Id of the stand-in event a sheet is read against before the new event is complete (never written). */
export const PROBE_EVENT_ID = 'import-title-probe';

/**
 * An input that reads the sheet's title lines while the new event is still incomplete: the same file, worksheet and
 * header row against a stand-in event (no phase, so no date check). Null when the draft is complete or there is no file.
 */
export function titleProbeInput(inputs: WizardInputs, today: string): AttendanceImportInput | null {
  if (inputs.event.mode !== 'new' || !inputs.file) return null;
  const { draft } = inputs.event;
  if (/^\d{4}-\d{2}-\d{2}$/.test(draft.date) && (draft.nameRu.trim() || draft.nameEn.trim())) return null;
  const input: AttendanceImportInput = {
    file: inputs.file.dataUrl,
    fileName: inputs.file.name,
    newEvent: { id: PROBE_EVENT_ID, date: /^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? draft.date : today, kind: draft.kind, nameEn: 'Reading the sheet title' },
  };
  if (inputs.sheet) input.sheet = inputs.sheet;
  if (inputs.headerRow) input.headerRow = inputs.headerRow;
  return input;
}
