/**
 * The import wizard's state without the DOM: what the user gave (event, file, sheet, header row, mapping,
 * choices), how each change resets what depends on it, and the API input built from it. Pure, so the rules
 * are tested without a browser.
 */
import type {
  AttendanceImportInput,
  EventKind,
  ImportCandidate,
  ImportChoiceInput,
  ImportColumn,
  ImportField,
  ImportPreview,
  ImportRow,
  ImportStatus,
  ImportSummary,
  ImportTarget,
  NewEventInput,
} from './import-api.js';

/** Text fields as typed ('' when empty). */
export interface NewEventDraft {
  date: string;
  kind: EventKind;
  nameRu: string;
  nameEn: string;
  phaseId: string;
  placeRu: string;
  placeEn: string;
}

export const EMPTY_DRAFT: NewEventDraft = { date: '', kind: 'SEMINAR', nameRu: '', nameEn: '', phaseId: '', placeRu: '', placeEn: '' };

export type EventChoice = { mode: 'existing'; eventId: string | null } | { mode: 'new'; draft: NewEventDraft };

export interface UploadedFile {
  name: string;
  size: number;
  /** As FileReader gives it: `data:…;base64,…` (the API takes the prefix). */
  dataUrl: string;
}

/** A row's choice: an existing node, a new one (an organisation maybe of another kind), another kind for a new organisation, or skipping the row. */
export type Choice = { id: string } | { createNew: true; kind?: string } | { kind: string } | { skip: true };

export interface WizardInputs {
  event: EventChoice;
  file: UploadedFile | null;
  sheet: string | null;
  headerRow: number | null;
  /** Every column's field once the user changed one; null: the API's guesses. */
  mapping: ReadonlyMap<number, ImportField> | null;
  /** By `choiceKey(row, target)`. */
  choices: ReadonlyMap<string, Choice>;
  /** Candidates seen for each ambiguous match: a settled row no longer lists them, but may be changed again. */
  candidates: ReadonlyMap<string, ImportCandidate[]>;
}

export const INITIAL_INPUTS: WizardInputs = {
  event: { mode: 'existing', eventId: null },
  file: null,
  sheet: null,
  headerRow: null,
  mapping: null,
  choices: new Map(),
  candidates: new Map(),
};

export type InputChange =
  | { type: 'event'; event: EventChoice }
  | { type: 'file'; file: UploadedFile }
  | { type: 'sheet'; sheet: string | null }
  | { type: 'headerRow'; headerRow: number | null }
  | { type: 'field'; columns: readonly ImportColumn[]; index: number; field: ImportField }
  | { type: 'guessedMapping' }
  | { type: 'choice'; row: number; target: ImportTarget; choice: Choice | null }
  /** Another sheet for the same event. */
  | { type: 'anotherSheet' };

export const choiceKey = (row: number, target: ImportTarget): string => `${row}|${target}`;

const noRows = { mapping: null, choices: new Map<string, Choice>(), candidates: new Map<string, ImportCandidate[]>() };

/**
 * Applies one change. A new file, worksheet or header row means other columns and rows, so the mapping and
 * choices made for the old ones go; a new mapping or event keeps the choices (same rows).
 */
export function applyChange(inputs: WizardInputs, change: InputChange): WizardInputs {
  switch (change.type) {
    case 'event':
      return { ...inputs, event: change.event };
    case 'file':
      return { ...inputs, ...noRows, file: change.file, sheet: null, headerRow: null };
    case 'sheet':
      return { ...inputs, ...noRows, sheet: change.sheet, headerRow: null };
    case 'headerRow':
      return { ...inputs, ...noRows, headerRow: change.headerRow };
    case 'field': {
      const mapping = new Map(inputs.mapping ?? change.columns.map((column) => [column.index, column.field] as const));
      mapping.set(change.index, change.field);
      return { ...inputs, mapping };
    }
    case 'guessedMapping':
      return { ...inputs, mapping: null };
    case 'choice': {
      const choices = new Map(inputs.choices);
      const key = choiceKey(change.row, change.target);
      if (change.choice) choices.set(key, change.choice);
      else choices.delete(key);
      return { ...inputs, choices };
    }
    case 'anotherSheet':
      return { ...INITIAL_INPUTS, event: inputs.event };
  }
}

