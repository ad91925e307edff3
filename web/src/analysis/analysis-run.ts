/** One run at a time of an analysis or query: its state, answers of superseded runs dropped, and what to say about it. */
import { ApiError } from '../api/client.js';
import type { Translator } from '../i18n.js';
import { LOADING, type Loadable } from '../ui/resource.js';
import { clear, el } from '../ui/dom.js';
import { refusalWords } from '../ui/refusal-words.js';
import { errorMessage, type StatusState } from '../ui/status.js';
import type { TabularResult } from './analysis-api.js';
import { analysisText } from './analysis-text.js';

export class Run {
  state: Loadable<TabularResult> | null = null;
  private generation = 0;
  private last: (() => Promise<TabularResult>) | null = null;

  /** `changed` is called whenever the state changes, so the owner redraws. */
  constructor(private readonly changed: () => void) {}

  start(load: () => Promise<TabularResult>): void {
    const generation = ++this.generation;
    this.last = load;
    this.state = LOADING;
    this.changed();
    load().then(
      (value) => this.settle(generation, { status: 'ready', value }),
      (error: unknown) => this.settle(generation, { status: 'error', error }),
    );
  }

  /** Runs the last request again (the Retry button). */
  retry(): void {
    if (this.last) this.start(this.last);
  }

  /** Forgets the result and drops the answer of a run still under way (the owner redraws: it asked for this). */
  reset(): void {
    this.generation += 1;
    this.last = null;
    this.state = null;
  }

  private settle(generation: number, state: Loadable<TabularResult>): void {
    if (generation !== this.generation) return;
    this.state = state;
    this.changed();
  }
}

/** Refusals the server explains (a write, a bad parameter, the role, the memory limit): retrying the same request cannot help. */
function refusalText(error: unknown, i18n: Translator): string | null {
  if (!(error instanceof ApiError) || error.kind !== 'graphql') return null;
  const t = analysisText(i18n.lang);
  if (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND') return t('refused', { message: refusalWords(error, i18n.lang) ?? error.message });
  if (error.code === 'FORBIDDEN') return t('forbidden');
  // The same query needs the same memory: retrying cannot help, rewriting it can.
  if (error.code === 'RESOURCE_LIMIT') return t('resourceLimit', { message: error.message });
  return null;
}

export interface RunFeedback {
  /** Loading, or a failure worth retrying (the server down, a time-out), with the server's words. */
  status: StatusState;
  /** The server's reason for refusing, shown as an alert without Retry. */
  refusal: string | null;
}

export function runFeedback(run: Run, i18n: Translator): RunFeedback {
  const state = run.state;
  if (state?.status === 'loading') return { status: { kind: 'loading' }, refusal: null };
  if (state?.status !== 'error') return { status: { kind: 'none' }, refusal: null };
  const refusal = refusalText(state.error, i18n);
  if (refusal) return { status: { kind: 'none' }, refusal };
  const timedOut = state.error instanceof ApiError && state.error.code === 'TIMEOUT';
  const text = timedOut ? analysisText(i18n.lang)('timedOut', { message: state.error instanceof Error ? state.error.message : '' }) : errorMessage(state.error, i18n);
  return { status: { kind: 'error', error: state.error, text }, refusal: null };
}

/** A place for an alert: each new message is a new element, which screen readers announce reliably. */
export class AlertSlot {
  readonly element = el('div', { class: 'alert-slot' });
  private text: string | null = null;

  show(text: string | null): void {
    if (text === this.text) return;
    this.text = text;
    clear(this.element);
    if (text) this.element.append(el('p', { class: 'error-text alert-text', text, attrs: { role: 'alert' } }));
  }
}
