/** Step 3: the columns found, with their header and first values, and what each is imported as. */
import { el, uid } from '../ui/dom.js';
import { IMPORT_FIELDS, type ImportColumn, type ImportField, type ImportProblem } from './import-api.js';
import { importLabel, type ImportText } from './import-text.js';
import { keepFocus } from './focus.js';

export interface MappingStepData {
  t: ImportText;
  lang: 'ru' | 'en';
  columns: readonly ImportColumn[];
  problems: readonly ImportProblem[];
  /** The user changed the guessed mapping. */
  mapped: boolean;
}

export interface MappingStepActions {
  field(columns: readonly ImportColumn[], index: number, field: ImportField): void;
  useGuesses(): void;
}

export class MappingStep {
  readonly element: HTMLElement;
  private readonly heading = el('h3', { class: 'panel-title', attrs: { id: uid('mapping-step') } });
  private readonly body = el('div');
  private last: MappingStepData | null = null;

  constructor(private readonly actions: MappingStepActions) {
    this.element = el('section', { class: 'panel import-step', attrs: { 'aria-labelledby': this.heading.id, 'data-testid': 'mapping-step' } }, this.heading, this.body);
  }

  /** Before a sheet is read: the step stays in place (the numbering runs on) and says what it will show. */
  waiting(t: ImportText): void {
    this.last = null;
    this.heading.textContent = t('stepColumns');
    this.body.replaceChildren(el('p', { class: 'hint', text: t('waitingColumns'), attrs: { 'data-testid': 'mapping-waiting' } }));
  }

  update(data: MappingStepData): void {
    const last = this.last;
    if (last && last.t === data.t && last.columns === data.columns && last.problems === data.problems && last.mapped === data.mapped) return;
    this.last = data;
    this.heading.textContent = data.t('stepColumns');
    keepFocus(this.body, () => this.body.replaceChildren(...this.build(data)));
  }

  private build(data: MappingStepData): HTMLElement[] {
    const { t, lang, columns } = data;
    const nodes: HTMLElement[] = [el('p', { class: 'hint', text: t('columnsIntro') })];
    if (data.problems.length) {
      nodes.push(
        el(
          'div',
          { class: 'status status-error import-problems', attrs: { role: 'alert', 'data-testid': 'mapping-problems' } },
          el('p', { text: t('problemsTitle') }),
          el('ul', {}, ...data.problems.map((problem) => el('li', { text: problem.message }))),
        ),
      );
    }
    const rows = columns.map((column) => {
      const label = t('fieldFor', { letter: column.letter, header: column.header || '—' });
      const select = el(
        'select',
        {
          class: 'select',
          attrs: { 'aria-label': label, 'data-key': `field-${column.index}`, 'data-testid': `field-${column.letter}` },
          on: { change: () => this.actions.field(columns, column.index, select.value as ImportField) },
        },
        ...IMPORT_FIELDS.map((field) => el('option', { text: importLabel(lang, field), attrs: { value: field } })),
      );
      select.value = column.field;
      return el(
        'tr',
        { class: column.field === 'IGNORE' ? 'ignored' : '' },
        el('th', { text: column.letter, attrs: { scope: 'row' } }),
        el('td', { text: column.header || '—' }),
        el('td', { class: 'import-samples' }, ...column.samples.map((sample) => el('span', { class: 'sample', text: sample }))),
        el('td', {}, select, column.guessed ? el('span', { class: 'tag', text: t('guessed') }) : null),
      );
    });
    nodes.push(
      el(
        'div',
        { class: 'table-scroll' },
        el(
          'table',
          { class: 'data-table compact', attrs: { 'data-testid': 'mapping-table' } },
          el('thead', {}, el('tr', {}, ...[t('column'), t('header'), t('samples'), t('field')].map((text) => el('th', { text, attrs: { scope: 'col' } })))),
          el('tbody', {}, ...rows),
        ),
      ),
    );
    if (data.mapped) {
      nodes.push(el('button', { class: 'button small', text: t('useGuesses'), attrs: { type: 'button', 'data-key': 'use-guesses' }, on: { click: () => this.actions.useGuesses() } }));
    }
    return nodes;
  }
}
