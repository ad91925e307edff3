import { ParticipationRole } from '../participations/participation.type.js';
import { Gender } from '../people/person.type.js';
import { normaliseHeader } from './columns.js';
import { ImportField, type ImportColumn } from './import.type.js';
import { message, type Message, type Problem, type Warning } from './import-messages.js';
import { legalFormOf } from './legal-forms.js';
import { cleanText } from './name-keys.js';
import { isCompleteName, parsePersonName, type PersonName } from './person-names.js';
import type { SheetRow } from './sheet-file.js';

/** One data row read through the mapping: cleaned values, and the problems that make it invalid. */
export interface RowValues {
  row: number;
  /** The sheet's own number of the row (its № column), when it has one. */
  rowLabel: string | null;
  name: PersonName | null;
  /**
   * The row is an organisation taking part, not a person: no name beside an organisation, or a name cell that
   * is the organisation or its representatives («Ленинский АО (представитель)», «делегация …», «… (2 чел.)»).
   */
  organisationTakesPart: boolean;
  /** For an organisation taking part: how many people came, when the sheet says. */
  peopleCount: number | null;
  position: string | null;
  organisation: string | null;
  municipality: string | null;
  rayon: string | null;
  oblast: string | null;
  gender: Gender | null;
  phone: string | null;
  role: ParticipationRole;
  roleGiven: boolean;
  errors: Problem[];
  warnings: Warning[];
}

const maxText = 300;

const genders: [RegExp, Gender][] = [
  // «э/а» (эркек / аял) in Kyrgyz sheets: «а» is a woman.
  [/^(ж|жен|женский|женщина|f|female|w|woman|аял|а|кыз|к)$/iu, Gender.FEMALE],
  [/^(м|муж|мужской|мужчина|m|male|man|эр|эркек|э)$/iu, Gender.MALE],
];

const roles: [RegExp, ParticipationRole][] = [
  [/^(спикер|докладчик|выступающий|speaker|баяндамачы)$/iu, ParticipationRole.SPEAKER],
  [/^(презентатор|presenter|презентация)$/iu, ParticipationRole.PRESENTER],
  [/^(организатор|модератор|фасилитатор|тренер|organiser|organizer|moderator|facilitator|trainer|уюштуруучу)$/iu, ParticipationRole.ORGANISER],
  [/^(хост|host|принимающая сторона)$/iu, ParticipationRole.HOST],
  [/^(участник|участница|слушатель|катышуучу|participant|attendee)$/iu, ParticipationRole.PARTICIPANT],
];

/** Kyrgyz numbers as +996 and nine digits: "0555 12-34-56", "996 555 123456", "555123456" (Excel drops the 0). */
export function normalisePhone(text: string): string | null {
  const digits = text.replace(/\D/g, '');
  if (digits.length === 12 && digits.startsWith('996')) return `+${digits}`;
  if (digits.length === 10 && digits.startsWith('0')) return `+996${digits.slice(1)}`;
  if (digits.length === 9) return `+996${digits}`;
  return null;
}

/** A column's cleaned value, or null when it is not mapped or empty. */
function valueOf(row: SheetRow, columns: ImportColumn[], field: ImportField): { text: string; column: ImportColumn } | null {
  const column = columns.find((candidate) => candidate.field === field);
  const text = column ? cleanText(row.cells[column.index] ?? '') : '';
  return column && text ? { text, column } : null;
}

/**
 * A row is skipped when no imported column has a value (blank lines, pre-numbered empty lines of a printed
 * form), when it only says "Итого"/"Total", or when it repeats the header (sheets printed over several pages).
 */
export function isSkippedRow(row: SheetRow, columns: ImportColumn[]): boolean {
  const imported = columns.filter((column) => column.field !== ImportField.IGNORE);
  const filled = imported.map((column) => cleanText(row.cells[column.index] ?? '')).filter(Boolean);
  if (filled.length === 0) return true;
  // A closing line of the form: "Итого: 52 участника", "Total: 16 participants".
  // Not \b: in JavaScript it knows only Latin letters, so «Итого: 8 участников» was read as a participant.
  if (filled.length === 1 && /^(итого|всего|бардыгы|жыйынтыгы|total)(?!\p{L})/iu.test(filled[0]!)) return true;
  const repeats = imported.filter(
    (column) => column.header && normaliseHeader(row.cells[column.index] ?? '') === normaliseHeader(column.header.split(' / ').pop()!),
  );
  return repeats.length >= 2;
}

