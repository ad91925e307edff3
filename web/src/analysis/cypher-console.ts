/**
 * The read-only Cypher console: a query (Ctrl+Enter runs it), parameters as a JSON object checked before sending,
 * a row limit, examples to start from, and the result as a table and a graph. Refusals show the server's reason.
 */
import type { GraphQLClient } from '../api/client.js';
import type { Lang, Translator } from '../i18n.js';
import { el, uid } from '../ui/dom.js';
import { StatusBox } from '../ui/status.js';
import { ROW_LIMIT, runCypher, type GraphSchema } from './analysis-api.js';
import { cypherCompletions, type CompletionList } from './cypher-completion.js';
import { schemaText } from './schema-text.js';
import { AlertSlot, Run, runFeedback } from './analysis-run.js';
import { analysisText } from './analysis-text.js';
import { CYPHER_EXAMPLES } from './cypher-examples.js';
import { parseJsonObject } from './parameters.js';
import { ResultView } from './result-view.js';

/** A labelled control with a hint and a place for its own error message, tied together by ids. */
function field(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, extra?: HTMLElement) {
  const label = el('label', { class: 'field-label', attrs: { for: control.id } });
  const hint = el('p', { class: 'hint', attrs: { id: uid('hint') } });
  const problem = new AlertSlot();
  problem.element.id = uid('problem');
  control.setAttribute('aria-describedby', `${hint.id} ${problem.element.id}`);
  const element = el('div', { class: 'field' }, label, extra ? el('div', { class: 'inline-field' }, control, extra) : control, hint, problem.element);
  return { element, label, hint, problem };
}

type FieldName = 'examples' | 'query' | 'parameters' | 'rowLimit';

export class CypherConsole {
  readonly element: HTMLElement;
  private readonly title = el('h2', { class: 'panel-title', attrs: { id: uid('console-title') } });
  private readonly intro = el('p', { class: 'hint console-intro' });
  private readonly exampleSelect = el('select', { class: 'select', attrs: { id: uid('examples'), 'data-testid': 'cypher-examples' } });
  private readonly useExample = el('button', { class: 'button small', attrs: { type: 'button' } });
  private readonly query = el('textarea', { class: 'code-input', attrs: { id: uid('cypher'), rows: 7, spellcheck: 'false', autocomplete: 'off', 'data-testid': 'cypher-query' } });
  private readonly parameters = el('textarea', { class: 'code-input', attrs: { id: uid('cypher-parameters'), rows: 3, spellcheck: 'false', autocomplete: 'off', 'data-testid': 'cypher-parameters' } });
  private readonly rowLimit = el('input', { class: 'search-input row-limit', attrs: { id: uid('row-limit'), type: 'number', min: 1, max: ROW_LIMIT.max, step: 1, inputmode: 'numeric', value: ROW_LIMIT.default } });
  private readonly runButton = el('button', { class: 'button', attrs: { type: 'submit', 'data-testid': 'run-cypher' } });
  private readonly fields: Record<FieldName, ReturnType<typeof field>>;
  private readonly runStatus: StatusBox;
  private readonly refusal = new AlertSlot();
  private readonly result: ResultView;
  private readonly run = new Run(() => this.redraw());
  private i18n: Translator | null = null;
  private names: Lang = 'ru';
  private readonly suggestions = el('ul', { class: 'completion-list', attrs: { id: uid('completions'), role: 'listbox', hidden: true, 'data-testid': 'cypher-completions' } });
  private completion: (CompletionList & { active: number }) | null = null;
  /** Labels, types and properties for completion, once the schema panel has them. */
  schema: GraphSchema | null = null;

