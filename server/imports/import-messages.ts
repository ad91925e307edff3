import { registerEnumType } from 'type-graphql';
import { AppError } from '../errors.js';
import type { ImportField } from './import.type.js';

/**
 * Every reason, warning and error an attendance import returns, as a stable code with parameters, and its text
 * in Russian and English. The plan works with codes only; texts are chosen when the answer is written, in the
 * language of the request (Russian unless English is asked for), so the same dry run reads in either language.
 */
export enum ImportLanguage {
  RU = 'RU',
  EN = 'EN',
}
registerEnumType(ImportLanguage, { name: 'ImportLanguage', description: 'Language of the messages an import returns (default RU, or the Accept-Language header)' });

export type MessageParams = Record<string, string | number | null>;

/** A message before it is worded: what the GraphQL types return as code, params and message. */
export interface Message {
  code: MessageCode;
  params: MessageParams;
}

/** A problem of a row (or of the mapping), with where it is: the sheet's line, its № and the column's header. */
export interface Problem extends Message {
  row: number | null;
  rowLabel: string | null;
  column: string | null;
  columnIndex: number | null;
  field: ImportField | null;
}

/** A warning of a row, with the column it is about (null when it is about the row). */
export interface Warning extends Message {
  column: string | null;
}

const catalogue = {
  // Cells of a row
  TEXT_TOO_LONG: { en: 'longer than {max} characters', ru: 'длиннее {max} знаков' },
  NAME_MISSING: { en: 'the name is missing', ru: 'не указано имя' },
  NAME_HAS_DIGITS: { en: '"{value}" is not a name: it has digits', ru: '«{value}» — не имя: в нём есть цифры' },
  NAME_TOO_LONG: { en: 'the name is longer than {max} characters', ru: 'имя длиннее {max} знаков' },
  NAME_INCOMPLETE: { en: '"{value}" is not enough: give the surname and a given name or initial', ru: '«{value}» — этого мало: укажите фамилию и имя или инициал' },
  PHONE_INVALID: { en: '"{value}" is not a phone number (write e.g. 0555 123 456 or +996 555 123 456)', ru: '«{value}» — не номер телефона (пишите, например, 0555 123 456 или +996 555 123 456)' },
  ORGANISATION_EMPTY: {
    en: '"{value}" does not name an organisation: nothing is left of it once punctuation and the rayon are taken off',
    ru: '«{value}» не называет организацию: без знаков препинания и района от неё ничего не остаётся',
  },
  ORGANISATION_NAME_REFUSED: { en: '"{value}" cannot be stored as an organisation name', ru: '«{value}» нельзя сохранить как название организации' },
  MUNICIPALITY_UNKNOWN: { en: 'no ayil okmotu or town is called "{place}"', ru: 'нет айыл окмоту или города с названием «{place}»' },
  // Warnings
  GENDER_UNKNOWN: { en: '"{value}" is not ж/м or F/M; gender left unknown', ru: '«{value}» — не ж/м и не F/M; пол не указан' },
  PHONES_SEVERAL: { en: '{count} numbers given; kept the first', ru: 'указано номеров: {count}; сохранён первый' },
  ROLE_UNKNOWN: { en: '"{value}" is not a known role; recorded as PARTICIPANT', ru: '«{value}» — неизвестная роль; записан как участник' },
  ORGANISATION_UNSPECIFIED: { en: '"{value}" does not say which organisation; recorded without one', ru: '«{value}» не говорит, какая именно организация; записано без организации' },
  GENDER_CONFLICT: { en: 'the sheet says {sheet} but the graph has {graph}; the graph\'s is kept', ru: 'в списке пол {sheet}, а в графе {graph}; оставлен указанный в графе' },
  ORGANISATION_TAKES_PART: {
    en: 'no person: "{value}" is recorded as the organisation taking part',
    ru: 'без человека: «{value}» записано как участие организации',
  },
  ORGANISATION_TAKES_PART_PEOPLE: {
    en: 'no person: "{value}" is recorded as the organisation taking part, with {count} people',
    ru: 'без человека: «{value}» записано как участие организации, человек: {count}',
  },
  NO_PARTICIPANT: {
    en: 'no person, and "{value}" does not say which organisation took part: give a name, or the organisation',
    ru: 'нет человека, а «{value}» не говорит, какая организация участвовала: укажите имя или организацию',
  },
  CELL_REFUSED: { en: '{message}', ru: '{message}' },
  // Resolutions
  NOT_IN_GRAPH: { en: 'not in the graph', ru: 'нет в графе' },
  NOT_IN_GRAPH_KIND: { en: 'not in the graph; kind guessed from "{form}": {kind}', ru: 'нет в графе; вид определён по «{form}»: {kind}' },
  CHOSEN: { en: 'chosen', ru: 'выбрано' },
  CHOSEN_CREATE_PERSON: { en: 'chosen: create a new person', ru: 'выбрано: создать нового человека' },
  CHOSEN_CREATE_ORGANISATION: { en: 'chosen: create a new organisation', ru: 'выбрано: создать новую организацию' },
  CHOSEN_KIND: { en: 'kind chosen: {kind}', ru: 'вид выбран: {kind}' },
  CHOSEN_SKIP: { en: 'chosen: skip this row', ru: 'выбрано: пропустить строку' },
  ORGANISATIONS_SEVERAL: { en: '{count} organisations could be meant by "{text}"', ru: 'под «{text}» может пониматься несколько организаций: {count}' },
  PEOPLE_SEVERAL: { en: '{count} people could be "{text}"', ru: '«{text}» может быть одним из нескольких человек: {count}' },
  NOT_CLOSE_ENOUGH: { en: '"{text}" is not close enough to {name} to be sure', ru: '«{text}» недостаточно похоже, чтобы быть уверенным: {name}' },
  SAME_PERSON_AS_ROW: { en: 'same person as row {row}', ru: 'тот же человек, что в строке {row}' },
  CREATED_BY_EARLIER_IMPORT: { en: 'created by an earlier import of this name', ru: 'создан прежним импортом этого имени' },
  // Reasons of a person match
  SAME_NAME: { en: 'same name', ru: 'то же имя' },
  SAME_NAME_OTHER_ORDER: { en: 'same name, in another word order', ru: 'то же имя, в другом порядке слов' },
  EXTRA_GIVEN_NAME: { en: 'same surname and given name; one has another given name', ru: 'те же фамилия и имя; у одного есть ещё одно имя' },
  SIMILAR_NAME: { en: 'similar name, spelt differently', ru: 'похожее имя, написанное иначе' },
  SAME_SURNAME_INITIALS: { en: 'same surname and initials', ru: 'те же фамилия и инициалы' },
  SAME_SURNAME_INITIAL: { en: 'same surname and initial', ru: 'та же фамилия и инициал' },
  SIMILAR_SURNAME_INITIAL: { en: 'similar surname, same initial', ru: 'похожая фамилия, тот же инициал' },
  HOLDS_POST_AT: { en: 'holds a post at {organisation}', ru: 'занимает должность: {organisation}' },
  HOLDS_POSTS_ELSEWHERE: { en: 'but holds posts at {elsewhere}, not {organisation}', ru: 'но занимает должности: {elsewhere}, а не {organisation}' },
  NEW_FROM_ROW: { en: '(new, from row {row})', ru: '(новый, из строки {row})' },
  // Reasons of an organisation match
  IS_A_NAME_OF: { en: '"{text}" is a name of {name}', ru: '«{text}» — одно из названий: {name}' },
  NAMES: { en: '"{text}" names {name}', ru: '«{text}» — это {name}' },
  SPELT_CLOSE_TO: { en: '"{text}" is spelt close to {name}', ru: '«{text}» написано похоже на: {name}' },
  HAS_WORDS_OF: { en: '"{text}" has the words of a name of {name}', ru: 'в «{text}» те же слова, что в названии: {name}' },
  SPELT_CLOSE_TO_NAME_OF: { en: '"{text}" is spelt close to a name of {name}', ru: '«{text}» написано похоже на название: {name}' },
  ADMINISTRATION_OF: { en: '"{text}" names the same administration as {name}', ru: '«{text}» называет ту же администрацию: {name}' },
  MAY_MEAN: { en: '"{text}" may mean {name}', ru: '«{text}» может означать: {name}' },
  IN_REGION: { en: 'in {region} as the sheet says', ru: '{region} — как сказано в списке' },
  NOT_IN_REGION: { en: 'but it is in {region}, not "{written}"', ru: 'но это {region}, а не «{written}»' },
  // Choices and the sheet as a whole
  CHOICE_ROW_UNKNOWN: { en: 'row {row} is not a row of the sheet with data', ru: 'строка {row} — не строка списка с данными' },
  CHOICE_EITHER: { en: 'row {row}: give either id or createNew: true', ru: 'строка {row}: укажите либо id, либо createNew: true' },
  CHOICE_NOTHING_TO_CHOOSE: { en: 'row {row} names no organisation to choose', ru: 'в строке {row} нет организации, которую можно выбрать' },
  CHOICE_NO_ORGANISATION: { en: 'row {row}: no organisation with id "{id}"', ru: 'строка {row}: нет организации с id «{id}»' },
  CHOICE_NO_PERSON: { en: 'row {row}: no person with id "{id}"', ru: 'строка {row}: нет человека с id «{id}»' },
  CHOICE_MUNICIPALITY_NOT_CREATED: {
    en: 'row {row}: "{place}" names an ayil okmotu or town; choose one of the candidates (imports do not create municipalities)',
    ru: 'строка {row}: «{place}» — айыл окмоту или город; выберите одного из кандидатов (импорт не создаёт муниципалитеты)',
  },
  CHOICE_KIND_NOT_NEW: { en: 'row {row}: a kind can be chosen only for a new organisation', ru: 'строка {row}: вид можно выбрать только для новой организации' },
  CHOICE_KIND_MUNICIPAL: { en: 'row {row}: imports do not create ayil okmotus or town administrations', ru: 'строка {row}: импорт не создаёт айыл окмоту и мэрии' },
  ROWS_INVALID: { en: '{count} rows are invalid, nothing was written: {listed}', ru: 'строк с ошибками: {count}, ничего не записано: {listed}' },
  ROW_INVALID: { en: '1 row is invalid, nothing was written: {listed}', ru: '1 строка с ошибкой, ничего не записано: {listed}' },
  ROWS_NEED_CHOICE: { en: '{count} rows need a choice, nothing was written: {listed}', ru: 'строк, где нужно выбрать: {count}, ничего не записано: {listed}' },
  ROW_NEEDS_CHOICE: { en: '1 row needs a choice, nothing was written: {listed}', ru: '1 строка, где нужно выбрать, ничего не записано: {listed}' },
  TOO_MANY_ROWS: { en: 'the sheet has {rows} rows with data; at most {max} can be imported at once: split it', ru: 'в списке строк с данными: {rows}; за один раз можно импортировать не больше {max}: разделите его' },
  AND_MORE: { en: 'and {count} more', ru: 'и ещё {count}' },
  ROW_AT: { en: 'row {row}', ru: 'строка {row}' },
  ROW_AT_LABEL: { en: 'row № {label} (line {row})', ru: 'строка № {label} (строка {row} файла)' },
  TARGET_PERSON: { en: 'person', ru: 'человек' },
  TARGET_ORGANISATION: { en: 'organisation', ru: 'организация' },
  // Mapping
  FIELD_MAPPED_TWICE: { en: '{field} is mapped to {count} columns; map it to one', ru: '«{field}» назначено столбцам: {count}; назначьте одному' },
  NO_NAME_COLUMN: {
    en: 'no column holds the names: map one to FULL_NAME, or map SURNAME and GIVEN_NAME',
    ru: 'ни в одном столбце нет имён: назначьте один столбец как «ФИО полностью» или два — как «Фамилия» и «Имя»',
  },
  NAME_COLUMNS_BOTH: { en: 'map either FULL_NAME or SURNAME and GIVEN_NAME, not both', ru: 'назначьте либо «ФИО полностью», либо «Фамилия» и «Имя», но не то и другое' },
  SURNAME_NEEDS_GIVEN: { en: 'SURNAME needs a GIVEN_NAME column too', ru: 'к столбцу «Фамилия» нужен и столбец «Имя»' },
  // History
  IMPORTED: {
    en: 'Imported {file} into {event}: {participations} participations, {people} new people, {organisations} new organisations, {positions} new posts',
    ru: 'Импорт {file} в {event}: участий — {participations}, новых людей — {people}, новых организаций — {organisations}, новых должностей — {positions}',
  },
  IMPORTED_SKIPPED: { en: '; rows skipped: {rows}', ru: '; пропущены строки: {rows}' },
} as const satisfies Record<string, { en: string; ru: string }>;