/** Keeps the candidates of every ambiguous match the dry run shows (`inputs` unchanged when there is nothing new). */
export function rememberCandidates(inputs: WizardInputs, preview: ImportPreview): WizardInputs {
  let candidates: Map<string, ImportCandidate[]> | null = null;
  for (const row of preview.rows) {
    for (const [target, resolution] of [['PERSON', row.person], ['ORGANISATION', row.organisation]] as const) {
      if (resolution?.status !== 'AMBIGUOUS' || resolution.candidates.length === 0) continue;
      candidates ??= new Map(inputs.candidates);
      candidates.set(choiceKey(row.row, target), resolution.candidates);
    }
  }
  return candidates ? { ...inputs, candidates } : inputs;
}

export function newEventInput(draft: NewEventDraft): NewEventInput | null {
  const text = (value: string) => value.trim() || undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || !(text(draft.nameRu) ?? text(draft.nameEn))) return null;
  const input: NewEventInput = { date: draft.date, kind: draft.kind };
  const optional = { nameRu: text(draft.nameRu), nameEn: text(draft.nameEn), phaseId: text(draft.phaseId), placeRu: text(draft.placeRu), placeEn: text(draft.placeEn) };
  for (const [key, value] of Object.entries(optional)) if (value) input[key as keyof typeof optional] = value;
  return input;
}

export type Readiness = 'ready' | 'no-event' | 'event-incomplete' | 'no-file';

/** What is still missing before the sheet can be checked. */
export function readiness(inputs: WizardInputs): Readiness {
  if (inputs.event.mode === 'existing' && !inputs.event.eventId) return 'no-event';
  if (inputs.event.mode === 'new' && !newEventInput(inputs.event.draft)) return 'event-incomplete';
  if (!inputs.file) return 'no-file';
  return 'ready';
}

function choicesInput(choices: ReadonlyMap<string, Choice>): ImportChoiceInput[] {
  return [...choices].map(([key, choice]) => {
    const [row, target] = key.split('|') as [string, ImportTarget];
    const at = { row: Number(row), target };
    if ('id' in choice) return { ...at, id: choice.id };
    if ('skip' in choice) return { ...at, skip: true };
    if ('createNew' in choice) return { ...at, createNew: true, ...(choice.kind ? { kind: choice.kind } : {}) };
    return { ...at, kind: choice.kind };
  });
}

/** A row is skipped with one choice, kept under the person target. */
export const skipKey = (row: number): string => choiceKey(row, 'PERSON');

/** The API input for the dry run and the confirmation (the same input for both), or null until ready. */
export function buildInput(inputs: WizardInputs, lang: 'ru' | 'en' = 'ru'): AttendanceImportInput | null {
  if (readiness(inputs) !== 'ready' || !inputs.file) return null;
  // The server words reasons, warnings and errors in the interface's language.
  const input: AttendanceImportInput = { file: inputs.file.dataUrl, fileName: inputs.file.name, language: lang === 'en' ? 'EN' : 'RU' };
  if (inputs.event.mode === 'existing') input.eventId = inputs.event.eventId!;
  else input.newEvent = newEventInput(inputs.event.draft)!;
  if (inputs.sheet) input.sheet = inputs.sheet;
  if (inputs.headerRow) input.headerRow = inputs.headerRow;
  if (inputs.mapping) input.mapping = [...inputs.mapping].filter(([, field]) => field !== 'IGNORE').map(([column, field]) => ({ column, field }));
  if (inputs.choices.size) input.choices = choicesInput(inputs.choices);
  return input;
}

export type RowFilter = 'ALL' | ImportStatus;

export function statusCount(summary: ImportSummary, filter: RowFilter): number {
  switch (filter) {
    case 'ALL': return summary.rows;
    case 'CREATE': return summary.create;
    case 'MATCH': return summary.match;
    case 'AMBIGUOUS': return summary.ambiguous;
    case 'INVALID': return summary.invalid;
    case 'DUPLICATE': return summary.duplicate;
    case 'SKIPPED': return summary.skippedByChoice;
  }
}

export function filterRows(rows: readonly ImportRow[], filter: RowFilter): readonly ImportRow[] {
  return filter === 'ALL' ? rows : rows.filter((row) => row.status === filter);
}

export type Blocker = 'waiting' | 'problems' | 'invalid' | 'choices' | null;

/** Why the sheet cannot be confirmed yet (null: it can); `current` is false while the dry run is out of date. */
export function confirmBlocker(preview: ImportPreview | null, current: boolean): Blocker {
  if (!preview || !current) return 'waiting';
  if (preview.canConfirm) return null;
  if (preview.problems.length) return 'problems';
  if (preview.summary.invalid) return 'invalid';
  return 'choices';
}

/** A confirmation that wrote nothing: everything in the sheet was recorded before. */
export function wroteNothing(summary: ImportSummary): boolean {
  return summary.newPeople + summary.newOrganisations + summary.newPositions + summary.newParticipations === 0;
}
