/**
 * Result columns in words. Named analyses return columns such as `rank`, `entityType`, `nameRu`: the table
 * headers show them in the reader's language, while the CSV keeps the names for scripts. A column an analyst
 * named in the console keeps its name (they wrote it).
 */
import type { Lang } from '../i18n.js';

const labels: Record<string, { en: string; ru: string }> = {
  rank: { en: 'Rank', ru: 'Место' },
  id: { en: 'Id', ru: 'Код' },
  entityType: { en: 'Node type', ru: 'Тип узла' },
  kind: { en: 'Kind', ru: 'Вид' },
  nameRu: { en: 'Name (Russian)', ru: 'Название (рус.)' },
  nameEn: { en: 'Name (English)', ru: 'Название (англ.)' },
  name: { en: 'Name', ru: 'Название' },
  betweenness: { en: 'Betweenness', ru: 'Посредничество' },
  links: { en: 'Links', ru: 'Связей' },
  degree: { en: 'Links', ru: 'Связей' },
  steps: { en: 'Steps', ru: 'Шагов' },
  eventId: { en: 'Event', ru: 'Мероприятие' },
  eventNameRu: { en: 'Event (Russian)', ru: 'Мероприятие (рус.)' },
  eventNameEn: { en: 'Event (English)', ru: 'Мероприятие (англ.)' },
  date: { en: 'Date', ru: 'Дата' },
  firstRoles: { en: 'Roles of the first', ru: 'Роли первого' },
  secondRoles: { en: 'Roles of the second', ru: 'Роли второго' },
  rayonId: { en: 'Rayon', ru: 'Район' },
  rayonNameRu: { en: 'Rayon (Russian)', ru: 'Район (рус.)' },
  rayonNameEn: { en: 'Rayon (English)', ru: 'Район (англ.)' },
  oblastId: { en: 'Oblast', ru: 'Область' },
  oblastNameRu: { en: 'Oblast (Russian)', ru: 'Область (рус.)' },
  oblastNameEn: { en: 'Oblast (English)', ru: 'Область (англ.)' },
  administrationId: { en: 'Administration', ru: 'Администрация' },
  municipalities: { en: 'Municipalities', ru: 'Муниципалитетов' },
  municipalityId: { en: 'Municipality', ru: 'Муниципалитет' },
  events: { en: 'Events', ru: 'Мероприятий' },
  participants: { en: 'Participants', ru: 'Участников' },
  soate: { en: 'SOATE code', ru: 'Код СОАТЕ' },
  role: { en: 'Role', ru: 'Роль' },
  level: { en: 'Level', ru: 'Уровень' },
};

/** The column's header in a language, or null when the column has no label (shown by its name). */
export function columnLabel(column: string, lang: Lang): string | null {
  return labels[column]?.[lang] ?? null;
}
