/** Step 1: the event the sheet is for, an existing one or a new one created with the import. */
import type { EventSummary, PhaseRef } from '../api/queries.js';
import { nameOf, type Lang, type Translator } from '../i18n.js';
import { el, uid } from '../ui/dom.js';
import type { Loadable } from '../ui/resource.js';
import { StatusBox } from '../ui/status.js';
import { dateOutsidePhase } from './event-from-sheet.js';
import { EVENT_KINDS, type EventKind } from './import-api.js';
import type { EventChoice, NewEventDraft } from './import-model.js';
import { EMPTY_DRAFT } from './import-model.js';
import type { ImportText } from './import-text.js';
import { Field, setOptions, setValue } from './form.js';

export interface EventStepData {
  t: ImportText;
  i18n: Translator;
  names: Lang;
  events: Loadable<EventSummary[]>;
  phases: readonly PhaseRef[];
  choice: EventChoice;
  /** Row numbers of the sheet's title lines the new event's fields were filled in from (null: none). */
  filledFromLines?: number[] | null;
}

type DraftKey = Exclude<keyof NewEventDraft, 'kind' | 'phaseId'>;

export class EventStep {
  readonly element: HTMLElement;
  private readonly heading = el('h3', { class: 'panel-title', attrs: { id: uid('event-step') } });
  private readonly legend = el('legend', { class: 'field-label' });
  private readonly modes: Record<EventChoice['mode'], { input: HTMLInputElement; label: HTMLSpanElement }>;
  private readonly existing = new Field(el('select', { class: 'select', attrs: { 'data-testid': 'import-event' } }));
  private readonly status: StatusBox;
  private readonly text: Record<DraftKey, Field<HTMLInputElement>>;
  private readonly kind = new Field(el('select', { class: 'select', attrs: { 'data-testid': 'new-event-kind' } }));
  private readonly phase = new Field(el('select', { class: 'select', attrs: { 'data-testid': 'new-event-phase' } }));
  private readonly newBox: HTMLDivElement;
  /** Said where the date is entered: a date outside the chosen phase. */
  private readonly dateWarning = el('p', { class: 'status status-error', attrs: { role: 'alert', hidden: true, 'data-testid': 'new-event-date-warning' } });
  private readonly filledNote = el('p', { class: 'note', attrs: { hidden: true, 'data-testid': 'new-event-from-sheet' } });
  private last: EventStepData | null = null;
  private optionsKey = '';

  constructor(private readonly change: (choice: EventChoice) => void, retry: () => void) {
    this.status = new StatusBox(retry);
    const group = uid('event-mode');
    const mode = (value: EventChoice['mode']) => {
      const input = el('input', { attrs: { type: 'radio', name: group, value, 'data-testid': `event-mode-${value}` }, on: { change: () => this.emit() } });
      const label = el('span');
      return { input, label, element: el('label', { class: 'radio' }, input, label) };
    };
    const existing = mode('existing');
    const fresh = mode('new');
    this.modes = { existing, new: fresh };

    const input = (key: DraftKey, type = 'text') =>
      new Field(el('input', { class: 'search-input', attrs: { type, 'data-testid': `new-event-${key}`, autocomplete: 'off' }, on: { change: () => this.emit() } }));
    this.text = { date: input('date', 'date'), nameRu: input('nameRu'), nameEn: input('nameEn'), placeRu: input('placeRu'), placeEn: input('placeEn') };
    this.text.date.control.required = true;
    this.text.nameRu.control.lang = 'ru';
    this.text.placeRu.control.lang = 'ru';
    this.existing.control.addEventListener('change', () => this.emit());
    this.kind.control.addEventListener('change', () => this.emit());
    this.phase.control.addEventListener('change', () => this.emit());

    this.text.date.element.append(this.dateWarning);
    this.newBox = el(
      'div',
      { class: 'import-grid' },
      this.filledNote,
      this.text.date.element,
      this.kind.element,
      this.text.nameRu.element,
      this.text.nameEn.element,
      this.phase.element,
      this.text.placeRu.element,
      this.text.placeEn.element,
    );
    this.element = el(
      'section',
      { class: 'panel import-step', attrs: { 'aria-labelledby': this.heading.id, 'data-testid': 'event-step' } },
      this.heading,
      el('fieldset', { class: 'import-modes' }, this.legend, existing.element, fresh.element),
      this.existing.element,
      this.status.element,
      this.newBox,
    );
  }