export type MessageCode = keyof typeof catalogue;

/** Kinds of organisation in words, for messages. */
const kindWords: Record<string, { en: string; ru: string }> = {
  NGO: { en: 'NGO', ru: 'НКО' },
  BUSINESS: { en: 'business', ru: 'коммерческая организация' },
  GOVERNMENT_AGENCY: { en: 'government agency', ru: 'государственный орган' },
  LOCAL_COUNCIL: { en: 'local council', ru: 'местный кенеш' },
  PUBLIC_INSTITUTION: { en: 'public institution (school, health facility, state enterprise)', ru: 'государственное или муниципальное учреждение (школа, здравоохранение, госпредприятие)' },
  INTERNATIONAL_ORGANISATION: { en: 'international organisation', ru: 'международная организация' },
  DONOR_AGENCY: { en: 'donor agency', ru: 'донорское агентство' },
  DONOR: { en: 'donor', ru: 'донор' },
  IMPLEMENTER: { en: 'implementer', ru: 'исполнитель' },
  CONSORTIUM: { en: 'consortium', ru: 'консорциум' },
  OBLAST_ADMINISTRATION: { en: 'oblast administration', ru: 'областная администрация' },
  RAYON_ADMINISTRATION: { en: 'rayon administration', ru: 'районная администрация' },
  AYIL_OKMOTU: { en: 'ayil okmotu', ru: 'айыл окмоту' },
  TOWN_ADMINISTRATION: { en: 'town administration', ru: 'мэрия города' },
  OTHER: { en: 'other', ru: 'другое' },
};