  constructor(private readonly client: GraphQLClient, select: (id: string) => void) {
    this.runStatus = new StatusBox(() => this.run.retry());
    this.result = new ResultView(select);
    this.exampleSelect.append(el('option', { attrs: { value: '' } }), ...CYPHER_EXAMPLES.map((example) => el('option', { attrs: { value: example.id } })));
    this.useExample.addEventListener('click', () => this.applyExample());
    this.fields = {
      examples: field(this.exampleSelect, this.useExample),
      query: field(this.query),
      parameters: field(this.parameters),
      rowLimit: field(this.rowLimit),
    };
    this.query.setAttribute('aria-autocomplete', 'list');
    this.query.setAttribute('aria-controls', this.suggestions.id);
    this.query.addEventListener('input', () => this.suggest());
    // Closed a moment after the query loses focus (a click on a suggestion lands first), unless it has focus again
    // by then: a late timer from an earlier blur must not close suggestions made since.
    this.query.addEventListener('blur', () => setTimeout(() => {
      if (document.activeElement !== this.query) this.closeSuggestions();
    }, 150));
    this.query.addEventListener('keydown', (event) => this.onCompletionKey(event));
    for (const area of [this.query, this.parameters]) {
      area.addEventListener('keydown', (event) => {
        if (event.defaultPrevented) return;
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          form.requestSubmit();
        }
      });
    }
    const form = el(
      'form',
      { class: 'cypher-form', attrs: { novalidate: true }, on: { submit: (event) => this.submit(event) } },
      this.fields.examples.element,
      this.fields.query.element,
      this.suggestions,
      el('div', { class: 'cypher-options' }, this.fields.parameters.element, this.fields.rowLimit.element),
      el('div', { class: 'form-actions' }, this.runButton),
    );
    this.element = el(
      'section',
      { class: 'panel cypher-console', attrs: { 'aria-labelledby': this.title.id, 'data-testid': 'cypher-console' } },
      this.title,
      this.intro,
      form,
      this.runStatus.element,
      this.refusal.element,
      this.result.element,
    );
  }

  update(i18n: Translator, names: Lang): void {
    this.i18n = i18n;
    this.names = names;
    const t = analysisText(i18n.lang);
    this.title.textContent = t('consoleTitle');
    this.intro.textContent = t('consoleIntro');
    this.fields.examples.label.textContent = t('examples');
    this.useExample.textContent = t('useExample');
    this.fields.query.label.textContent = t('query');
    this.fields.query.hint.textContent = `${t('queryHint')} ${schemaText(i18n.lang)('completionHint')}`;
    this.suggestions.setAttribute('aria-label', schemaText(i18n.lang)('completions'));
    this.fields.parameters.label.textContent = t('parameters');
    this.fields.parameters.hint.textContent = t('parametersHint');
    this.fields.rowLimit.label.textContent = t('rowLimit');
    this.fields.rowLimit.hint.textContent = t('rowLimitHint');
    this.runButton.textContent = t('run');
    const options = this.exampleSelect.options;
    options[0]!.textContent = t('chooseExample');
    CYPHER_EXAMPLES.forEach((example, index) => (options[index + 1]!.textContent = t(example.title)));

    const feedback = runFeedback(this.run, i18n);
    this.runStatus.show(feedback.status, i18n);
    this.refusal.show(feedback.refusal);
    const state = this.run.state;
    this.result.show(state?.status === 'ready' ? { result: state.value, title: t('query'), fileName: 'cypher-result.csv' } : null, i18n, names);
  }

  /** Puts text into the query at the cursor (from the schema panel). */
  insertAtCursor(text: string): void {
    const start = this.query.selectionStart ?? this.query.value.length;
    const end = this.query.selectionEnd ?? start;
    this.query.setRangeText(text, start, end, 'end');
    this.query.focus();
  }

  private suggest(): void {
    const list = cypherCompletions(this.query.value, this.query.selectionStart ?? this.query.value.length, this.schema);
    if (!list) return this.closeSuggestions();
    this.completion = { ...list, active: 0 };
    const t = schemaText(this.i18n?.lang ?? 'ru');
    const kindText = { label: t('kindLabel'), type: t('kindType'), property: t('kindProperty'), keyword: t('kindKeyword') };
    this.suggestions.replaceChildren(
      ...list.items.map((item, index) =>
        el(
          'li',
          {
            attrs: { id: `${this.suggestions.id}-${index}`, role: 'option', 'aria-selected': index === 0 ? 'true' : 'false', 'data-kind': item.kind },
            on: { mousedown: (event) => { event.preventDefault(); this.accept(index); } },
          },
          el('code', { text: item.text }),
          el('span', { class: 'completion-kind', text: ` ${kindText[item.kind]}` }),
        ),
      ),
    );
    this.suggestions.hidden = false;
    this.query.setAttribute('aria-activedescendant', `${this.suggestions.id}-0`);
  }

  private closeSuggestions(): void {
    this.completion = null;
    this.suggestions.hidden = true;
    this.suggestions.replaceChildren();
    this.query.removeAttribute('aria-activedescendant');
  }

  private onCompletionKey(event: KeyboardEvent): void {
    const completion = this.completion;
    if (!completion || event.ctrlKey || event.metaKey || event.altKey) return;
    const count = completion.items.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      completion.active = (completion.active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
      [...this.suggestions.children].forEach((item, index) => item.setAttribute('aria-selected', index === completion.active ? 'true' : 'false'));
      this.query.setAttribute('aria-activedescendant', `${this.suggestions.id}-${completion.active}`);
    } else if (event.key === 'Tab' || event.key === 'Enter') {
      event.preventDefault();
      this.accept(completion.active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.closeSuggestions();
    }
  }

  private accept(index: number): void {
    const completion = this.completion;
    const item = completion?.items[index];
    if (!completion || !item) return;
    this.query.setRangeText(item.text, completion.from, completion.to, 'end');
    this.closeSuggestions();
    this.query.focus();
  }

  private redraw(): void {
    if (this.i18n) this.update(this.i18n, this.names);
  }

  private applyExample(): void {
    const example = CYPHER_EXAMPLES.find((candidate) => candidate.id === this.exampleSelect.value);
    if (!example) return;
    this.query.value = example.query;
    this.parameters.value = Object.keys(example.parameters).length ? JSON.stringify(example.parameters, null, 2) : '';
    for (const each of Object.values(this.fields)) each.problem.show(null);
    this.query.focus();
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    if (!this.i18n) return;
    const t = analysisText(this.i18n.lang);
    const query = this.query.value.trim();
    const parsed = parseJsonObject(this.parameters.value);
    const limitText = this.rowLimit.value.trim();
    const limit = Number(limitText);
    const limitOk = /^\d+$/.test(limitText) && limit >= 1 && limit <= ROW_LIMIT.max;

    const problems: [FieldName, HTMLElement, string | null][] = [
      ['query', this.query, query ? null : t('queryEmpty')],
      ['parameters', this.parameters, parsed.ok ? null : parsed.reason === 'syntax' ? t('parametersSyntax', { message: parsed.message }) : t('parametersNotObject')],
      ['rowLimit', this.rowLimit, limitOk ? null : t('rowLimitInvalid')],
    ];
    for (const [name, control, problem] of problems) {
      this.fields[name].problem.show(problem);
      if (problem) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    const first = problems.find(([, , problem]) => problem);
    if (first) {
      first[1].focus();
      return;
    }
    if (!parsed.ok) return;
    this.run.start(() => runCypher(this.client, query, parsed.value, limit));
  }
}
