/**
 * What the press batch tells its user, as a stable code with parameters and its text in Russian and English (the
 * house rule for user-facing text). The CLI picks the language with `--lang` or the locale (LANG), English otherwise.
 */
import { fillTemplate } from '../../imports/import-messages.js';
export type BatchLanguage = 'ru' | 'en';
export type BatchParams = Record<string, string | number>;

const catalogue = {
  // The whole folder or archive is refused: nothing is drafted or written.
  NOT_FOUND: { en: '"{path}" does not exist', ru: '«{path}» не существует' },
  NOT_A_FOLDER_OR_ZIP: { en: '"{path}" is neither a folder nor a .zip archive', ru: '«{path}» — не папка и не архив .zip' },
  NOT_A_ZIP: { en: '"{path}" is not a readable zip archive ({reason})', ru: '«{path}» — не читаемый zip-архив ({reason})' },
  ARCHIVE_TOO_LARGE: { en: 'the archive is {size}; at most {max} is read', ru: 'архив занимает {size}; читается не более {max}' },
  TOO_MANY_FILES: { en: 'it holds {count} files; at most {max} are read at once', ru: 'в нем {count} файлов; за раз читается не более {max}' },
  FILE_TOO_LARGE: { en: '"{name}" is {size}; a release is at most {max}', ru: '«{name}» занимает {size}; пресс-релиз — не более {max}' },
  TOTAL_TOO_LARGE: { en: 'its files unpack to more than {max}, the most a batch may take', ru: 'файлы распаковываются более чем в {max} — больше, чем допустимо для пакета' },
  COMPRESSION_RATIO: { en: '"{name}" unpacks to {ratio} times its packed size (at most {max} times): a zip bomb?', ru: '«{name}» распаковывается в {ratio} раз больше сжатого (допустимо не более {max}): zip-бомба?' },
  UNSAFE_PATH: { en: '"{name}" points outside the archive (an absolute path or ../); the archive is refused', ru: '«{name}» указывает за пределы архива (абсолютный путь или ../); архив отклонен' },
  NO_RELEASES: { en: 'no .txt, .html, .docx or .pdf file was found', ru: 'не найдено ни одного файла .txt, .html, .docx или .pdf' },
  OUT_EXISTS_AS_FOLDER: { en: '--out "{path}" is a folder; give a file name', ru: '--out «{path}» — папка; укажите имя файла' },
  // One file of the batch: it is listed under `problems` in the review file, the others are drafted.
  UNREADABLE: { en: 'could not be read: {reason}', ru: 'не удалось прочитать: {reason}' },
  EMPTY: { en: 'has no text', ru: 'не содержит текста' },
  TOO_LONG: { en: 'holds more than {max} characters of text; a release is shorter', ru: 'содержит более {max} знаков текста; пресс-релиз короче' },
  // Files passed over (listed under `skipped`).
  UNSUPPORTED_TYPE: { en: 'not a .txt, .html, .docx or .pdf file', ru: 'не файл .txt, .html, .docx или .pdf' },
  LINK: { en: 'a symbolic link: not followed', ru: 'символическая ссылка: не читается' },
  HIDDEN: { en: 'a hidden or system file', ru: 'скрытый или служебный файл' },
  DUPLICATE_NAME: { en: 'a second file of the same name in the archive: the first is read', ru: 'второй файл с тем же именем в архиве: читается первый' },
} as const satisfies Record<string, Record<BatchLanguage, string>>;

export type BatchMessageCode = keyof typeof catalogue;

export interface BatchMessage {
  code: BatchMessageCode;
  params: BatchParams;
}

export function wordMessage(message: BatchMessage, language: BatchLanguage): string {
  return fillTemplate(catalogue[message.code][language], message.params, language, {}, '…');
}

/** Refuses a whole folder or archive; `code` says why (tests and scripts read it), the text is worded when shown. */
export class BatchRefusal extends Error {
  constructor(readonly code: BatchMessageCode, readonly params: BatchParams = {}) {
    super(wordMessage({ code, params }, 'en'));
  }

  worded(language: BatchLanguage): string {
    return wordMessage({ code: this.code, params: this.params }, language);
  }
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
