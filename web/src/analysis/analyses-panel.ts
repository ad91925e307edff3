/** Named analyses: the list the server offers, the chosen one's form, and its result. */
import type { GraphQLClient } from '../api/client.js';
import type { SearchHit } from '../api/queries.js';
import type { Lang, Translator } from '../i18n.js';
import { fileNamePart } from '../shaping/csv.js';
import { columnLabel } from '../ui/column-labels.js';
import { el, uid } from '../ui/dom.js';
import type { Loadable } from '../ui/resource.js';
import { StatusBox, type StatusState } from '../ui/status.js';
import { runAnalysis, type AnalysisDefinition } from './analysis-api.js';
import { AnalysisForm, type ParameterChoice } from './analysis-form.js';
import { AlertSlot, Run, runFeedback } from './analysis-run.js';
import { analysisDescription, analysisTitle } from './catalogue-text.js';
import { analysisText } from './analysis-text.js';
import { ResultView } from './result-view.js';

export interface AnalysesPanelOptions {
  client: GraphQLClient;
  search(text: string, signal: AbortSignal): Promise<SearchHit[]>;
  choices(refersTo: string): Promise<ParameterChoice[]>;
  select(id: string): void;
  retryList(): void;
}

export interface AnalysesPanelData {
  i18n: Translator;
  names: Lang;
  analyses: Loadable<AnalysisDefinition[]>;
}

export class AnalysesPanel {
  readonly element: HTMLElement;
  private readonly title = el('h2', { class: 'panel-title', attrs: { id: uid('analyses-title') } });
  private readonly list = el('ul', { class: 'analyses-list', attrs: { 'data-testid': 'analyses-list' } });
  private readonly nav = el('nav', { class: 'analyses-nav' }, this.list);
  private readonly listStatus: StatusBox;
  private readonly heading = el('h3', { class: 'analysis-title', attrs: { 'data-testid': 'analysis-title' } });
  private readonly description = el('p', { class: 'analysis-description' });
  private readonly columns = el('p', { class: 'hint' });
  private readonly formSlot = el('div');
  private readonly runStatus: StatusBox;
  private readonly refusal = new AlertSlot();
  private readonly result: ResultView;
  private readonly run = new Run(() => this.redraw());
  private form: AnalysisForm | null = null;
  private chosen: string | null = null;
  private listKey = '';
  private data: AnalysesPanelData | null = null;

  constructor(private readonly options: AnalysesPanelOptions) {
    this.listStatus = new StatusBox(() => options.retryList());
    this.runStatus = new StatusBox(() => this.run.retry());
    this.result = new ResultView(options.select);
    this.element = el(
      'section',
      { class: 'panel analyses-panel', attrs: { 'aria-labelledby': this.title.id, 'data-testid': 'analyses' } },
      this.title,
      this.listStatus.element,
      el(
        'div',
        { class: 'analyses-layout' },
        this.nav,
        el('div', { class: 'analysis-main' }, this.heading, this.description, this.columns, this.formSlot, this.runStatus.element, this.refusal.element, this.result.element),
      ),
    );
  }

  update(data: AnalysesPanelData): void {
    this.data = data;
    const { i18n, names } = data;
    const t = analysisText(i18n.lang);
    this.title.textContent = t('analysesTitle');
    this.nav.setAttribute('aria-label', t('analysesList'));
    const analyses = data.analyses.status === 'ready' ? data.analyses.value : [];
    let status: StatusState = { kind: 'none' };
    if (data.analyses.status === 'loading') status = { kind: 'loading' };
    else if (data.analyses.status === 'error') status = { kind: 'error', error: data.analyses.error };
    else if (analyses.length === 0) status = { kind: 'empty', text: t('analysesEmpty') };
    this.listStatus.show(status, i18n);

    this.chosen = analyses.some((analysis) => analysis.name === this.chosen) ? this.chosen : analyses[0]?.name ?? null;
    this.renderList(analyses, i18n.lang);
    const definition = analyses.find((analysis) => analysis.name === this.chosen) ?? null;
    if ((this.form?.definition ?? null) !== definition) this.showForm(definition);
    this.heading.textContent = definition ? analysisTitle(definition, i18n.lang) : '';
    this.description.textContent = definition ? analysisDescription(definition, i18n.lang) : '';
    this.columns.textContent = definition ? t('columns', { columns: definition.columns.map((column) => columnLabel(column, i18n.lang) ?? column).join(', ') }) : '';
    this.form?.update(i18n, names);

    const feedback = runFeedback(this.run, i18n);
    this.runStatus.show(feedback.status, i18n);
    this.refusal.show(feedback.refusal);
    const state = this.run.state;
    this.result.show(state?.status === 'ready' && definition ? { result: state.value, title: analysisTitle(definition, i18n.lang), fileName: `analysis-${fileNamePart(definition.name)}.csv` } : null, i18n, names);
  }

  destroy(): void {
    this.form?.destroy();
  }

  private redraw(): void {
    if (this.data) this.update(this.data);
  }

  /** The list is built once per set of analyses; choosing one only moves `aria-current`, so focus stays put. */
  private renderList(analyses: readonly AnalysisDefinition[], lang: 'ru' | 'en'): void {
    const key = `${lang}|${analyses.map((analysis) => `${analysis.name}:${analysis.title}`).join('|')}`;
    if (key !== this.listKey) {
      this.listKey = key;
      this.list.replaceChildren(
        ...analyses.map((analysis) =>
          el(
            'li',
            {},
            el('button', { class: 'link-button', text: analysisTitle(analysis, lang), attrs: { type: 'button', 'data-name': analysis.name }, on: { click: () => this.choose(analysis.name) } }),
            el('code', { class: 'analysis-name', text: analysis.name, attrs: { translate: 'no' } }),
          ),
        ),
      );
    }
    for (const button of this.list.querySelectorAll('button')) button.setAttribute('aria-current', button.dataset.name === this.chosen ? 'true' : 'false');
  }

  private choose(name: string): void {
    if (name === this.chosen) return;
    this.chosen = name;
    this.redraw();
  }

  private showForm(definition: AnalysisDefinition | null): void {
    this.form?.destroy();
    this.run.reset();
    this.form = definition
      ? new AnalysisForm(definition, {
          search: this.options.search,
          choices: this.options.choices,
          run: (values) => this.run.start(() => runAnalysis(this.options.client, definition.name, values)),
        })
      : null;
    this.formSlot.replaceChildren(...(this.form ? [this.form.element] : []));
  }
}
