/** What a confirmed release wrote: the event created or found, what was created, or that it was recorded before. */
import { nameOf, type Lang, type Translator } from '../i18n.js';
import { el, uid } from '../ui/dom.js';
import type { PressReleaseConfirmation } from './press-api.js';
import type { PressText } from './press-text.js';

export interface PressResultData {
  t: PressText;
  i18n: Translator;
  names: Lang;
  result: PressReleaseConfirmation;
  /** The events view of the event, as an address. */
  eventHref: string;
}

export class PressResultView {
  readonly element = el('section', { class: 'import-result', attrs: { role: 'status', hidden: true, 'data-testid': 'press-result' } });
  private last: PressResultData | null = null;

  constructor(private readonly another: () => void) {}

  update(data: PressResultData): void {
    const last = this.last;
    if (last && last.t === data.t && last.result === data.result && last.names === data.names) return;
    this.last = data;
    const { t, i18n, result } = data;
    const headingId = uid('press-result');
    this.element.setAttribute('aria-labelledby', headingId);
    const event = `${nameOf(result.event, data.names)} (${i18n.formatDate(result.event.date)})`;
    const card = (value: number, label: string, key: string) =>
      el('div', { class: 'count-card', attrs: { 'data-testid': `press-result-${key}` } }, el('span', { class: 'count-value', text: i18n.formatNumber(value) }), el('span', { class: 'count-label', text: label }));
    this.element.replaceChildren(
      el('h4', { text: result.eventCreated ? t('resultCreated', { event }) : t('resultFound', { event }), attrs: { id: headingId } }),
      result.alreadyRecorded
        ? el('p', { class: 'note', text: t('alreadyRecorded'), attrs: { 'data-testid': 'press-already-recorded' } })
        : el(
            'div',
            { class: 'count-cards' },
            card(result.createdParticipationIds.length, t('newParticipations'), 'participations'),
            card(result.createdPersonIds.length, t('newPeople'), 'people'),
            card(result.createdOrganisationIds.length, t('newOrganisations'), 'organisations'),
          ),
      el(
        'p',
        { class: 'import-actions' },
        el('a', { class: 'button', text: t('openEvent'), attrs: { href: data.eventHref, 'data-testid': 'press-open-event' } }),
        el('button', { class: 'button', text: t('anotherRelease'), attrs: { type: 'button' }, on: { click: () => this.another() } }),
      ),
    );
  }
}