/** Headers of a column numbering the rows: «№», «№ п/п», «No», «#». */
const numberHeaders = new Set(['№', '№ п п', 'п п', 'no', 'n', 'nn', '#', 'no п п', 'номер', 'number']);

/** The column holding the sheet's own row numbers, if any (an ignored column headed «№» or the like). */
export function rowLabelColumn(columns: ImportColumn[]): ImportColumn | null {
  return columns.find((column) => column.field === ImportField.IGNORE && numberHeaders.has(normaliseHeader(column.header.split(' / ').pop() ?? ''))) ?? null;
}

export function readRowValues(row: SheetRow, columns: ImportColumn[], labelColumn: ImportColumn | null = rowLabelColumn(columns)): RowValues {
  const rowLabel = labelColumn ? cleanText(row.cells[labelColumn.index] ?? '').replace(/\.$/, '') || null : null;
  const errors: Problem[] = [];
  const warnings: Warning[] = [];
  const fail = (column: ImportColumn, problem: Message) =>
    errors.push({ ...problem, row: row.number, rowLabel, column: column.header || column.letter, columnIndex: column.index, field: column.field });
  const warn = (column: ImportColumn, warning: Message) => warnings.push({ ...warning, column: column.header || column.letter });
  const text = (field: ImportField): string | null => {
    const value = valueOf(row, columns, field);
    if (value && value.text.length > maxText) {
      fail(value.column, message('TEXT_TOO_LONG', { max: maxText }));
      return null;
    }
    return value?.text ?? null;
  };

  const values: RowValues = {
    row: row.number,
    rowLabel,
    name: null,
    organisationTakesPart: false,
    peopleCount: null,
    position: text(ImportField.POSITION),
    organisation: text(ImportField.ORGANISATION),
    municipality: text(ImportField.MUNICIPALITY),
    rayon: text(ImportField.RAYON),
    oblast: text(ImportField.OBLAST),
    gender: null,
    phone: null,
    role: ParticipationRole.PARTICIPANT,
    roleGiven: false,
    errors,
    warnings,
  };
  const gender = valueOf(row, columns, ImportField.GENDER);
  if (gender) {
    values.gender = genders.find(([pattern]) => pattern.test(gender.text.replace(/\.$/, '')))?.[1] ?? null;
    if (!values.gender) warn(gender.column, message('GENDER_UNKNOWN', { value: gender.text }));
  }
  const phone = valueOf(row, columns, ImportField.PHONE);
  if (phone) {
    const numbers = phone.text.split(/[,;/]|\s{2,}/).map((part) => part.trim()).filter(Boolean);
    values.phone = normalisePhone(numbers[0] ?? '');
    if (!values.phone) fail(phone.column, message('PHONE_INVALID', { value: phone.text }));
    else if (numbers.length > 1) warn(phone.column, message('PHONES_SEVERAL', { count: numbers.length }));
  }
  const role = valueOf(row, columns, ImportField.ROLE);
  if (role) {
    const found = roles.find(([pattern]) => pattern.test(role.text));
    values.role = found?.[1] ?? ParticipationRole.PARTICIPANT;
    values.roleGiven = Boolean(found);
    if (!found) warn(role.column, message('ROLE_UNKNOWN', { value: role.text }));
  }
  readParticipant(row, columns, values, fail);
  return values;
}

/** «представитель …», «… (представитель)», «делегация …», «өкүлү», «… (2 чел.)»: the organisation, not a person. */
const representativeWords = /(?:^|[^\p{L}])(представител\p{L}*|делегаци\p{L}*|өкүл\p{L}*|окул\p{L}*|representative\p{L}*|delegation)(?=$|[^\p{L}])/giu;
const peopleCountPattern = /(\d{1,4})\s*(?:чел\p{L}*|киши|адам|pers\p{L}*|people|participants?|pax)\.?/iu;

