import { BadInputError } from '../../errors.js';

/** Why a file was refused as a whole (the reasons an IATI upload gets BAD_USER_INPUT). */
export type IatiRefusalReason =
  | 'NOT_BASE64'
  | 'TOO_LARGE'
  | 'NOT_GZIP'
  | 'NOT_XML'
  | 'NOT_IATI'
  | 'UNSUPPORTED_VERSION'
  | 'TOO_SLOW'
  | 'TOO_MUCH_MEMORY'
  | 'BUSY'
  | 'UNREADABLE';

/** The refusal in both languages; crosses from the worker as plain data (errors lose their class when posted). */
export interface IatiRefusal {
  reason: IatiRefusalReason;
  en: string;
  ru: string;
}

/**
 * BAD_USER_INPUT for a file that cannot be read as IATI activities. The message is English (as the project's other
 * errors); `extensions.reason` is a stable code and `extensions.messages` carries the Russian and English wording,
 * so a client shows the user's language.
 */
export class IatiReadError extends BadInputError {
  constructor(readonly refusal: IatiRefusal) {
    super('file', refusal.en);
    this.extensions.reason = refusal.reason;
    this.extensions.messages = { ru: refusal.ru, en: refusal.en };
  }
}

/** Thrown inside the reading code; the worker turns it into an `IatiRefusal`. */
export class IatiRefusalError extends Error {
  constructor(readonly refusal: IatiRefusal) {
    super(refusal.en);
  }
}

export const refuse = (reason: IatiRefusalReason, en: string, ru: string): IatiRefusalError => new IatiRefusalError({ reason, en, ru });
