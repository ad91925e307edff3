/** The event the release reports: a new one with its fields as drafted and edited, or an existing event. */
import type { EventSummary, NameRef, PhaseRef } from '../api/queries.js';
import { nameOf, type Lang, type Translator } from '../i18n.js';
import { Field, setOptions, setValue } from '../import/form.js';
import { el, uid } from '../ui/dom.js';
import type { Loadable } from '../ui/resource.js';
import { PRESS_EVENT_KINDS, type EventFields, type PressReview } from '../shaping/press-review.js';
import type { PressText } from './press-text.js';

export interface PressEventFormData {
  t: PressText;
  i18n: Translator;
  names: Lang;
  review: PressReview;
  events: Loadable<EventSummary[]>;
  phases: readonly PhaseRef[];
  nodeNames: ReadonlyMap<string, NameRef>;
}

type TextKey = 'title' | 'date' | 'endDate' | 'place' | 'participantCount';

export class PressEventForm {
  readonly element: HTMLElement;
  private readonly heading = el('h3', { class: 'panel-title', attrs: { id: uid('press-event') } });
  private readonly legend = el('legend', { class: 'field-label' });
  private readonly modes: Record<'new' | 'existing', { input: HTMLInputElement; label: HTMLSpanElement }>;
  private readonly existing = new Field(el('select', { class: 'select', attrs: { 'data-testid': 'press-event-existing' } }));
  private readonly text: Record<TextKey, Field<HTMLInputElement>>;
  private readonly kind = new Field(el('select', { class: 'select', attrs: { 'data-testid': 'press-event-kind' } }));
  private readonly territory = new Field(el('select', { class: 'select', attrs: { 'data-testid': 'press-event-territory' } }));
  private readonly phase = new Field(el('select', { class: 'select', attrs: { 'data-testid': 'press-event-phase' } }));
  private readonly newBox: HTMLElement;
  private last: PressEventFormData | null = null;
  private optionsKey = '';

  constructor(private readonly change: (fields: Partial<EventFields>) => void) {
    const group = uid('press-event-mode');
    const mode = (value: 'new' | 'existing') => {
      const input = el('input', { attrs: { type: 'radio', name: group, value, 'data-testid': `press-event-mode-${value}` }, on: { change: () => this.emit() } });
      const label = el('span');
      return { input, label, element: el('label', { class: 'radio' }, input, label) };
    };
    const fresh = mode('new');
    const existing = mode('existing');
    this.modes = { new: fresh, existing };
    const input = (key: TextKey, type = 'text') =>
      new Field(el('input', { class: 'search-input', attrs: { type, 'data-testid': `press-event-${key}`, autocomplete: 'off' }, on: { change: () => this.emit() } }));
    this.text = { title: input('title'), date: input('date', 'date'), endDate: input('endDate', 'date'), place: input('place'), participantCount: input('participantCount', 'number') };
    this.text.participantCount.control.min = '0';
    for (const field of [this.existing, this.kind, this.territory, this.phase]) field.control.addEventListener('change', () => this.emit());
    this.newBox = el(
      'div',
      { class: 'import-grid' },
      this.text.title.element,
      this.text.date.element,
      this.text.endDate.element,
      this.kind.element,
      this.text.place.element,
      this.territory.element,
      this.phase.element,
      this.text.participantCount.element,
    );
    this.element = el(
      'section',
      { class: 'panel import-step', attrs: { 'aria-labelledby': this.heading.id, 'data-testid': 'press-event-step' } },
      this.heading,
      el('fieldset', { class: 'import-modes' }, this.legend, fresh.element, existing.element),
      this.existing.element,
      this.newBox,
    );
  }

  update(data: PressEventFormData): void {
    const { t, i18n, names, review } = data;
    const previous = this.last;
    this.last = data;
    if (previous?.t !== t) {
      this.heading.textContent = t('stepEvent');
      this.legend.textContent = t('eventMode');
      this.modes.new.label.textContent = t('eventNew');
      this.modes.existing.label.textContent = t('eventExisting');
      this.existing.setTexts(t('chooseEvent'));
      this.text.title.setTexts(t('eventTitle'));
      this.text.date.setTexts(t('eventDate'));
      this.text.endDate.setTexts(t('eventEndDate'));
      this.kind.setTexts(t('eventKind'));
      this.text.place.setTexts(t('eventPlace'));
      this.territory.setTexts(t('eventPlaceTerritory'));
      this.phase.setTexts(t('eventPhase'));
      this.text.participantCount.setTexts(t('eventCount'));
    }
    const fields = review.event;
    const existingMode = fields.existingEventId !== null;
    this.modes.existing.input.checked = existingMode;
    this.modes.new.input.checked = !existingMode;
    this.existing.element.hidden = !existingMode;
    this.newBox.hidden = existingMode;

    const events = data.events.status === 'ready' ? data.events.value : [];
    const territories = territoryOptions(review, fields.placeTerritoryId);
    const key = [i18n.lang, names, events.length, data.phases.length, data.nodeNames.size, territories.join(',')].join('|');
    if (key !== this.optionsKey) {
      this.optionsKey = key;
      const newestFirst = [...events].sort((a, b) => b.date.localeCompare(a.date) || nameOf(a, names).localeCompare(nameOf(b, names)));
      setOptions(this.existing.control, [{ value: '', text: t('chooseEventPlaceholder') }, ...newestFirst.map((event) => ({ value: event.id, text: `${i18n.formatDate(event.date)} · ${nameOf(event, names)}` }))], fields.existingEventId ?? '');
      setOptions(this.kind.control, PRESS_EVENT_KINDS.map((kind) => ({ value: kind, text: i18n.enumLabel(kind) })), fields.kind);
      const nameOfNode = (id: string) => {
        const known = data.nodeNames.get(id);
        return known ? nameOf(known, names) : id;
      };
      setOptions(this.territory.control, [{ value: '', text: t('noTerritory') }, ...territories.map((id) => ({ value: id, text: nameOfNode(id) }))], fields.placeTerritoryId);
      setOptions(
        this.phase.control,
        [{ value: '', text: t('noPhase') }, ...data.phases.map((phase) => ({ value: phase.id, text: `${nameOf(phase, names)} (${[phase.startDate, phase.endDate].map((date) => i18n.formatDate(date) || '…').join(' – ')})` }))],
        fields.phaseId,
      );
    }
    setValue(this.existing.control, fields.existingEventId ?? '');
    for (const [name, field] of Object.entries(this.text) as [TextKey, Field<HTMLInputElement>][]) setValue(field.control, fields[name]);
    setValue(this.kind.control, fields.kind);
    setValue(this.territory.control, fields.placeTerritoryId);
    setValue(this.phase.control, fields.phaseId);
  }

  private emit(): void {
    const existingMode = this.modes.existing.input.checked;
    this.change({
      existingEventId: existingMode ? this.existing.control.value : null,
      title: this.text.title.control.value,
      date: this.text.date.control.value,
      endDate: this.text.endDate.control.value,
      kind: this.kind.control.value,
      place: this.text.place.control.value,
      placeTerritoryId: this.territory.control.value,
      phaseId: this.phase.control.value,
      participantCount: this.text.participantCount.control.value,
    });
  }
}

/** The territories the event may be placed in: the drafted one and every territory the release names and matched. */
function territoryOptions(review: PressReview, chosen: string): string[] {
  const ids = review.findings.filter((finding) => finding.kind === 'TERRITORY' && finding.decision === 'MATCH' && finding.id).map((finding) => finding.id!);
  return [...new Set([chosen, ...ids].filter(Boolean))];
}
