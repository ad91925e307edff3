/**
 * Many files at once: a progress bar while they are drafted one by one, then a review list to open each draft from.
 * Drafts of one event are listed as a group: its first draft (the one to confirm) and under it the others, each with
 * why it is the same event.
 */
import { nameOf, type Lang, type Translator } from '../i18n.js';
import { keepFocus } from '../import/focus.js';
import { el, uid } from '../ui/dom.js';
import type { DraftGrouping } from '../shaping/press-grouping.js';
import { summariseReview, type PressReview } from '../shaping/press-review.js';
import type { PressReleaseConfirmation } from './press-api.js';
import type { PressText } from './press-text.js';

/** recorded: another draft of its group was confirmed, which recorded this event; this one is not sent. */
export type DraftEntryStatus = 'waiting' | 'drafting' | 'drafted' | 'failed' | 'confirmed' | 'recorded';

export interface DraftEntry {
  /** The file's name; null for pasted text. */
  name: string | null;
  status: DraftEntryStatus;
  review: PressReview | null;
  error: string | null;
  /** For a recorded draft: the event its group's confirmation wrote, and the file it was confirmed from. */
  recordedWith?: { event: PressReleaseConfirmation['event']; from: string | null };
}

export interface DraftListData {
  t: PressText;
  i18n: Translator;
  names: Lang;
  entries: readonly DraftEntry[];
  /** One per entry (see groupReviews). */
  groups: readonly DraftGrouping[];
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
    const key = JSON.stringify([data.i18n.lang, data.current, data.names, data.groups, entries.map((entry) => [entry.status, entry.error, entry.recordedWith, entry.review && summariseReview(entry.review)])]);
    if (key === this.key) return;
    this.key = key;
    keepFocus(this.element, () => this.element.replaceChildren(...this.build(data)));
  }

  private build({ t, i18n, names, entries, groups, current }: DraftListData): Node[] {
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
      : entry.status === 'recorded' && entry.recordedWith ? t('statusRecordedWith', { event: `${nameOf(entry.recordedWith.event, names)} (${i18n.formatDate(entry.recordedWith.event.date)})` })
      : t('statusDrafted');
    const nameOfEntry = (index: number) => entries[index]?.name ?? '—';
    // The group's place in the status column: the lead says it is the one to confirm, a member why it is the same event.
    const groupText = (index: number): string | null => {
      const grouping = groups[index];
      if (!grouping || grouping.role === 'alone' || entries[index]!.status === 'recorded') return null;
      if (grouping.role === 'lead') return entries[index]!.status === 'confirmed' ? null : t('groupLead', { count: i18n.formatNumber(grouping.members.length + 1) });
      const reason = t(`sameEvent${grouping.reason}`, { similarity: i18n.formatNumber(Math.round(grouping.similarity * 100)) });
      return t('sameEventAs', { name: nameOfEntry(grouping.lead), reason });
    };
    // Each group's members right under its lead (a lead is always the group's first draft, so order is kept otherwise).
    const order = entries.flatMap((_, index) => {
      const grouping = groups[index];
      if (grouping?.role === 'member') return [];
      return grouping?.role === 'lead' ? [index, ...grouping.members] : [index];
    });
    const table = el(
      'table',
      { class: 'data-table', attrs: { 'data-testid': 'press-review-list' } },
      el('thead', {}, el('tr', {}, ...[t('columnFile'), t('columnTitle'), t('columnDate'), t('columnPlace'), t('columnFindings'), t('columnStatus'), ''].map((text) => el('th', { text, attrs: { scope: 'col' } })))),
      el(
        'tbody',
        {},
        ...order.map((index) => {
          const entry = entries[index]!;
          const summary = entry.review ? summariseReview(entry.review) : null;
          const name = entry.name ?? '—';
          const role = groups[index]?.role ?? 'alone';
          const group = groupText(index);
          return el(
            'tr',
            { class: role === 'alone' ? '' : `press-group-${role}`, attrs: { 'data-index': index, 'data-group': role, 'aria-current': index === current ? 'true' : null } },
            el('th', { text: name, attrs: { scope: 'row' } }),
            el('td', { text: summary?.title ?? '' }),
            el('td', { text: summary ? i18n.formatDate(summary.date) : '' }),
            el('td', { text: summary?.place ?? '' }),
            el('td', { text: summary ? t('findingsCount', { organisations: summary.organisations, people: summary.people, territories: summary.territories }) : '' }),
            el(
              'td',
              { class: entry.status === 'failed' ? 'error-text' : '' },
              statusText(entry, index),
              group ? el('span', { class: 'press-group-note', text: group, attrs: { 'data-testid': `press-group-${index}` } }) : null,
            ),
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
