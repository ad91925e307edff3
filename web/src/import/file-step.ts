/** Step 2: the sheet itself (chosen or dropped, read as base64 in the browser), and which worksheet and header row to read. */
import { dropZone } from '../ui/drop-zone.js';
import { el, uid } from '../ui/dom.js';
import type { ImportPreview } from './import-api.js';
import type { UploadedFile } from './import-model.js';
import type { ImportText } from './import-text.js';
import { Field, formatBytes, setValue } from './form.js';

/** The API takes at most 5 MB; larger files are refused here without sending them. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface FileStepData {
  t: ImportText;
  lang: 'ru' | 'en';
  file: UploadedFile | null;
  /** The browser could not read the file, or it is too large. */
  fileError: string | null;
  /** The latest dry run, for what the server read (format, encoding, sheet, header). */
  preview: ImportPreview | null;
  sheet: string | null;
  headerRow: number | null;
}

export interface FileStepActions {
  file(file: UploadedFile): void;
  fileError(message: string): void;
  sheet(sheet: string | null): void;
  headerRow(row: number | null): void;
}

export class FileStep {
  readonly element: HTMLElement;
  private readonly heading = el('h3', { class: 'panel-title', attrs: { id: uid('file-step') } });
  private readonly input: HTMLInputElement;
  private readonly inputLabel = el('span', { class: 'field-label' });
  private readonly dropHint = el('span', { class: 'hint' });
  private readonly chosen = el('p', { class: 'import-file-name', attrs: { 'data-testid': 'import-file' } });
  private readonly error = el('p', { class: 'status status-error', attrs: { role: 'alert', hidden: true } });
  private readonly readAs = el('p', { class: 'hint', attrs: { 'data-testid': 'import-read-as' } });
  /** The workbook's worksheets, offered as the sheet field's suggestions once the server has read it. */
  private readonly sheetList = el('datalist', { attrs: { id: uid('import-sheets'), 'data-testid': 'import-sheet-list' } });
  private readonly sheet = new Field(el('input', { class: 'search-input', attrs: { type: 'text', 'data-testid': 'import-sheet', autocomplete: 'off', list: this.sheetList.id } }));
  private readonly headerRow = new Field(el('input', { class: 'search-input', attrs: { type: 'number', min: 1, step: 1, 'data-testid': 'import-header-row' } }));
  private readonly options = el('div', { class: 'import-grid' }, this.sheet.element, this.sheetList, this.headerRow.element);
  private data: FileStepData | null = null;

  constructor(private readonly actions: FileStepActions) {
    this.input = el('input', {
      class: 'import-file-input',
      attrs: { type: 'file', accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data-testid': 'import-file-input' },
      on: {
        change: () => this.take(this.input.files?.[0]),
        // Cleared when the dialog opens, so choosing the same (corrected) file again still fires `change`;
        // once chosen, the input keeps showing the file's name.
        click: () => (this.input.value = ''),
      },
    });
    const zone = dropZone((files) => this.takeDropped(files[0]), this.inputLabel, this.input, this.dropHint);
    this.sheet.control.addEventListener('change', () => actions.sheet(this.sheet.control.value.trim() || null));
    this.headerRow.control.addEventListener('change', () => {
      const row = Number.parseInt(this.headerRow.control.value, 10);
      actions.headerRow(Number.isInteger(row) && row >= 1 ? row : null);
    });
    this.element = el(
      'section',
      { class: 'panel import-step', attrs: { 'aria-labelledby': this.heading.id, 'data-testid': 'file-step' } },
      this.heading,
      zone,
      this.chosen,
      this.error,
      this.readAs,
      this.options,
    );
  }

  update(data: FileStepData): void {
    const previous = this.data;
    this.data = data;
    const { t } = data;
    if (previous?.t !== t) {
      this.heading.textContent = t('stepFile');
      this.inputLabel.textContent = t('file');
      this.dropHint.textContent = t('dropHint');
      this.sheet.setTexts(t('sheet'), t('sheetHint'));
      this.headerRow.setTexts(t('headerRow'), t('headerRowHint'));
    }
    this.chosen.textContent = data.file ? t('fileChosen', { name: data.file.name, size: formatBytes(data.file.size, data.lang) }) : '';
    this.chosen.hidden = !data.file;
    // The page forgot the file (another sheet for the event): the input no longer names it.
    if (previous?.file && !data.file) this.input.value = '';
    this.error.textContent = data.fileError ?? '';
    this.error.hidden = !data.fileError;

    const preview = data.preview;
    this.readAs.hidden = !preview;
    if (preview) {
      const parts = [t('readAs', { format: preview.format })];
      if (preview.encoding) parts.push(t('encoding', { encoding: preview.encoding }));
      if (preview.delimiter) parts.push(t('delimiter', { delimiter: preview.delimiter === '\t' ? 'Tab' : preview.delimiter }));
      this.readAs.textContent = `${parts.join(', ')}. ${preview.headerRows.length ? t('headerFound', { rows: preview.headerRows.join('–') }) : ''}`.trim();
    }
    // Header row and worksheet matter once there is a file; a worksheet only for workbooks.
    this.options.hidden = !data.file;
    const workbook = preview ? preview.format === 'XLSX' : /\.xlsx$/i.test(data.file?.name ?? '');
    this.sheet.element.hidden = !workbook;
    setValue(this.sheet.control, data.sheet ?? preview?.sheet ?? '');
    const sheets = preview?.sheets ?? [];
    if (sheets.join('\n') !== [...this.sheetList.options].map((option) => option.value).join('\n')) {
      this.sheetList.replaceChildren(...sheets.map((name) => el('option', { attrs: { value: name } })));
    }
    setValue(this.headerRow.control, String(data.headerRow ?? preview?.headerRows.at(-1) ?? ''));
  }

  private take(file: File | undefined): void {
    if (!file || !this.data) return;
    const { t, lang } = this.data;
    if (file.size > MAX_FILE_BYTES) {
      this.actions.fileError(t('tooLarge', { name: file.name, size: formatBytes(file.size, lang) }));
      return;
    }
    const reader = new FileReader();
    reader.addEventListener('load', () => this.actions.file({ name: file.name, size: file.size, dataUrl: String(reader.result) }));
    reader.addEventListener('error', () => this.actions.fileError(t('readFailed', { name: file.name })));
    reader.readAsDataURL(file);
  }

  /** A dropped file also goes into the input, so the input names it as it would a chosen one. */
  private takeDropped(file: File | undefined): void {
    if (!file) return;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    this.input.files = transfer.files;
    this.take(file);
  }
}
