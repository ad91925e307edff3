/** What a confirmed import wrote, with the way to the event; or that the sheet had been imported before. */
import { nameOf, type Lang, type Translator } from '../i18n.js';
import { el, uid } from '../ui/dom.js';
import type { ImportResult } from './import-api.js';
import { wroteNothing } from './import-model.js';
import type { ImportText } from './import-text.js';

export interface ImportResultData {
  t: ImportText;
  i18n: Translator;
  names: Lang;
  result: ImportResult;
  /** The events view of the event, as an address. */
  eventHref: string;
}

export class ImportResultView {
  readonly element = el('section', { class: 'import-result', attrs: { role: 'status', 'data-testid': 'import-result' } });
  private last: ImportResultData | null = null;

  constructor(private readonly anotherSheet: () => void) {}

  update(data: ImportResultData): void {
    const last = this.last;
    if (last && last.t === data.t && last.result === data.result && last.names === data.names) return;
    this.last = data;
    const { t, i18n, result } = data;
    const { summary } = result;
    const headingId = uid('import-result');
    this.element.setAttribute('aria-labelledby', headingId);
    const event = `${nameOf(result.event, data.names)} (${i18n.formatDate(result.event.date)})`;
    const card = (value: number, label: string, key: string) =>
      el('div', { class: 'count-card', attrs: { 'data-testid': `result-${key}` } }, el('span', { class: 'count-value', text: i18n.formatNumber(value) }), el('span', { class: 'count-label', text: label }));
    this.element.replaceChildren(
      el('h4', { text: t('imported', { event }), attrs: { id: headingId } }),
      wroteNothing(summary)
        ? el('p', { class: 'note', text: t('nothingNew'), attrs: { 'data-testid': 'nothing-new' } })
        : el(
            'div',
            { class: 'count-cards' },
            card(summary.newParticipations, t('newParticipations'), 'participations'),
            card(summary.newPeople, t('newPeople'), 'people'),
            card(summary.newOrganisations, t('newOrganisations'), 'organisations'),
            card(summary.newPositions, t('newPositions'), 'positions'),
          ),
      ...(result.skippedRows.length ? [el('p', { class: 'note', text: t('skippedRows', { rows: result.skippedRows.join(', ') }), attrs: { 'data-testid': 'skipped-rows' } })] : []),
      el(
        'p',
        { class: 'import-actions' },
        // A full load of the events view: views already open in this page keep what they loaded before the import.
        el('a', { class: 'button', text: t('openEvent'), attrs: { href: data.eventHref, 'data-testid': 'open-event' } }),
        el('button', { class: 'button', text: t('anotherSheet'), attrs: { type: 'button' }, on: { click: () => this.anotherSheet() } }),
      ),
    );
  }
}
