import { ParticipationRole } from '../participations/participation.type.js';
import { Gender } from '../people/person.type.js';
import { normaliseHeader } from './columns.js';
import { ImportField, type ImportColumn, type ImportProblem } from './import.type.js';
import { cleanText } from './name-keys.js';
import { isCompleteName, parsePersonName, type PersonName } from './person-names.js';
import type { SheetRow } from './sheet-file.js';

/** One data row read through the mapping: cleaned values, and the problems that make it invalid. */
export interface RowValues {
  row: number;
  name: PersonName | null;
  position: string | null;
  organisation: string | null;
  municipality: string | null;
  rayon: string | null;
  oblast: string | null;
  gender: Gender | null;
  phone: string | null;
  role: ParticipationRole;
  roleGiven: boolean;
  errors: ImportProblem[];
  warnings: string[];
}

const maxText = 300;

const genders: [RegExp, Gender][] = [
  [/^(ж|жен|женский|женщина|f|female|w|woman|аял|кыз|к)$/iu, Gender.FEMALE],
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
  if (filled.length === 1 && /^(итого|всего|бардыгы|total)\b/iu.test(filled[0]!.replace(/[:.]/g, ' '))) return true;
  const repeats = imported.filter(
    (column) => column.header && normaliseHeader(row.cells[column.index] ?? '') === normaliseHeader(column.header.split(' / ').pop()!),
  );
  return repeats.length >= 2;
}

export function readRowValues(row: SheetRow, columns: ImportColumn[]): RowValues {
  const errors: ImportProblem[] = [];
  const warnings: string[] = [];
  const fail = (column: ImportColumn, message: string) =>
    errors.push({ row: row.number, column: column.header || column.letter, columnIndex: column.index, field: column.field, message });
  const text = (field: ImportField): string | null => {
    const value = valueOf(row, columns, field);
    if (value && value.text.length > maxText) {
      fail(value.column, `longer than ${maxText} characters`);
      return null;
    }
    return value?.text ?? null;
  };

  const values: RowValues = {
    row: row.number,
    name: readName(row, columns, fail),
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
    if (!values.gender) warnings.push(`${gender.column.header}: "${gender.text}" is not ж/м or F/M; gender left unknown`);
  }
  const phone = valueOf(row, columns, ImportField.PHONE);
  if (phone) {
    const numbers = phone.text.split(/[,;/]|\s{2,}/).map((part) => part.trim()).filter(Boolean);
    values.phone = normalisePhone(numbers[0] ?? '');
    if (!values.phone) fail(phone.column, `"${phone.text}" is not a phone number (write e.g. 0555 123 456 or +996 555 123 456)`);
    else if (numbers.length > 1) warnings.push(`${phone.column.header}: ${numbers.length} numbers given; kept the first`);
  }
  const role = valueOf(row, columns, ImportField.ROLE);
  if (role) {
    const found = roles.find(([pattern]) => pattern.test(role.text));
    values.role = found?.[1] ?? ParticipationRole.PARTICIPANT;
    values.roleGiven = Boolean(found);
    if (!found) warnings.push(`${role.column.header}: "${role.text}" is not a known role; recorded as PARTICIPANT`);
  }
  return values;
}

function readName(row: SheetRow, columns: ImportColumn[], fail: (column: ImportColumn, message: string) => void): PersonName | null {
  const full = valueOf(row, columns, ImportField.FULL_NAME);
  const surname = valueOf(row, columns, ImportField.SURNAME);
  const parts = [surname, valueOf(row, columns, ImportField.GIVEN_NAME), valueOf(row, columns, ImportField.PATRONYMIC)];
  const column = full?.column ?? surname?.column ?? columns.find((c) => c.field === ImportField.FULL_NAME || c.field === ImportField.SURNAME);
  if (!column) return null;
  const written = full?.text ?? parts.map((part) => part?.text ?? '').join(' ').trim();
  if (!written) {
    fail(column, 'the name is missing');
    return null;
  }
  if (/\d/.test(written)) {
    fail(column, `"${written}" is not a name: it has digits`);
    return null;
  }
  if (written.length > 200) {
    fail(column, 'the name is longer than 200 characters');
    return null;
  }
  const name = parsePersonName(written);
  if (!isCompleteName(name)) {
    fail(column, `"${written}" is not enough: give the surname and a given name or initial`);
    return null;
  }
  return name;
}
