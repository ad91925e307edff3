/** A result: how many rows (and nodes), CSV download, and the rows as a table or the graph part as a drawing (tabs). */
import type { Lang, Translator } from '../i18n.js';
import { BOM } from '../shaping/csv.js';
import { tabularCsv } from '../shaping/tabular.js';
import { download, el, uid } from '../ui/dom.js';
import type { TabularResult } from './analysis-api.js';
import { analysisText } from './analysis-text.js';
import { resultGraph } from './result-graph.js';
import { resultNotices } from './result-notices.js';
import { resultTable } from './result-table.js';

type Tab = 'table' | 'graph';
const TABS: readonly Tab[] = ['table', 'graph'];

export interface ShownResult {
  result: TabularResult;
  title: string;
  fileName: string;
}

export class ResultView {
  readonly element: HTMLElement;
  private readonly heading = el('h3', { class: 'result-title', attrs: { id: uid('result-title') } });
  private readonly summary = el('p', { class: 'result-summary', attrs: { role: 'status', 'data-testid': 'result-summary' } });
  private readonly hint = el('p', { class: 'hint' });
  private readonly notices = el('div');
  private readonly csvButton: HTMLButtonElement;
  private readonly tabList = el('div', { class: 'result-tabs', attrs: { role: 'tablist' } });
  private readonly tabs = {} as Record<Tab, HTMLButtonElement>;
  private readonly panels = {} as Record<Tab, HTMLElement>;
  private tab: Tab = 'table';
  private shown: ShownResult | null = null;
  private i18n: Translator | null = null;
  private names: Lang = 'ru';
  /** What the panels show now, so a re-render with the same result and languages leaves them alone. */
  private drawn: { result: TabularResult; languages: string } | null = null;
  private graphDrawn: TabularResult | null = null;

  constructor(private readonly select: (id: string) => void) {
    this.csvButton = el('button', { class: 'button small', attrs: { type: 'button', 'data-testid': 'result-csv' }, on: { click: () => this.downloadCsv() } });
    for (const tab of TABS) {
      const tabId = uid(`result-tab-${tab}`);
      const panelId = uid(`result-panel-${tab}`);
      this.tabs[tab] = el('button', {
        class: 'result-tab',
        attrs: { type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId, 'data-tab': tab },
        on: { click: () => this.showTab(tab), keydown: (event) => this.onTabKey(event) },
      });
      this.panels[tab] = el('div', { class: 'result-panel', attrs: { role: 'tabpanel', id: panelId, 'aria-labelledby': tabId, tabindex: 0 } });
      this.tabList.append(this.tabs[tab]);
    }
    this.element = el(
      'section',
      { class: 'result', attrs: { hidden: true, 'aria-labelledby': this.heading.id, 'data-testid': 'result' } },
      el('div', { class: 'panel-head' }, this.heading, this.csvButton),
      this.summary,
      this.notices,
      this.hint,
      this.tabList,
      this.panels.table,
      this.panels.graph,
    );
  }

  /** Shows a result (null hides the section); redraws only when the result or the languages change. */
  show(shown: ShownResult | null, i18n: Translator, names: Lang): void {
    this.element.hidden = !shown;
    this.shown = shown;
    this.i18n = i18n;
    this.names = names;
    if (!shown) {
      this.drawn = null;
      return;
    }
    const t = analysisText(i18n.lang);
    const { result } = shown;
    this.heading.textContent = t('resultTitle', { title: shown.title });
    this.csvButton.textContent = t('downloadCsv');
    this.tabList.setAttribute('aria-label', t('resultViews'));
    this.tabs.table.textContent = t('tabTable');
    this.tabs.graph.textContent = t('tabGraph');
    const rows = result.rows.length ? t('rowCount', { count: i18n.formatNumber(result.rows.length) }) : t('noRows');
    const graph = result.graph;
    this.summary.textContent = graph ? `${rows} · ${t('graphCount', { nodes: i18n.formatNumber(graph.nodes.length), links: i18n.formatNumber(graph.edges.length) })}` : rows;
    this.hint.textContent = result.rows.length ? t('selectHint') : '';
    const notes = resultNotices(result.notifications, result.shortfall, i18n);
    this.notices.replaceChildren(...(notes ? [notes] : []));

    const languages = `${i18n.lang}|${names}`;
    if (this.drawn?.result === result && this.drawn.languages === languages) return;
    this.drawn = { result, languages };
    this.graphDrawn = null;
    this.panels.table.replaceChildren(resultTable(result, i18n, names, this.select));
    this.panels.graph.replaceChildren();
    this.tabList.hidden = !graph;
    this.showTab(graph ? this.tab : 'table');
  }

  private showTab(tab: Tab): void {
    this.tab = tab;
    for (const each of TABS) {
      this.tabs[each].setAttribute('aria-selected', each === tab ? 'true' : 'false');
      this.tabs[each].tabIndex = each === tab ? 0 : -1;
      this.panels[each].hidden = each !== tab;
    }
    // The layout runs when the graph is first looked at, at the width it is shown.
    const shown = this.shown;
    const graph = shown?.result.graph;
    if (tab !== 'graph' || !shown || !graph || !this.i18n) return;
    if (this.graphDrawn === shown.result) return;
    this.graphDrawn = shown.result;
    this.panels.graph.replaceChildren(resultGraph(graph, this.i18n, this.names, Math.max(320, this.panels.graph.clientWidth || 720), this.select));
  }

  private onTabKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = this.tab === 'table' ? 'graph' : 'table';
    this.showTab(next);
    this.tabs[next].focus();
  }

  private downloadCsv(): void {
    if (this.shown) download(this.shown.fileName, `${BOM}${tabularCsv(this.shown.result)}`, 'text/csv;charset=utf-8');
  }
}