  update(data: EventStepData): void {
    const { t, i18n, names } = data;
    const previous = this.last;
    this.last = data;
    if (previous?.t !== t) {
      this.heading.textContent = t('stepEvent');
      this.legend.textContent = t('importInto');
      this.modes.existing.label.textContent = t('existingEvent');
      this.modes.new.label.textContent = t('newEvent');
      this.existing.setTexts(t('chooseEvent'));
      this.text.date.setTexts(t('date'));
      this.kind.setTexts(t('kind'));
      this.text.nameRu.setTexts(t('nameRu'), t('nameHint'));
      this.text.nameEn.setTexts(t('nameEn'));
      this.phase.setTexts(t('phase'));
      this.text.placeRu.setTexts(t('placeRu'));
      this.text.placeEn.setTexts(t('placeEn'));
    }

    const { choice } = data;
    this.modes.existing.input.checked = choice.mode === 'existing';
    this.modes.new.input.checked = choice.mode === 'new';
    this.existing.element.hidden = choice.mode !== 'existing';
    this.newBox.hidden = choice.mode !== 'new';

    const events = data.events.status === 'ready' ? data.events.value : [];
    const key = [i18n.lang, names, events.length, data.events.status, data.phases.length].join('|');
    if (key !== this.optionsKey) {
      this.optionsKey = key;
      const newestFirst = [...events].sort((a, b) => b.date.localeCompare(a.date) || nameOf(a, names).localeCompare(nameOf(b, names)));
      setOptions(
        this.existing.control,
        [{ value: '', text: t('chooseEventPlaceholder') }, ...newestFirst.map((event) => ({ value: event.id, text: `${i18n.formatDate(event.date)} · ${nameOf(event, names)}` }))],
        choice.mode === 'existing' ? (choice.eventId ?? '') : this.existing.control.value,
      );
      setOptions(this.kind.control, EVENT_KINDS.map((kind) => ({ value: kind, text: i18n.enumLabel(kind) })), this.kind.control.value || EMPTY_DRAFT.kind);
      setOptions(
        this.phase.control,
        [{ value: '', text: t('noPhase') }, ...data.phases.map((phase) => ({ value: phase.id, text: `${nameOf(phase, names)} (${[phase.startDate, phase.endDate].map((date) => i18n.formatDate(date) || '…').join(' – ')})` }))],
        this.phase.control.value,
      );
    }
    if (choice.mode === 'existing') setValue(this.existing.control, choice.eventId ?? '');
    else {
      for (const [name, field] of Object.entries(this.text) as [DraftKey, Field<HTMLInputElement>][]) setValue(field.control, choice.draft[name]);
      setValue(this.kind.control, choice.draft.kind);
      setValue(this.phase.control, choice.draft.phaseId);
    }

    this.showDateChecks(data);

    const loading = choice.mode === 'existing' && data.events.status === 'loading';
    if (data.events.status === 'error' && choice.mode === 'existing') this.status.show({ kind: 'error', error: data.events.error }, i18n);
    else this.status.show(loading ? { kind: 'loading', text: t('eventsLoading') } : { kind: 'none' }, i18n);
  }

  /** A date outside the chosen phase is said next to the date, in the user's language, before the sheet is checked. */
  private showDateChecks({ t, i18n, names, phases, choice, filledFromLines }: EventStepData): void {
    const draft = choice.mode === 'new' ? choice.draft : null;
    const phase = draft ? phases.find((candidate) => candidate.id === draft.phaseId) : undefined;
    const outside = draft && phase ? dateOutsidePhase(draft.date, phase) : null;
    const warning = outside && phase
      ? t('dateOutsidePhase', { phase: nameOf(phase, names), start: i18n.formatDate(outside.start) || '…', end: i18n.formatDate(outside.end) || '…' })
      : '';
    if (this.dateWarning.textContent !== warning) this.dateWarning.textContent = warning;
    this.dateWarning.hidden = !warning;
    if (warning) this.text.date.control.setAttribute('aria-invalid', 'true');
    else this.text.date.control.removeAttribute('aria-invalid');
    const lines = filledFromLines?.length ? filledFromLines.join(', ') : '';
    this.filledNote.textContent = lines ? t('filledFromSheet', { lines }) : '';
    this.filledNote.hidden = !lines;
  }

  /** Reads every control: the DOM keeps what was typed in the mode not shown, so switching back loses nothing. */
  private emit(): void {
    const mode: EventChoice['mode'] = this.modes.new.input.checked ? 'new' : 'existing';
    if (mode === 'existing') {
      this.change({ mode, eventId: this.existing.control.value || null });
      return;
    }
    const draft: NewEventDraft = {
      date: this.text.date.control.value,
      kind: (this.kind.control.value || EMPTY_DRAFT.kind) as EventKind,
      nameRu: this.text.nameRu.control.value,
      nameEn: this.text.nameEn.control.value,
      phaseId: this.phase.control.value,
      placeRu: this.text.placeRu.control.value,
      placeEn: this.text.placeEn.control.value,
    };
    this.change({ mode, draft });
  }
}
