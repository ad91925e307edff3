/** Loading, empty and error messages; an error always says what happened and offers Retry. */
import { ApiError } from '../api/client.js';
import type { TextKey, Translator } from '../i18n.js';
import { clear, el } from './dom.js';
import { refusalWords } from './refusal-words.js';

export type StatusState =
  | { kind: 'none' }
  | { kind: 'loading'; text?: string }
  | { kind: 'empty'; text: string }
  | { kind: 'error'; error: unknown; text?: string };

/**
 * The server's error codes that the page words itself, in the reader's language (the server's messages are in
 * English): limits and outages a reader can act on. Codes about the input itself (BAD_USER_INPUT, NOT_FOUND,
 * CONFLICT) keep the server's message, which names the field.
 */
const wordedCodes: Partial<Record<string, TextKey>> = {
  RATE_LIMITED: 'apiRateLimited',
  DATABASE_UNAVAILABLE: 'apiDatabaseDown',
  TIMEOUT: 'apiTimedOut',
  RESOURCE_LIMIT: 'apiResourceLimit',
  PAYLOAD_TOO_LARGE: 'apiTooLarge',
  BAD_REQUEST: 'apiBadRequest',
  UNSUPPORTED_MEDIA_TYPE: 'apiBadRequest',
  LINK_INVALID: 'apiLinkInvalid',
};

export function errorMessage(error: unknown, i18n: Translator): string {
  if (error instanceof ApiError) {
    if (error.kind === 'network') return i18n.t('apiDown');
    if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN' || error.status === 401) return i18n.t('apiAuth');
    const worded = wordedCodes[error.code ?? ''];
    if (worded) return i18n.t(worded);
    if (error.kind === 'http') return error.status === 502 || error.status === 503 || error.status === 504 ? i18n.t('apiDown') : i18n.t('apiHttp', { status: error.status ?? '?' });
    return i18n.t('apiError', { message: refusalWords(error, i18n.lang) ?? error.message });
  }
  return i18n.t('apiError', { message: error instanceof Error ? error.message : String(error) });
}

/** One status line: `role=status` for loading and empty (announced politely), `role=alert` for errors. */
export class StatusBox {
  readonly element = el('div', { class: 'status', attrs: { hidden: true } });
  private key = '';

  constructor(private readonly onRetry: () => void) {}

  show(state: StatusState, i18n: Translator): void {
    const text =
      state.kind === 'loading' ? state.text ?? i18n.t('loading')
      : state.kind === 'empty' ? state.text
      : state.kind === 'error' ? state.text ?? errorMessage(state.error, i18n)
      : '';
    const key = `${state.kind}|${text}|${i18n.lang}`;
    if (key === this.key) return;
    this.key = key;
    clear(this.element);
    this.element.hidden = state.kind === 'none';
    this.element.className = `status status-${state.kind}`;
    this.element.removeAttribute('role');
    if (state.kind === 'none') return;
    this.element.setAttribute('role', state.kind === 'error' ? 'alert' : 'status');
    if (state.kind === 'loading') this.element.append(el('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }));
    this.element.append(el('span', { class: 'status-text', text }));
    if (state.kind === 'error') {
      this.element.append(el('button', { class: 'button', text: i18n.t('retry'), attrs: { type: 'button' }, on: { click: () => this.onRetry() } }));
    }
  }
}

/**
 * An alert whose lines are rebuilt only when its key changes (a new failure, another language): an alert rewritten
 * on every render would be announced again by screen readers. An empty key hides it.
 */
export class RebuiltAlert {
  readonly element: HTMLDivElement;
  private key = '';

  constructor(testId: string) {
    this.element = el('div', { class: 'status status-error', attrs: { role: 'alert', hidden: true, 'data-testid': testId } });
  }

  show(key: string, lines: () => string[]): void {
    this.element.hidden = key === '';
    if (key === this.key) return;
    this.key = key;
    this.element.replaceChildren(...(key ? lines().map((text) => el('p', { text })) : []));
  }
}
