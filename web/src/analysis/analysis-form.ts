/**
 * The form of one named analysis, built from its parameter definitions: a date field for DATE, a number with its
 * range for INTEGER, a list for allowed values, and for ID a text field with a name search that fills it in.
 */
import type { NameRef, SearchHit } from '../api/queries.js';
import { nameOf, type Lang, type Translator } from '../i18n.js';
import { SearchBox } from '../network/search-box.js';
import { el, uid } from '../ui/dom.js';
import type { AnalysisDefinition, AnalysisParameter } from './analysis-api.js';
import { AlertSlot } from './analysis-run.js';
import { analysisText } from './analysis-text.js';
import { parameterHint, parameterLabel } from './catalogue-text.js';
import { initialText, parameterValues, type ParameterProblem } from './parameters.js';

/** One entry of a list an id parameter is chosen from (a phase, a programme). */
export interface ParameterChoice extends NameRef {
  /** Shown after the name, e.g. the phase's years. */
  detail: string | null;
}

/** Id parameters chosen from a short list instead of typed: the server says what the id names. */
export const LISTED_KINDS = new Set(['PHASE', 'PROGRAMME']);

export interface AnalysisFormOptions {
  search(text: string, signal: AbortSignal): Promise<SearchHit[]>;
  /** The list for a PHASE or PROGRAMME parameter. */
  choices(refersTo: string): Promise<ParameterChoice[]>;
  run(values: Record<string, string | number>): void;
}

interface Field {
  parameter: AnalysisParameter;
  element: HTMLElement;
  control: HTMLInputElement | HTMLSelectElement;
  /** The parameter's readable name, beside its API name. */
  label: HTMLElement;
  required: HTMLElement;
  hint: HTMLElement;
  idLabel: HTMLElement | null;
  search: SearchBox | null;
  chosen: HTMLElement | null;
  chosenHit: SearchHit | null;
  /** Entries of a listed id parameter, once loaded. */
  choices: ParameterChoice[] | null;
}

export class AnalysisForm {
  readonly element: HTMLFormElement;
  private readonly fields: Field[];
  private readonly none = el('p', { class: 'hint' });
  private readonly runButton = el('button', { class: 'button', attrs: { type: 'submit', 'data-testid': 'run-analysis' } });
  private readonly problems = new AlertSlot();
  private i18n: Translator | null = null;
  private names: Lang = 'ru';

  constructor(readonly definition: AnalysisDefinition, private readonly options: AnalysisFormOptions) {
    this.fields = definition.parameters.map((parameter) => this.field(parameter));
    this.element = el(
      'form',
      { class: 'analysis-form', attrs: { novalidate: true, 'data-name': definition.name }, on: { submit: (event) => this.submit(event) } },
      ...this.fields.map((field) => field.element),
      this.fields.length ? null : this.none,
      this.problems.element,
      el('div', { class: 'form-actions' }, this.runButton),
    );
  }

  update(i18n: Translator, names: Lang): void {
    this.i18n = i18n;
    this.names = names;
    const t = analysisText(i18n.lang);
    this.none.textContent = t('noParameters');
    this.runButton.textContent = t('run');
    for (const field of this.fields) {
      const { parameter } = field;
      field.required.textContent = parameter.required ? ` (${t('required')})` : '';
      const fallback = initialText(parameter);
      field.label.textContent = parameterLabel(parameter, i18n.lang) ?? '';
      field.hint.textContent = [parameterHint(this.definition, parameter, i18n.lang), fallback ? t('defaultIs', { value: fallback }) : ''].filter(Boolean).join('. ');
      if (field.idLabel) field.idLabel.textContent = t('idField');
      field.search?.update(i18n, names);
      if (field.chosen) field.chosen.textContent = field.chosenHit ? t('chosen', { name: nameOf(field.chosenHit.entity, names) }) : '';
      if (field.control instanceof HTMLSelectElement && field.choices) {
        for (const option of field.control.options) {
          const choice = field.choices.find((entry) => entry.id === option.value);
          option.textContent = choice ? [nameOf(choice, names), choice.detail].filter(Boolean).join(' · ') : option.value || t('anyValue');
        }
      } else if (field.control instanceof HTMLSelectElement) {
        for (const option of field.control.options) option.textContent = option.value ? `${i18n.enumLabel(option.value)} (${option.value})` : t('anyValue');
      }
    }
  }

  destroy(): void {
    for (const field of this.fields) field.search?.destroy();
  }

