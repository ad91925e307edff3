/** A labelled form field whose texts follow the interface language while the control (and what was typed) stays. */
import { el, uid } from '../ui/dom.js';

export class Field<C extends HTMLInputElement | HTMLSelectElement> {
  readonly element: HTMLDivElement;
  private readonly label: HTMLLabelElement;
  private readonly hint: HTMLParagraphElement;

  constructor(readonly control: C) {
    control.id ||= uid('import-field');
    this.label = el('label', { class: 'field-label', attrs: { for: control.id } });
    this.hint = el('p', { class: 'hint', attrs: { id: `${control.id}-hint`, hidden: true } });
    this.element = el('div', { class: 'field' }, this.label, control, this.hint);
  }

  setTexts(label: string, hint?: string): void {
    this.label.textContent = label;
    this.hint.textContent = hint ?? '';
    this.hint.hidden = !hint;
    if (hint) this.control.setAttribute('aria-describedby', this.hint.id);
    else this.control.removeAttribute('aria-describedby');
  }
}

/** Replaces a select's options, keeping the chosen value when it is still offered. */
export function setOptions(select: HTMLSelectElement, options: readonly { value: string; text: string }[], value: string): void {
  select.replaceChildren(...options.map((option) => el('option', { text: option.text, attrs: { value: option.value } })));
  select.value = options.some((option) => option.value === value) ? value : (options[0]?.value ?? '');
}

/** Sets a control's value unless the user is typing in it. */
export function setValue(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  if (control.value !== value && document.activeElement !== control) control.value = value;
}

/** Bytes as people read them: 820 KB, 1.2 MB. */
export function formatBytes(bytes: number, lang: 'ru' | 'en'): string {
  const locale = lang === 'ru' ? 'ru-RU' : 'en-GB';
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, lang === 'ru' ? 'МБ' : 'MB'] : [Math.max(1, bytes / 1024), lang === 'ru' ? 'КБ' : 'KB'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
