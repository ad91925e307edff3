/** The import view: attendance-sheet upload, column mapping, dry run and confirm (editor role). */
import type { AppContext, Page } from '../app-context.js';
import type { AppState } from '../url-state.js';
import { el } from '../ui/dom.js';

export class ImportPage implements Page {
  readonly element = el('section', { class: 'import', attrs: { 'data-testid': 'import-view' } });

  constructor(private readonly context: AppContext) {}

  update(_state: AppState): void {
    void this.context;
  }

  destroy(): void {}
}
