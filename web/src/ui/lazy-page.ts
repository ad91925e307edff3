/**
 * A view whose code is fetched when it is first shown (a dynamic `import()` per tab), so a first-time visitor
 * downloads only the view they open. Until the code arrives the panel says "Загрузка…" in the page's colours;
 * a failed download (a dropped connection) says so and offers Retry.
 */
import type { Page } from '../app-context.js';
import { translator } from '../i18n.js';
import type { AppState } from '../url-state.js';
import { el } from './dom.js';
import { StatusBox } from './status.js';

export class LazyPage implements Page {
  readonly element = el('div', { class: 'view-loading', attrs: { 'data-testid': 'view-loading' } });
  private readonly status = new StatusBox(() => this.load());
  private page: Page | null = null;
  private state: AppState | null = null;
  private loading = false;
  private destroyed = false;

  constructor(private readonly create: () => Promise<Page>) {
    this.element.append(this.status.element);
    this.load();
  }

  update(state: AppState): void {
    this.state = state;
    if (this.page) this.page.update(state);
    else if (this.loading) this.status.show({ kind: 'loading' }, translator(state.lang));
  }

  destroy(): void {
    this.destroyed = true;
    this.page?.destroy();
  }

  private load(): void {
    if (this.loading || this.page) return;
    this.loading = true;
    if (this.state) this.status.show({ kind: 'loading' }, translator(this.state.lang));
    this.create().then(
      (page) => {
        this.loading = false;
        if (this.destroyed) return page.destroy();
        this.page = page;
        this.element.replaceWith(page.element);
        if (this.state) page.update(this.state);
      },
      (error: unknown) => {
        this.loading = false;
        this.status.show({ kind: 'error', error }, translator(this.state?.lang ?? 'ru'));
      },
    );
  }
}
