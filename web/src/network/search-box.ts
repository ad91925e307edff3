/** The search box: an ARIA combobox over `search(text)`, in Russian, English or transliterated. */
import { isAbort } from '../api/client.js';
import type { SearchHit } from '../api/queries.js';
import { nameOf, otherNameOf, type Lang, type Translator } from '../i18n.js';
import { categoryOf } from '../shaping/categories.js';
import { CATEGORY_COLOURS } from '../shaping/colours.js';
import { clear, el, uid } from '../ui/dom.js';
import { errorMessage } from '../ui/status.js';

export interface SearchBoxOptions {
  search(text: string, signal: AbortSignal): Promise<SearchHit[]>;
  pick(hit: SearchHit): void;
}

export class SearchBox {
  readonly element: HTMLElement;
  private readonly label: HTMLLabelElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly hint: HTMLParagraphElement;
  private readonly live: HTMLParagraphElement;
  private hits: SearchHit[] = [];
  /** The text the current hits answer. */
  private searchedText = '';
  private active = -1;
  private controller: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private i18n: Translator | null = null;
  private names: Lang = 'ru';

  constructor(private readonly options: SearchBoxOptions) {
    const inputId = uid('search');
    const listId = uid('search-results');
    const hintId = uid('search-hint');
    this.label = el('label', { class: 'field-label', attrs: { for: inputId } });
    this.input = el('input', {
      class: 'search-input',
      attrs: {
        id: inputId,
        type: 'search',
        role: 'combobox',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': listId,
        'aria-describedby': hintId,
      },
    });
    this.list = el('ul', { class: 'search-results', attrs: { id: listId, role: 'listbox', hidden: true } });
    this.hint = el('p', { class: 'hint', attrs: { id: hintId } });
    this.live = el('p', { class: 'visually-hidden', attrs: { role: 'status' } });
    this.element = el('div', { class: 'search', attrs: { role: 'search' } }, this.label, this.input, this.list, this.hint, this.live);

    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => setTimeout(() => {
      if (!this.element.contains(document.activeElement)) this.close();
    }, 150));
  }

  update(i18n: Translator, names: Lang): void {
    const changed = this.i18n?.lang !== i18n.lang || this.names !== names;
    this.i18n = i18n;
    this.names = names;
    this.label.textContent = i18n.t('search');
    this.input.placeholder = i18n.t('searchPlaceholder');
    this.hint.textContent = i18n.t('searchHint');
    if (changed && this.hits.length) this.renderHits();
  }

  destroy(): void {
    this.controller?.abort();
    clearTimeout(this.timer);
    this.element.remove();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), 200);
  }

  private async run(): Promise<void> {
    const text = this.input.value.trim();
    this.controller?.abort();
    if (text.length < 2) {
      this.hits = [];
      this.searchedText = '';
      this.close();
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    try {
      const hits = await this.options.search(text, controller.signal);
      if (controller.signal.aborted) return;
      this.hits = hits;
      this.searchedText = text;
      this.active = -1;
      this.renderHits();
      this.live.textContent = hits.length ? this.i18n!.t('searchResults', { count: hits.length }) : this.i18n!.t('searchNoResults', { text });
    } catch (error) {
      if (isAbort(error)) return;
      this.hits = [];
      this.renderMessage(errorMessage(error, this.i18n!), true);
    }
  }

  private renderHits(): void {
    clear(this.list);
    const i18n = this.i18n!;
    if (this.hits.length === 0) {
      this.renderMessage(i18n.t('searchNoResults', { text: this.input.value.trim() }), false);
      return;
    }
    this.hits.forEach((hit, index) => {
      const entity = hit.entity;
      const kind = entity.organisationKind ?? entity.level ?? entity.eventKind ?? null;
      const colour = CATEGORY_COLOURS[categoryOf(entity.entityType, entity.organisationKind)];
      const other = otherNameOf(entity, this.names);
      const option = el(
        'li',
        {
          class: 'search-option',
          attrs: { id: `${this.list.id}-${index}`, role: 'option', 'aria-selected': index === this.active ? 'true' : 'false' },
          on: {
            mousedown: (event) => event.preventDefault(),
            click: () => this.pick(index),
          },
        },
        el('span', { class: 'swatch', attrs: { 'aria-hidden': 'true', style: `background:${colour}` } }),
        el(
          'span',
          { class: 'option-text' },
          el('span', { class: 'option-name', text: nameOf(entity, this.names) }),
          // The name in the other language is a name (data), not interface text.
          el('span', { class: 'option-meta' }, i18n.enumLabel(kind ?? entity.entityType), other ? ' · ' : '', other ? el('span', { text: other, attrs: { translate: 'no' } }) : ''),
        ),
      );
      this.list.append(option);
    });
    this.open();
  }

  private renderMessage(text: string, isError: boolean): void {
    clear(this.list);
    this.list.append(el('li', { class: isError ? 'search-message error-text' : 'search-message', text, attrs: { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' } }));
    this.open();
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private setActive(index: number): void {
    if (!this.hits.length) return;
    this.active = (index + this.hits.length) % this.hits.length;
    this.list.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', i === this.active ? 'true' : 'false'));
    const option = this.list.children[this.active] as HTMLElement | undefined;
    if (option) {
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }
  }

  private pick(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.close();
    this.options.pick(hit);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      if (this.list.hidden && this.hits.length) this.open();
      this.setActive(this.active + 1);
    } else if (event.key === 'ArrowUp') this.setActive(this.active - 1);
    else if (event.key === 'Enter') {
      if (this.hits.length && this.searchedText === this.input.value.trim()) this.pick(Math.max(0, this.active));
      else {
        clearTimeout(this.timer);
        void this.run().then(() => {
          if (this.hits.length) this.pick(0);
        });
      }
    } else if (event.key === 'Escape') this.close();
    else return;
    event.preventDefault();
  }
}