  private field(parameter: AnalysisParameter): Field {
    const id = uid(`param-${parameter.name}`);
    const hint = el('p', { class: 'hint', attrs: { id: uid('param-hint') } });
    const required = el('span', { class: 'param-required' });
    const name = el('code', { class: 'param-name', text: parameter.name, attrs: { translate: 'no' } });
    const label = el('span', { class: 'param-label' });
    let control: HTMLInputElement | HTMLSelectElement;
    if (parameter.type === 'ID' && parameter.refersTo && LISTED_KINDS.has(parameter.refersTo)) return this.listedField(parameter, { id, hint, required, name, label });
    if (parameter.allowedValues) {
      control = el('select', { class: 'select', attrs: { id } });
      if (!parameter.required) control.append(el('option', { attrs: { value: '' } }));
      for (const value of parameter.allowedValues) control.append(el('option', { attrs: { value } }));
    } else {
      const type = parameter.type === 'DATE' ? 'date' : parameter.type === 'INTEGER' ? 'number' : 'text';
      control = el('input', {
        class: parameter.type === 'DATE' ? 'date-input' : 'search-input',
        attrs: { id, type, min: parameter.min, max: parameter.max, step: type === 'number' ? 1 : null, inputmode: type === 'number' ? 'numeric' : null, spellcheck: 'false', autocomplete: 'off' },
      });
    }
    control.value = initialText(parameter);
    control.setAttribute('aria-describedby', hint.id);
    control.dataset.param = parameter.name;
    control.addEventListener('input', () => control.removeAttribute('aria-invalid'));
    if (parameter.required) control.setAttribute('aria-required', 'true');

    if (parameter.type !== 'ID') {
      const element = el('div', { class: 'field param' }, el('label', { class: 'field-label', attrs: { for: id } }, label, name, required), control, hint);
      return { parameter, element, control, label, required, hint, idLabel: null, search: null, chosen: null, chosenHit: null, choices: null };
    }
    // An id: typed or pasted, or found by name; the legend names the parameter for both fields.
    const idLabel = el('label', { class: 'field-label', attrs: { for: id } });
    const chosen = el('p', { class: 'param-chosen', attrs: { 'aria-live': 'polite' } });
    const search = new SearchBox({
      search: this.options.search,
      pick: (hit) => {
        control.value = hit.entity.id;
        control.removeAttribute('aria-invalid');
        field.chosenHit = hit;
        if (this.i18n) this.update(this.i18n, this.names);
      },
    });
    const element = el(
      'fieldset',
      { class: 'param param-id' },
      el('legend', { class: 'field-label' }, label, name, required),
      el('div', { class: 'param-id-row' }, el('div', {}, idLabel, control), search.element),
      chosen,
      hint,
    );
    const field: Field = { parameter, element, control, label, required, hint, idLabel, search, chosen, chosenHit: null, choices: null };
    control.addEventListener('input', () => {
      field.chosenHit = null;
      chosen.textContent = '';
    });
    return field;
  }

  /** A phase or programme: a list to choose from, filled when the list arrives (the default stays chosen). */
  private listedField(parameter: AnalysisParameter, parts: { id: string; hint: HTMLElement; required: HTMLElement; name: HTMLElement; label: HTMLElement }): Field {
    const { id, hint, required, name, label } = parts;
    const control = el('select', { class: 'select', attrs: { id, 'aria-describedby': hint.id, 'data-param': parameter.name, 'aria-required': parameter.required ? 'true' : null } });
    const initial = initialText(parameter);
    control.append(el('option', { attrs: { value: initial } }));
    if (initial && !parameter.required) control.append(el('option', { attrs: { value: '' } }));
    control.value = initial;
    control.addEventListener('change', () => control.removeAttribute('aria-invalid'));
    const element = el('div', { class: 'field param' }, el('label', { class: 'field-label', attrs: { for: id } }, label, name, required), control, hint);
    const field: Field = { parameter, element, control, label, required, hint, idLabel: null, search: null, chosen: null, chosenHit: null, choices: null };
    void this.options.choices(parameter.refersTo!).then(
      (choices) => {
        const current = control.value;
        field.choices = choices;
        control.replaceChildren(
          ...(parameter.required ? [] : [el('option', { attrs: { value: '' } })]),
          ...(parameter.required && !current ? [el('option', { attrs: { value: '' } })] : []),
          ...choices.map((choice) => el('option', { attrs: { value: choice.id } })),
        );
        control.value = choices.some((choice) => choice.id === current) ? current : '';
        if (this.i18n) this.update(this.i18n, this.names);
      },
      // Without the list the default (or "any") stays; the server still checks what is sent.
      () => undefined,
    );
    return field;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const texts = Object.fromEntries(this.fields.map((field) => [field.parameter.name, field.control.value]));
    const { values, problems } = parameterValues(this.definition.parameters, texts);
    for (const field of this.fields) {
      const bad = problems.some((problem) => problem.name === field.parameter.name);
      if (bad) field.control.setAttribute('aria-invalid', 'true');
      else field.control.removeAttribute('aria-invalid');
    }
    this.problems.show(problems.length && this.i18n ? problems.map((problem) => this.problemText(problem)).join(' ') : null);
    if (problems.length) {
      this.fields.find((field) => field.parameter.name === problems[0]!.name)?.control.focus();
      return;
    }
    this.options.run(values);
  }

  private problemText(problem: ParameterProblem): string {
    const lang = this.i18n!.lang;
    const t = analysisText(lang);
    // A parameter is named as its label reads, not by its API name.
    const parameter = this.definition.parameters.find((candidate) => candidate.name === problem.name);
    const label = parameter ? parameterLabel(parameter, lang) : null;
    if (lang === 'ru' && label) problem = { ...problem, name: `«${label}»` };
    switch (problem.reason) {
      case 'required': return t('problemRequired', { name: problem.name });
      case 'integer': return t('problemInteger', { name: problem.name });
      case 'date': return t('problemDate', { name: problem.name });
      case 'allowed': return t('problemAllowed', { name: problem.name });
      case 'min': return t('problemMin', { name: problem.name, limit: problem.limit });
      case 'max': return t('problemMax', { name: problem.name, limit: problem.limit });
    }
  }
}
