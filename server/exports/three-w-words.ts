import { TableLanguage } from './table-download.type.js';

/** IATI ActivityStatus codelist (names as the codelist gives them), in English and Russian. */
const ACTIVITY_STATUS: Record<string, { en: string; ru: string }> = {
  '1': { en: 'Pipeline/identification', ru: 'Подготовка' },
  '2': { en: 'Implementation', ru: 'Реализация' },
  '3': { en: 'Finalisation', ru: 'Завершение' },
  '4': { en: 'Closed', ru: 'Закрыт' },
  '5': { en: 'Cancelled', ru: 'Отменён' },
  '6': { en: 'Suspended', ru: 'Приостановлен' },
};

/** IATI OrganisationType codelist, in English and Russian. */
const ORGANISATION_TYPE: Record<string, { en: string; ru: string }> = {
  '10': { en: 'Government', ru: 'Государственный орган' },
  '11': { en: 'Local Government', ru: 'Местное самоуправление' },
  '15': { en: 'Other Public Sector', ru: 'Другой государственный сектор' },
  '21': { en: 'International NGO', ru: 'Международная НКО' },
  '22': { en: 'National NGO', ru: 'Национальная НКО' },
  '23': { en: 'Regional NGO', ru: 'Региональная НКО' },
  '24': { en: 'Partner Country based NGO', ru: 'НКО страны-партнёра' },
  '30': { en: 'Public Private Partnership', ru: 'Государственно-частное партнёрство' },
  '40': { en: 'Multilateral', ru: 'Многосторонняя организация' },
  '60': { en: 'Foundation', ru: 'Фонд' },
  '70': { en: 'Private Sector', ru: 'Частный сектор' },
  '71': { en: 'Private Sector in Provider Country', ru: 'Частный сектор страны-донора' },
  '72': { en: 'Private Sector in Aid Recipient Country', ru: 'Частный сектор страны-получателя' },
  '73': { en: 'Private Sector in Third Country', ru: 'Частный сектор третьей страны' },
  '80': { en: 'Academic, Training and Research', ru: 'Академические и исследовательские учреждения' },
  '90': { en: 'Other', ru: 'Другое' },
};

/**
 * The IATI type of organisations recorded without one, where the service's own kind says it unambiguously;
 * kinds such as IMPLEMENTER or NGO (national or international?) are left empty rather than guessed.
 */
const TYPE_OF_KIND: Record<string, string> = {
  DONOR_AGENCY: '10',
  GOVERNMENT_AGENCY: '10',
  OBLAST_ADMINISTRATION: '10',
  RAYON_ADMINISTRATION: '10',
  AYIL_OKMOTU: '11',
  TOWN_ADMINISTRATION: '11',
  LOCAL_COUNCIL: '11',
  PUBLIC_INSTITUTION: '15',
  INTERNATIONAL_ORGANISATION: '40',
  BUSINESS: '70',
};

const word = (entry: { en: string; ru: string } | undefined, language: TableLanguage) => (entry ? (language === TableLanguage.RU ? entry.ru : entry.en) : '');

export function organisationType(organisation: { iatiType?: string | null; kind?: string | null } | null, language: TableLanguage): string {
  if (!organisation) return '';
  const code = organisation.iatiType || (organisation.kind ? TYPE_OF_KIND[organisation.kind] : undefined);
  return code ? word(ORGANISATION_TYPE[code], language) || code : '';
}

/** The IATI status, or for an activity recorded without one, the status its dates give on `today`. */
export function activityStatus(activity: { iatiStatus?: string | null; startDate?: string | null; endDate?: string | null }, today: string, language: TableLanguage): string {
  if (activity.iatiStatus) return word(ACTIVITY_STATUS[activity.iatiStatus], language) || activity.iatiStatus;
  if (activity.endDate && activity.endDate < today) return word(ACTIVITY_STATUS['4'], language);
  if (activity.startDate && activity.startDate > today) return word(ACTIVITY_STATUS['1'], language);
  if (activity.startDate) return word(ACTIVITY_STATUS['2'], language);
  return '';
}
