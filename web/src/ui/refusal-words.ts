/**
 * A server refusal (BAD_USER_INPUT) in the reader's language: the server sends a reason code with parameters
 * and the field it is about (extensions `reason`, `params`, `field`); its message is English prose for scripts.
 */
import { ApiError } from '../api/client.js';
import type { Lang } from '../i18n.js';

const reasons: Record<string, { en: string; ru: string }> = {
  WRITES_REFUSED: { en: 'writes are not allowed: analyst queries are read-only', ru: 'запись запрещена: запросы аналитика только читают данные' },
  SCHEMA_REFUSED: { en: 'schema and administration operations are not allowed', ru: 'изменение схемы и администрирование запрещены' },
  ROW_LIMIT: {
    en: 'the query returns more than {limit} rows; add LIMIT or raise the row limit (at most 10000)',
    ru: 'запрос возвращает больше {limit} строк; добавьте LIMIT или увеличьте лимит строк (не больше 10000)',
  },
};

const fields: Record<string, { en: string; ru: string }> = {
  query: { en: 'query', ru: 'запрос' },
  rowLimit: { en: 'row limit', ru: 'лимит строк' },
  parameters: { en: 'parameters', ru: 'параметры' },
  timeoutSeconds: { en: 'time limit', ru: 'лимит времени' },
};

/** The refusal in words, or null when the server sent no reason this page knows (its message is then shown). */
export function refusalWords(error: unknown, lang: Lang): string | null {
  if (!(error instanceof ApiError)) return null;
  const template = reasons[String(error.details.reason ?? '')]?.[lang];
  if (!template) return null;
  const params = (error.details.params ?? {}) as Record<string, unknown>;
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  const field = fields[String(error.details.field ?? '')]?.[lang];
  return field ? `${field}: ${text}` : text;
}
