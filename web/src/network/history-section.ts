/** The "History" section of the details panel: the audit trail of the node, loaded when first opened. */
import './history.css';
import type { Translator } from '../i18n.js';
import { el } from '../ui/dom.js';
import type { Loadable } from '../ui/resource.js';
import { StatusBox } from '../ui/status.js';
import { changedFields, HISTORY_LENGTH, type Change } from './history-api.js';
import { historyTexts } from './history-text.js';
import { fieldLabel, isBookkeeping } from '../ui/field-labels.js';

/** An import's summary is stored in both languages (`summaryRu`, `summaryEn` in `after`): the reader's is shown. */
function summaryIn(change: Change, lang: 'ru' | 'en'): string {
  const worded = change.after?.[lang === 'ru' ? 'summaryRu' : 'summaryEn'];
  return typeof worded === 'string' && worded ? worded : change.summary;
}

/** The history of a node from the shared results cache (starting the request the first time). */
export type HistoryLoader = (id: string) => Loadable<Change[]>;

export class HistorySection {
  readonly element: HTMLDetailsElement;
  private readonly summary = el('summary', { attrs: { 'data-key': 'history' } });
  private readonly status: StatusBox;
  private readonly body = el('div');
  private i18n: Translator | null = null;
  private key = '';

  constructor(
    readonly id: string,
    private readonly load: HistoryLoader,
    retry: () => void,
  ) {
    this.status = new StatusBox(retry);
    this.element = el(
      'details',
      { class: 'details-section history', attrs: { 'data-testid': 'history' }, on: { toggle: () => this.refresh() } },
      this.summary,
      this.status.element,
      this.body,
    );
  }

  update(i18n: Translator): void {
    this.i18n = i18n;
    this.refresh();
  }

  private refresh(): void {
    const i18n = this.i18n;
    if (!i18n) return;
    const t = historyTexts(i18n.lang);
    this.summary.textContent = t('history');
    if (!this.element.open) return;
    const entry = this.load(this.id);
    const key = `${i18n.lang}|${entry.status}|${entry.status === 'ready' ? entry.value.length : ''}`;
    if (key === this.key) return;
    this.key = key;
    if (entry.status !== 'ready') {
      this.status.show(entry.status === 'loading' ? { kind: 'loading', text: t('loading') } : { kind: 'error', error: entry.error }, i18n);
      this.body.replaceChildren();
      return;
    }
    const changes = entry.value;
    this.status.show(changes.length ? { kind: 'none' } : { kind: 'empty', text: t('empty') }, i18n);
    const when = new Intl.DateTimeFormat(i18n.lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    this.body.replaceChildren(
      el('ol', { class: 'plain-list history-list' }, ...changes.map((change) => this.entry(change, when, t))),
      changes.length >= HISTORY_LENGTH ? el('p', { class: 'hint', text: t('latest', { count: HISTORY_LENGTH }) }) : '',
    );
  }

  private entry(change: Change, when: Intl.DateTimeFormat, t: ReturnType<typeof historyTexts>): HTMLLIElement {
    const at = new Date(change.at);
    const { fields, more } = changedFields(change);
    const lang = this.i18n?.lang ?? 'ru';
    const lines = fields
      .filter((field) => !isBookkeeping(field.field))
      .map((field) => {
        const label = fieldLabel(field.field, lang);
        return el(
          'li',
          {},
          label ?? el('code', { text: field.field, attrs: { translate: 'no' } }),
          ': ',
          // Values are the data as stored (names in either language, ids), not interface text.
          el('span', { text: field.before !== null && field.after !== null ? `${field.before} → ${field.after}` : (field.after ?? field.before ?? ''), attrs: { translate: 'no' } }),
        );
      });
    if (more) lines.push(el('li', { class: 'item-meta', text: t('more', { count: more }) }));
    return el(
      'li',
      { attrs: { 'data-action': change.action } },
      el(
        'span',
        { class: 'item-meta block' },
        el('strong', { class: 'history-action', text: t(change.action) }),
        ' · ',
        el('time', { text: Number.isNaN(at.getTime()) ? change.at : when.format(at), attrs: { datetime: change.at } }),
        ' · ',
        // "system" is the server's own name for seeds and scripts: worded; a person's or key's name is shown as it is.
        change.actor === 'system' ? t('bySystem') : el('span', { text: t('by', { actor: change.actor }), attrs: { translate: 'no' } }),
      ),
      el('span', { class: 'block', text: summaryIn(change, lang) }),
      lines.length ? el('ul', { class: 'history-fields' }, ...lines) : null,
    );
  }
}
