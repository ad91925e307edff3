/** Many files at once: a progress bar while they are drafted one by one, then a review list to open each draft from. */
import type { Translator } from '../i18n.js';
import { keepFocus } from '../import/focus.js';
import { el, uid } from '../ui/dom.js';
import { summariseReview, type PressReview } from '../shaping/press-review.js';
import type { PressText } from './press-text.js';

export type DraftEntryStatus = 'waiting' | 'drafting' | 'drafted' | 'failed' | 'confirmed';

export interface DraftEntry {
  /** The file's name; null for pasted text. */
  name: string | null;
  status: DraftEntryStatus;
  review: PressReview | null;
  error: string | null;
}

export interface DraftListData {
  t: PressText;
  i18n: Translator;
  entries: readonly DraftEntry[];
  current: number | null;
}

export class DraftList {
  readonly element = el('section', { class: 'panel import-step', attrs: { hidden: true, 'data-testid': 'press-batch' } });
  private key = '';

  constructor(private readonly open: (index: number) => void) {}

  update(data: DraftListData): void {
    const { entries } = data;
    this.element.hidden = entries.length < 2;
    if (entries.length < 2) return;
    const key = JSON.stringify([data.i18n.lang, data.current, entries.map((entry) => [entry.status, entry.error, entry.review && summariseReview(entry.review)])]);
    if (key === this.key) return;
    this.key = key;
    keepFocus(this.element, () => this.element.replaceChildren(...this.build(data)));
  }

  private build({ t, i18n, entries, current }: DraftListData): Node[] {
    const heading = el('h3', { class: 'panel-title', text: t('batchTitle', { count: i18n.formatNumber(entries.length) }), attrs: { id: uid('press-batch') } });
    this.element.setAttribute('aria-labelledby', heading.id);
    const done = entries.filter((entry) => entry.status !== 'waiting' && entry.status !== 'drafting').length;
    const progressLabel = el('span', { class: 'field-label', text: t('batchProgressLabel'), attrs: { id: uid('press-progress') } });
    const progress = el('progress', { attrs: { max: entries.length, value: done, 'aria-labelledby': progressLabel.id, 'data-testid': 'press-progress' } });
    const finished = done === entries.length;
    const status = el('p', {
      class: 'hint',
      text: finished ? t('batchDone', { count: i18n.formatNumber(entries.length) }) : t('batchProgress', { done: i18n.formatNumber(done), count: i18n.formatNumber(entries.length) }),
      attrs: { role: 'status', 'data-testid': 'press-progress-text' },
    });
    const statusText = (entry: DraftEntry, index: number) =>
      entry.status === 'failed' ? t('statusFailed', { message: entry.error ?? '' })
      : index === current && entry.status === 'drafted' ? t('statusOpen')
      : entry.status === 'waiting' ? t('statusWaiting')
      : entry.status === 'drafting' ? t('statusDrafting')
      : entry.status === 'confirmed' ? t('statusConfirmed')
      : t('statusDrafted');
    const table = el(
      'table',
      { class: 'data-table', attrs: { 'data-testid': 'press-review-list' } },
      el('thead', {}, el('tr', {}, ...[t('columnFile'), t('columnTitle'), t('columnDate'), t('columnPlace'), t('columnFindings'), t('columnStatus'), ''].map((text) => el('th', { text, attrs: { scope: 'col' } })))),
      el(
        'tbody',
        {},
        ...entries.map((entry, index) => {
          const summary = entry.review ? summariseReview(entry.review) : null;
          const name = entry.name ?? '—';
          return el(
            'tr',
            { attrs: { 'data-index': index, 'aria-current': index === current ? 'true' : null } },
            el('th', { text: name, attrs: { scope: 'row' } }),
            el('td', { text: summary?.title ?? '' }),
            el('td', { text: summary ? i18n.formatDate(summary.date) : '' }),
            el('td', { text: summary?.place ?? '' }),
            el('td', { text: summary ? t('findingsCount', { organisations: summary.organisations, people: summary.people, territories: summary.territories }) : '' }),
            el('td', { text: statusText(entry, index), class: entry.status === 'failed' ? 'error-text' : '' }),
            el(
              'td',
              {},
              entry.review
                ? el('button', {
                    class: 'button small',
                    text: t('openDraft'),
                    attrs: { type: 'button', 'aria-label': t('openDraftOf', { name }), 'data-key': `open-${index}`, 'data-testid': `press-open-${index}` },
                    on: { click: () => this.open(index) },
                  })
                : null,
            ),
          );
        }),
      ),
    );
    return [heading, el('div', { class: 'field' }, progressLabel, progress), status, el('div', { class: 'table-scroll' }, table)];
  }
}
