import { AppError } from '../errors.js';
import { fillTemplate, ImportLanguage, languageKey, type MessageParams, type Words } from '../imports/import-messages.js';

/**
 * Why a press-release confirmation is refused, as a stable code with parameters and its text in Russian and English,
 * worded in the request's language the way the attendance import words its messages (server/imports/import-messages.ts:
 * same languages, same choice of language, same error shape). The import's catalogue is its own, so these few are here.
 */
const catalogue = {
  TEXT_BLANK: { en: 'the release has no text', ru: 'в пресс-релизе нет текста' },
  EVENT_FIELD_REQUIRED: { en: 'required when existingEventId is absent', ru: 'обязательно, если не указан existingEventId' },
  END_BEFORE_START: { en: 'the last day {endDate} is before the first, {date}', ru: 'последний день {endDate} раньше первого, {date}' },
  DATE_OUTSIDE_PHASE: { en: '{date} is outside {phase} ({start} to {end})', ru: '{date} — вне периода {phase} (с {start} по {end})' },
  NO_NODE: { en: 'nothing in the graph has the id "{id}"', ru: 'в графе нет узла с id «{id}»' },
  WRONG_TYPE: { en: '"{id}" is {type}, not {expected}', ru: '«{id}» — {type}, а не {expected}' },
  ID_REQUIRED: { en: 'MATCH needs the id of the node meant', ru: 'для MATCH укажите id узла' },
  NAME_REQUIRED: { en: 'CREATE needs the name to store (in the nominative)', ru: 'для CREATE укажите имя для записи (в именительном падеже)' },
  NAME_INCOMPLETE: { en: '"{value}" is not enough: give the surname and a given name or initial', ru: '«{value}» — этого мало: укажите фамилию и имя или инициал' },
  NAME_TOO_LONG: { en: 'a name is at most {max} characters: give the name to store', ru: 'название не длиннее {max} знаков: укажите название для записи' },
  NAME_REFUSED: { en: '"{value}" cannot be stored as a name', ru: '«{value}» нельзя сохранить как название' },
  KIND_LOCAL_GOVERNMENT: {
    en: 'every {kind} of Kyrgyzstan is in the graph already: MATCH it instead of creating one',
    ru: 'все органы вида {kind} в Кыргызстане уже есть в графе: выберите его (MATCH), а не создавайте',
  },
  OFFSETS_PAIR: { en: 'give both start and end, or neither', ru: 'укажите и start, и end или ни того ни другого' },
  OFFSETS_OUTSIDE: { en: 'start {start} and end {end} must lie within the text (0 to {length}), start before end', ru: 'start {start} и end {end} должны быть внутри текста (от 0 до {length}), start раньше end' },
  OFFSETS_TEXT: { en: 'the text at {start}–{end} is "{found}", not "{text}"', ru: 'в тексте на {start}–{end} стоит «{found}», а не «{text}»' },
  ORGANISATION_TEXT_UNKNOWN: { en: 'no organisation decision has the text "{text}"', ru: 'ни у одного решения об организации нет текста «{text}»' },
  ORGANISATIONS_DISAGREE: {
    en: 'organisationText "{text}" means {fromText}, organisationId {id}: give one of them',
    ru: 'organisationText «{text}» означает {fromText}, а organisationId — {id}: укажите одно из двух',
  },
} as const satisfies Record<string, { en: string; ru: string }>;

export type ConfirmMessageCode = keyof typeof catalogue;

/** Node types in words, for WRONG_TYPE. */
const typeWords: Words = {
  Organisation: { en: 'an organisation', ru: 'организация' },
  Person: { en: 'a person', ru: 'человек' },
  Event: { en: 'an event', ru: 'событие' },
  Phase: { en: 'a programme phase', ru: 'фаза программы' },
  Territory: { en: 'a territory', ru: 'территория' },
  Programme: { en: 'a programme', ru: 'программа' },
};

export function wordConfirmMessage(code: ConfirmMessageCode, params: MessageParams, language: ImportLanguage): string {
  const lang = languageKey(language);
  return fillTemplate(catalogue[code][lang], params, lang, { type: typeWords, expected: typeWords }, '…');
}

/** A refusal of the whole confirmation: BAD_USER_INPUT naming the field ("people[2].id"), worded in the request's language. */
export class ConfirmRefusal extends AppError {
  constructor(field: string, code: ConfirmMessageCode, params: MessageParams, language: ImportLanguage, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', `${field}: ${wordConfirmMessage(code, params, language)}`, { field, messageCode: code, params, ...details });
  }
}

export { ImportLanguage };