/** «Ленинский АО», «мэрия Каракола»; not a surname such as «Мэрипова» (looksLikeMunicipality reads "мэри" as a town). */
function namesMunicipality(text: string): boolean {
  // Abbreviations in capitals only: "А." of «Мамбетова А.» is an initial, not «АА».
  return (
    /(?:^|[^\p{L}])(?:АО|AA|AO|[Аа]\/[Оо])(?=$|[^\p{L}])/u.test(text) ||
    /(?:^|[^\p{L}])(?:айыл\s+окмот\p{L}*|айыл\s+өкмөт\p{L}*|айылн\p{L}+\s+аймак\p{L}*|ayi?y?l\s+okmotu|aiyl\s+okmotu|мэри(?:я|и|ю|ей|ясы)|mayor'?s office|city hall)(?=$|[^\p{L}])/iu.test(text)
  );
}

/** What a name cell says when it is really an organisation: the organisation's text (maybe empty) and how many came. */
function organisationInNameCell(written: string): { text: string; peopleCount: number | null } | null {
  const count = peopleCountPattern.exec(written);
  const representative = new RegExp(representativeWords.source, 'iu').test(written);
  if (!count && !representative && !legalFormOf(written) && !namesMunicipality(written)) return null;
  const text = cleanText(
    written
      .replace(new RegExp(peopleCountPattern.source, 'giu'), ' ')
      .replace(representativeWords, ' ')
      .replace(/\(\s*\)/g, ' ')
      .replace(/\s+(?:из|от|of|from)(?=\s|$)/giu, ' ')
      .replace(/^\s*(?:из|от|of|from)\s+/iu, ''),
  ).replace(/[(\s]+$|^[)\s]+/g, '');
  return { text, peopleCount: count ? Number(count[1]) : null };
}

/**
 * The person of a row, or the organisation taking part without one: an empty name cell beside an organisation
 * (on a row that says nothing of a person: no post, gender or phone), or a name cell naming the organisation.
 */
function readParticipant(row: SheetRow, columns: ImportColumn[], values: RowValues, fail: (column: ImportColumn, problem: Message) => void): void {
  const full = valueOf(row, columns, ImportField.FULL_NAME);
  const surname = valueOf(row, columns, ImportField.SURNAME);
  const parts = [surname, valueOf(row, columns, ImportField.GIVEN_NAME), valueOf(row, columns, ImportField.PATRONYMIC)];
  const column = full?.column ?? surname?.column ?? columns.find((c) => c.field === ImportField.FULL_NAME || c.field === ImportField.SURNAME);
  if (!column) return;
  const written = full?.text ?? parts.map((part) => part?.text ?? '').join(' ').trim();
  const organisationGiven = Boolean(values.organisation ?? values.municipality);
  if (!written && organisationGiven && !values.position && !values.gender && !values.phone) {
    values.organisationTakesPart = true;
    return;
  }
  const asOrganisation = written ? organisationInNameCell(written) : null;
  if (asOrganisation && (asOrganisation.text || organisationGiven)) {
    values.organisationTakesPart = true;
    values.peopleCount = asOrganisation.peopleCount;
    // The name cell names the organisation when no organisation column does («Ленинский АО (представитель)»).
    if (!organisationGiven) values.organisation = asOrganisation.text;
    return;
  }
  values.name = readName(written, column, fail);
}

function readName(written: string, column: ImportColumn, fail: (column: ImportColumn, problem: Message) => void): PersonName | null {
  if (!written) {
    fail(column, message('NAME_MISSING'));
    return null;
  }
  if (/\d/.test(written)) {
    fail(column, message('NAME_HAS_DIGITS', { value: written }));
    return null;
  }
  if (written.length > 200) {
    fail(column, message('NAME_TOO_LONG', { max: 200 }));
    return null;
  }
  const name = parsePersonName(written);
  if (!isCompleteName(name)) {
    fail(column, message('NAME_INCOMPLETE', { value: written }));
    return null;
  }
  return name;
}