/** Fields of the column mapping as the import view labels them (Russian only: English messages name the field's code). */
const fieldWords: Words = {
  FULL_NAME: { en: 'FULL_NAME', ru: 'ФИО полностью' }, SURNAME: { en: 'SURNAME', ru: 'Фамилия' }, GIVEN_NAME: { en: 'GIVEN_NAME', ru: 'Имя' },
  PATRONYMIC: { en: 'PATRONYMIC', ru: 'Отчество' }, POSITION: { en: 'POSITION', ru: 'Должность' }, ORGANISATION: { en: 'ORGANISATION', ru: 'Организация' },
  MUNICIPALITY: { en: 'MUNICIPALITY', ru: 'Айыл окмоту или город' }, RAYON: { en: 'RAYON', ru: 'Район' }, OBLAST: { en: 'OBLAST', ru: 'Область' },
  GENDER: { en: 'GENDER', ru: 'Пол' }, PHONE: { en: 'PHONE', ru: 'Телефон' }, ROLE: { en: 'ROLE', ru: 'Роль на мероприятии' },
};

export const message = (code: MessageCode, params: MessageParams = {}): Message => ({ code, params });

export function languageKey(language: ImportLanguage): 'ru' | 'en' {
  return language === ImportLanguage.EN ? 'en' : 'ru';
}

