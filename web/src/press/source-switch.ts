/** The import view's choice of what to import: an attendance sheet or a press release. */
import { el, uid } from '../ui/dom.js';
import type { PressText } from './press-text.js';

export type ImportSource = 'sheet' | 'press';

export class SourceSwitch {
  readonly element: HTMLElement;
  private readonly legend = el('legend', { class: 'field-label' });
  private readonly options: Record<ImportSource, { input: HTMLInputElement; label: HTMLSpanElement }>;
  private t: PressText | null = null;

  constructor(choose: (source: ImportSource) => void) {
    const group = uid('import-source');
    const option = (value: ImportSource) => {
      const input = el('input', { attrs: { type: 'radio', name: group, value, 'data-testid': `import-source-${value}` }, on: { change: () => choose(value) } });
      return { input, label: el('span') };
    };
    this.options = { sheet: option('sheet'), press: option('press') };
    this.element = el(
      'fieldset',
      { class: 'press-source', attrs: { 'data-testid': 'import-source' } },
      this.legend,
      ...(['sheet', 'press'] as const).map((value) => el('label', { class: 'radio' }, this.options[value].input, this.options[value].label)),
    );
  }

  update(t: PressText, source: ImportSource): void {
    if (t !== this.t) {
      this.t = t;
      this.legend.textContent = t('sourceLabel');
      this.options.sheet.label.textContent = t('sourceSheet');
      this.options.press.label.textContent = t('sourcePress');
    }
    this.options.sheet.input.checked = source === 'sheet';
    this.options.press.input.checked = source === 'press';
  }
}
