import { fillTemplate, languageKey, message as importMessage, word as wordImport, type ImportLanguage, type Message, type MessageParams } from '../imports/import-messages.js';

/**
 * The IATI import's own reasons and notes, as codes with Russian and English texts. Organisation matches reuse
 * the attendance import's matcher, whose reasons keep its codes; `wordIati` words both.
 */
const catalogue = {
  MATCHED_BY_REF: { en: 'same IATI organisation identifier {ref}', ru: 'тот же идентификатор организации IATI {ref}' },
  NEW_ORGANISATION: { en: 'not in the graph: will be created from the file', ru: 'нет в графе: будет создана по файлу' },
  ORGANISATION_CHOSEN: { en: 'chosen', ru: 'выбрано' },
  ORGANISATION_SKIPPED: { en: 'skipped by choice', ru: 'пропущено по выбору' },
  ORGANISATION_UNNAMED: { en: 'the organisation has neither an identifier nor a name: left out', ru: 'у организации нет ни идентификатора, ни названия: не учитывается' },
  ADMINISTRATIVE_CODE: { en: 'SOATE code {code} is {name}', ru: 'код СОАТЕ {code} — это {name}' },
  LOCATION_NAME: { en: '"{text}" is a name of {name}', ru: '«{text}» — название: {name}' },
  LOCATION_NAME_CLOSE: { en: '"{text}" is spelt close to {name}', ru: '«{text}» пишется близко к {name}' },
  RECIPIENT_COUNTRY: { en: 'recipient country {code}: {name}', ru: 'страна-получатель {code}: {name}' },
  NO_TERRITORY: { en: '"{text}" names no territory of Kyrgyzstan', ru: '«{text}» не называет ни одной территории Кыргызстана' },
  NO_LOCATION_HERE: { en: 'the activity names no territory of Kyrgyzstan: imported as a programme without locations', ru: 'деятельность не называет ни одной территории Кыргызстана: импортируется как программа без мест' },
  PARENT_MISSING: { en: 'its parent {parent} is neither in the file nor in the graph: imported as a programme', ru: 'родительской деятельности {parent} нет ни в файле, ни в графе: импортируется как программа' },
  NO_TITLE: { en: 'the activity has no title: its identifier is used as its name', ru: 'у деятельности нет названия: именем служит её идентификатор' },
  OLDER_THAN_STORED: { en: 'last updated {file}, older than the stored {stored}: nothing changed', ru: 'обновлено {file}, раньше хранящегося {stored}: ничего не изменено' },
  SAME_AS_STORED: { en: 'the same as stored: nothing changes', ru: 'совпадает с сохранённым: ничего не меняется' },
  NEEDS_CHOICE: { en: '{count} match(es) need a choice: {listed}', ru: 'требуется выбор для совпадений ({count}): {listed}' },
  CHOICE_UNKNOWN: { en: 'no organisation or territory of the file is written "{subject}"', ru: 'в файле нет организации или территории «{subject}»' },
  CHOICE_NOT_FOUND: { en: 'no {target} with id "{id}" in the graph', ru: 'в графе нет объекта ({target}) с id «{id}»' },
  IATI_IMPORTED: { en: 'IATI file "{file}": {created} created, {updated} updated', ru: 'файл IATI «{file}»: создано {created}, обновлено {updated}' },
} as const;

export type IatiMessageCode = keyof typeof catalogue;

export const iatiMessage = (code: IatiMessageCode, params: MessageParams = {}): Message => ({ code, params }) as unknown as Message;

/** The text of an IATI or attendance-import message in the request's language. */
export function wordIati(item: Message, language: ImportLanguage): string {
  const own = (catalogue as Record<string, { en: string; ru: string }>)[item.code];
  if (!own) return wordImport(item, language);
  const lang = languageKey(language);
  return fillTemplate(own[lang], item.params, lang);
}

export const wordIatiReason = (parts: readonly Message[], language: ImportLanguage) => parts.map((part) => wordIati(part, language)).join('; ');

export { importMessage };
