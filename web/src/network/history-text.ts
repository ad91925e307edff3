/** Texts of the history section of the details panel, English and Russian. Summaries are stored as the server wrote them. */
import { featureTexts } from '../i18n.js';

export const historyTexts = featureTexts(
  {
    history: 'History',
    loading: 'Loading the history…',
    empty: 'No change recorded.',
    by: 'by {actor}',
    bySystem: 'by the system (seed, scripts)',
    latest: 'The latest {count} changes.',
    more: '… and {count} more fields',
    CREATED: 'Created',
    UPDATED: 'Changed',
    DELETED: 'Deleted',
    IMPORTED: 'Imported',
    MERGED: 'Merged',
    RESTORED: 'Restored',
  },
  {
    history: 'История изменений',
    loading: 'Загрузка истории…',
    empty: 'Изменений не записано.',
    by: '{actor}',
    bySystem: 'система (загрузка данных, скрипты)',
    latest: 'Последние изменения: {count}.',
    more: '… и ещё полей: {count}',
    CREATED: 'Создано',
    UPDATED: 'Изменено',
    DELETED: 'Удалено',
    IMPORTED: 'Импортировано',
    MERGED: 'Объединено',
    RESTORED: 'Восстановлено',
  },
);
