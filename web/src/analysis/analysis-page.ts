/** The analysis view: named analyses and the read-only Cypher console (analyst role). */
import type { AppContext, Page } from '../app-context.js';
import type { AppState } from '../url-state.js';
import { el } from '../ui/dom.js';

export class AnalysisPage implements Page {
  readonly element = el('section', { class: 'analysis', attrs: { 'data-testid': 'analysis-view' } });

  constructor(private readonly context: AppContext) {}

  update(_state: AppState): void {
    void this.context;
  }

  destroy(): void {}
}
