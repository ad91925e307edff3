/** A result's rows as a table; ids (and nodes) are buttons that open the stakeholder in the network. */
import type { Lang, Translator } from '../i18n.js';
import { cell } from '../shaping/tabular.js';
import { columnLabel } from '../ui/column-labels.js';
import { el } from '../ui/dom.js';
import type { TabularResult } from './analysis-api.js';
import { analysisText } from './analysis-text.js';

/** More rows than this stay in the CSV only: a table of 10,000 rows helps no one and slows the page. */
const MAX_SHOWN_ROWS = 1000;

export function resultTable(result: TabularResult, i18n: Translator, names: Lang, select: (id: string) => void): HTMLElement {
  const t = analysisText(i18n.lang);
  const format = { names, formatNumber: i18n.formatNumber, enumLabel: i18n.enumLabel };
  const head = el('tr', {}, ...result.columns.map((column) => el('th', { attrs: { scope: 'col', 'data-col': column } }, columnLabel(column, i18n.lang) ?? el('code', { text: column, attrs: { translate: 'no' } }))));
  const body = el('tbody');
  for (const row of result.rows.slice(0, MAX_SHOWN_ROWS)) {
    const line = el('tr');
    for (const column of result.columns) {
      const { text, numeric, entityId } = cell(row[column], column, format);
      const content = entityId
        ? el('button', { class: 'link-button', text, attrs: { type: 'button', title: t('openInNetwork'), 'data-id': entityId }, on: { click: () => select(entityId) } })
        : text;
      // Cells are data (names in both languages, ids), not interface text.
      line.append(el('td', { class: numeric ? 'numeric' : undefined, attrs: { 'data-col': column, translate: 'no' } }, content));
    }
    body.append(line);
  }
  const wrap = el('div', { class: 'result-table-wrap', attrs: { 'data-testid': 'result-table' } }, el('table', { class: 'data-table compact' }, el('thead', {}, head), body));
  if (result.rows.length <= MAX_SHOWN_ROWS) return wrap;
  return el('div', {}, el('p', { class: 'note', text: t('rowsShown', { shown: i18n.formatNumber(MAX_SHOWN_ROWS), count: i18n.formatNumber(result.rows.length) }) }), wrap);
}
