/**
 * Stored property names in words, for lists of what a change touched (the audit history): a reader sees
 * "Название (рус.)", not `nameRu`. A property without a label keeps its name, shown as code.
 */
import type { Lang } from '../i18n.js';

const labels: Record<string, { en: string; ru: string }> = {
  nameRu: { en: 'Name (Russian)', ru: 'Название (рус.)' },
  nameEn: { en: 'Name (English)', ru: 'Название (англ.)' },
  nameKy: { en: 'Name (Kyrgyz)', ru: 'Название (кырг.)' },
  aliases: { en: 'Other spellings', ru: 'Другие написания' },
  kind: { en: 'Kind', ru: 'Тип' },
  gender: { en: 'Gender', ru: 'Пол' },
  phone: { en: 'Phone', ru: 'Телефон' },
  email: { en: 'E-mail', ru: 'Эл. почта' },
  title: { en: 'Post', ru: 'Должность' },
  titleRu: { en: 'Post (Russian)', ru: 'Должность (рус.)' },
  date: { en: 'Date', ru: 'Дата' },
  endDate: { en: 'End date', ru: 'Дата окончания' },
  startDate: { en: 'Start date', ru: 'Дата начала' },
  placeRu: { en: 'Place (Russian)', ru: 'Место (рус.)' },
  placeEn: { en: 'Place (English)', ru: 'Место (англ.)' },
  reportedParticipantCount: { en: 'Reported participants', ru: 'Участников по данным организаторов' },
  territoryId: { en: 'Territory', ru: 'Территория' },
  source: { en: 'Source', ru: 'Источник' },
  fileName: { en: 'File', ru: 'Файл' },
  participations: { en: 'Participations', ru: 'Участия' },
  newPeople: { en: 'New people', ru: 'Новые люди' },
  newOrganisations: { en: 'New organisations', ru: 'Новые организации' },
  newPositions: { en: 'New posts', ru: 'Новые должности' },
  newParticipations: { en: 'New participations', ru: 'Новые участия' },
  skippedRows: { en: 'Rows skipped', ru: 'Пропущенные строки' },
  eventId: { en: 'Event', ru: 'Мероприятие' },
  eventCreated: { en: 'Event created', ru: 'Мероприятие создано' },
  sourceUrl: { en: 'Source address', ru: 'Адрес источника' },
  publishedOn: { en: 'Published on', ru: 'Дата публикации' },
  language: { en: 'Language', ru: 'Язык' },
  mergedIds: { en: 'Merged records', ru: 'Объединённые записи' },
};

/**
 * Keys that record how a summary was written (both languages, its code and parameters) or what was read
 * (hashes, participants already listed by the summary): bookkeeping, not something a reader changed.
 */
const bookkeeping = new Set(['summaryRu', 'summaryEn', 'messageCode', 'params', 'textSha256', 'participants', 'ignored']);

/** The label of a stored property in a language, or null when it has none. */
export function fieldLabel(field: string, lang: Lang): string | null {
  return labels[field]?.[lang] ?? null;
}

export function isBookkeeping(field: string): boolean {
  return bookkeeping.has(field);
}
