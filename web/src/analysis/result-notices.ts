/** What a result says besides its rows, worded from codes: Neo4j's notifications (with line and column) and a named analysis's shortfall. */
import type { Translator } from '../i18n.js';
import { el } from '../ui/dom.js';
import type { QueryNotification, RowShortfall } from './analysis-api.js';
import { noticesText } from './notices-text.js';

const WORDED = new Set(['UnknownLabelWarning', 'UnknownRelationshipTypeWarning', 'UnknownPropertyKeyWarning', 'CartesianProductWarning', 'UnboundedVariableLengthPatternWarning', 'FeatureDeprecationWarning']);

export function notificationText(notification: QueryNotification, i18n: Translator): string {
  const t = noticesText(i18n.lang);
  const kind = notification.code.split('.').at(-1) ?? '';
  const key = WORDED.has(kind) && (notification.subject || !kind.startsWith('Unknown')) ? (kind as Parameters<typeof t>[0]) : 'other';
  const at = notification.line != null && notification.column != null ? t('at', { line: notification.line, column: notification.column }) : '';
  const text = t(key, { subject: notification.subject ?? '', description: notification.description, code: notification.gqlStatus ?? notification.code });
  return at ? `${at}${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}

export function shortfallText(shortfall: RowShortfall, i18n: Translator): string {
  const t = noticesText(i18n.lang);
  const code = shortfall.code === 'FILTER_REMOVED' || shortfall.code === 'NONE_QUALIFY' ? shortfall.code : 'FEWER_CANDIDATES';
  const text = t(code, { asked: i18n.formatNumber(shortfall.asked), returned: i18n.formatNumber(shortfall.returned) });
  return shortfall.withoutFilter != null && shortfall.withoutFilter > shortfall.returned ? `${text} ${t('withoutFilter', { count: i18n.formatNumber(shortfall.withoutFilter) })}` : text;
}

/** The notes of a result, or null when it has none. */
export function resultNotices(notifications: readonly QueryNotification[] | null | undefined, shortfall: RowShortfall | null | undefined, i18n: Translator): HTMLElement | null {
  const items: HTMLElement[] = [];
  if (shortfall) items.push(el('li', { text: shortfallText(shortfall, i18n), attrs: { 'data-code': shortfall.code } }));
  for (const notification of notifications ?? []) {
    items.push(el('li', { text: notificationText(notification, i18n), attrs: { 'data-code': notification.code, 'data-gql-status': notification.gqlStatus } }));
  }
  if (!items.length) return null;
  const title = notifications?.length ? el('p', { class: 'notices-title', text: noticesText(i18n.lang)('noticesTitle') }) : null;
  return el('div', { class: 'result-notices', attrs: { role: 'note', 'data-testid': 'result-notices' } }, title, el('ul', {}, ...items));
}
