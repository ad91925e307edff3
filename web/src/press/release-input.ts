/** Step 1: the release, pasted or as files (read as base64 in the browser), with its source address and dateline. */
import { Field, formatBytes } from '../import/form.js';
import { dropZone } from '../ui/drop-zone.js';
import { el, uid } from '../ui/dom.js';
import type { PressText } from './press-text.js';

/** The API takes files of at most 5 MB and texts of at most 100,000 characters. */
export const MAX_RELEASE_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_RELEASE_TEXT = 100_000;
export const RELEASE_FILE_TYPES = '.txt,.html,.htm,.docx,.pdf,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ReleaseFile {
  name: string;
  size: number;
  /** As FileReader gives it: `data:…;base64,…` (the API takes the prefix). */
  dataUrl: string;
}

export interface ReleaseMeta {
  sourceUrl: string;
  publishedOn: string;
}

export interface ReleaseInputActions {
  text(text: string, meta: ReleaseMeta): void;
  files(files: ReleaseFile[], meta: ReleaseMeta): void;
}

function readFile(file: File): Promise<ReleaseFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve({ name: file.name, size: file.size, dataUrl: String(reader.result) }));
    reader.addEventListener('error', () => reject(new Error(file.name)));
    reader.readAsDataURL(file);
  });
}

export class ReleaseInput {
  readonly element: HTMLElement;
  private readonly heading = el('h3', { class: 'panel-title', attrs: { id: uid('press-input') } });
  private readonly pasteArea = el('textarea', { class: 'search-input press-paste', attrs: { id: uid('press-paste'), rows: 8, maxlength: MAX_RELEASE_TEXT, 'data-testid': 'press-paste' } });
  private readonly pasteLabel = el('label', { class: 'field-label', attrs: { for: this.pasteArea.id } });
  private readonly pasteHint = el('p', { class: 'hint', attrs: { id: `${this.pasteArea.id}-hint` } });
  private readonly fileInput: HTMLInputElement;
  private readonly fileLabel = el('span', { class: 'field-label' });
  private readonly dropHint = el('span', { class: 'hint' });
  private readonly sourceUrl = new Field(el('input', { class: 'search-input', attrs: { type: 'url', 'data-testid': 'press-source-url', autocomplete: 'off' } }));
  private readonly publishedOn = new Field(el('input', { class: 'search-input', attrs: { type: 'date', 'data-testid': 'press-published-on' } }));
  private readonly draftButton = el('button', { class: 'button primary', attrs: { type: 'button', 'data-testid': 'press-draft' } });
  private readonly error = el('p', { class: 'status status-error', attrs: { role: 'alert', hidden: true, 'data-testid': 'press-input-error' } });
  private t: PressText | null = null;
  private lang: 'ru' | 'en' = 'ru';

  constructor(private readonly actions: ReleaseInputActions) {
    this.fileInput = el('input', {
      class: 'import-file-input',
      attrs: { type: 'file', multiple: true, accept: RELEASE_FILE_TYPES, 'data-testid': 'press-file-input' },
      on: { change: () => void this.take([...(this.fileInput.files ?? [])]) },
    });
    const zone = dropZone((files) => void this.take(files), this.fileLabel, this.fileInput, this.dropHint);
    this.draftButton.addEventListener('click', () => {
      const text = this.pasteArea.value;
      if (!text.trim()) {
        this.showError(this.t?.('needText') ?? '');
        return;
      }
      this.showError('');
      this.actions.text(text, this.meta());
    });
    this.element = el(
      'section',
      { class: 'panel import-step', attrs: { 'aria-labelledby': this.heading.id, 'data-testid': 'press-input-step' } },
      this.heading,
      el('div', { class: 'field' }, this.pasteLabel, this.pasteArea, this.pasteHint),
      el('div', { class: 'import-grid' }, this.sourceUrl.element, this.publishedOn.element),
      el('p', {}, this.draftButton),
      zone,
      this.error,
    );
  }

  update(t: PressText, lang: 'ru' | 'en', busy: boolean): void {
    this.lang = lang;
    if (t !== this.t) {
      this.t = t;
      this.heading.textContent = t('stepInput');
      this.pasteLabel.textContent = t('pasteLabel');
      this.pasteHint.textContent = t('pasteHint');
      this.pasteArea.setAttribute('aria-describedby', this.pasteHint.id);
      this.fileLabel.textContent = t('filesLabel');
      this.dropHint.textContent = t('dropHint');
      this.sourceUrl.setTexts(t('sourceUrl'));
      this.publishedOn.setTexts(t('publishedOn'), t('publishedOnHint'));
      this.draftButton.textContent = t('draft');
    }
    this.draftButton.disabled = busy;
    this.fileInput.disabled = busy;
  }

  private meta(): ReleaseMeta {
    return { sourceUrl: this.sourceUrl.control.value.trim(), publishedOn: this.publishedOn.control.value };
  }

  private showError(message: string): void {
    this.error.textContent = message;
    this.error.hidden = !message;
  }

  /** Files over the limit are refused here, without sending them; the others are drafted. */
  private async take(files: File[]): Promise<void> {
    const t = this.t;
    if (!t || files.length === 0) return;
    // The same files chosen again (e.g. after correcting one) must fire `change` again.
    this.fileInput.value = '';
    const problems: string[] = [];
    const read: ReleaseFile[] = [];
    for (const file of files) {
      if (file.size > MAX_RELEASE_FILE_BYTES) {
        problems.push(t('tooLarge', { name: file.name, size: formatBytes(file.size, this.lang) }));
        continue;
      }
      try {
        read.push(await readFile(file));
      } catch {
        problems.push(t('readFailed', { name: file.name }));
      }
    }
    this.showError(problems.join(' '));
    if (read.length) this.actions.files(read, this.meta());
  }
}