export type Words = Record<string, { en: string; ru: string }>;

/**
 * Fills a template's `{name}` placeholders from params: a `kind` (an organisation kind) is worded, and so is any
 * parameter `words` gives a dictionary for; a missing value becomes `missing`. Every catalogue of messages words
 * its templates through this one function.
 */
export function fillTemplate(template: string, params: MessageParams, lang: 'ru' | 'en', words: Record<string, Words> = {}, missing = ''): string {
  const dictionaries: Record<string, Words> = { kind: kindWords, ...words };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (typeof value === 'string' && dictionaries[name]) return dictionaries[name][value]?.[lang] ?? value;
    return value === null || value === undefined ? missing : String(value);
  });
}

/** The text of a message in a language; a `kind` parameter is worded too. */
export function word(item: Message, language: ImportLanguage): string {
  const lang = languageKey(language);
  return fillTemplate(catalogue[item.code]?.[lang] ?? item.code, item.params, lang, { field: fieldWords });
}

/** Reasons are made of parts ("same name", "holds a post at …"): the first joined by "; ", regions by ", ". */
export function wordReason(parts: readonly Message[], language: ImportLanguage): string {
  return parts
    .map((part, index) => {
      const text = word(part, language);
      if (index === 0) return text;
      if (part.code === 'IN_REGION' || part.code === 'NOT_IN_REGION') return `, ${text}`;
      if (part.code === 'NEW_FROM_ROW') return ` ${text}`;
      return `; ${text}`;
    })
    .join('');
}

/** The language of a request: the input's, else the first of Accept-Language that is Russian or English, else Russian. */
export function requestLanguage(given: ImportLanguage | null | undefined, acceptLanguage: string | null | undefined): ImportLanguage {
  if (given) return given;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag.startsWith('en')) return ImportLanguage.EN;
    if (tag.startsWith('ru') || tag.startsWith('ky')) return ImportLanguage.RU;
  }
  return ImportLanguage.RU;
}

/** A refusal of the whole request (BAD_USER_INPUT) worded in the request's language, with its code and params. */
export function inputError(field: string, item: Message, language: ImportLanguage, details: Record<string, unknown> = {}): AppError {
  return new AppError('BAD_USER_INPUT', `${field}: ${word(item, language)}`, { field, messageCode: item.code, params: item.params, ...details });
}
