import { BadInputError } from '../errors.js';
import type { ColumnMappingInput } from './import.input.js';
import { ImportField, type ImportColumn } from './import.type.js';
import { message, type Message, type Problem } from './import-messages.js';
import type { SheetRow } from './sheet-file.js';

/**
 * Finds the header of an attendance sheet (one row, or two under merged group cells such as
 * "Участник" over "ФИО | Должность"), guesses what each column holds from Russian, Kyrgyz or English
 * headers in any order, and checks a mapping the user corrected.
 */
const headerWords: [ImportField, string[]][] = [
  [ImportField.FULL_NAME, ['фио', 'ф.и.о.', 'фамилия имя отчество', 'фамилия, имя, отчество', 'фамилия имя', 'имя фамилия', 'фио участника', 'участник', 'аты-жөнү', 'аты жону', 'толук аты-жөнү', 'full name', 'name', 'participant', 'participant name', 'name and surname', 'surname and name', 'surname, name']],
  [ImportField.SURNAME, ['фамилия', 'фамилиясы', 'surname', 'last name', 'family name']],
  [ImportField.GIVEN_NAME, ['имя', 'аты', 'first name', 'given name']],
  [ImportField.PATRONYMIC, ['отчество', 'атасынын аты', 'patronymic', 'middle name']],
  [ImportField.POSITION, ['должность', 'занимаемая должность', 'кызматы', 'кызмат орду', 'position', 'job title', 'title', 'post', 'designation']],
  [ImportField.ORGANISATION, ['организация', 'наименование организации', 'название организации', 'наименование учреждения', 'уюмдун аталышы', 'name of organisation', 'name of organization', 'уюм', 'мекеме', 'место работы', 'иштеген жери', 'учреждение', 'ведомство', 'organisation', 'organization', 'institution', 'affiliation', 'employer']],
  [ImportField.MUNICIPALITY, ['айыл окмоту', 'айыл өкмөтү', 'ао', 'а/о', 'айылный аймак', 'айыл аймагы', 'муниципалитет', 'омсу', 'municipality', 'ayil okmotu', 'aiyl okmotu', 'ayil aimak', 'aiyl aimak', 'ao', 'aa']],
  [ImportField.RAYON, ['район', 'району', 'rayon', 'raion', 'district']],
  [ImportField.OBLAST, ['область', 'облусу', 'oblast', 'region', 'регион']],
  [ImportField.GENDER, ['пол', 'жынысы', 'gender', 'sex', 'м/ж', 'm/f']],
  [ImportField.PHONE, ['телефон', 'номер телефона', 'контакты', 'байланыш телефону', 'тел', 'тел.', 'моб', 'мобильный', 'мобильный телефон', 'контактный телефон', 'телефон номери', 'phone', 'mobile', 'tel', 'telephone', 'phone number', 'contact']],
  [ImportField.ROLE, ['роль', 'ролу', 'role', 'статус участника']],
  [ImportField.IGNORE, ['№', 'no', 'n', '#', 'п/п', '№ п/п', 'nn', 'подпись', 'колу', 'signature', 'email', 'e-mail', 'эл. почта', 'электронная почта', 'дата', 'date', 'примечание', 'note', 'notes', 'comment']],
];

export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}№#]+/gu, ' ')
    .trim();
}

const synonyms: { phrase: string; field: ImportField }[] = headerWords
  .flatMap(([field, phrases]) => phrases.map((phrase) => ({ phrase: normaliseHeader(phrase), field })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

/** The field a header names: an exact synonym, else the longest synonym it starts with; each "/"-part tried in turn. */
export function guessField(header: string): ImportField | null {
  for (const part of header.split(/[/|\n]/)) {
    const text = normaliseHeader(part);
    if (!text) continue;
    const exact = synonyms.find(({ phrase }) => phrase === text);
    if (exact) return exact.field;
    const prefix = synonyms.find(({ phrase }) => phrase.length >= 3 && text.startsWith(`${phrase} `));
    if (prefix) return prefix.field;
  }
  return null;
}

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export interface Header {
  /** Row numbers of the header rows. */
  rows: number[];
  /** Index in the sheet's rows of the first row after the header. */
  dataStart: number;
  labels: string[];
  guesses: (ImportField | null)[];
}

const nameFields = new Set([ImportField.FULL_NAME, ImportField.SURNAME]);

function headerOf(rows: SheetRow[], at: number, twoRows: boolean): Header & { score: number } {
  const bottom = rows[at]!.cells.map((cell) => cell.trim());
  const top = twoRows ? (rows[at - 1]?.cells ?? []).map((cell) => cell.trim()) : [];
  // In CSV a group cell is written once, followed by empty cells: it covers them.
  let group = '';
  const width = Math.max(bottom.length, top.length);
  const labels: string[] = [];
  const guesses: (ImportField | null)[] = [];
  for (let index = 0; index < width; index += 1) {
    const below = bottom[index] ?? '';
    if (twoRows) group = top[index] || (below ? group : '');
    const above = twoRows ? group : '';
    labels.push(above && below && above !== below ? `${above} / ${below}` : below || above);
    guesses.push((below ? guessField(below) : null) ?? (above ? guessField(above) : null));
  }
  const found = guesses.filter((guess) => guess !== null);
  const hasName = found.some((guess) => nameFields.has(guess!));
  const score = hasName ? found.length : 0;
  return { rows: twoRows ? [rows[at - 1]!.number, rows[at]!.number] : [rows[at]!.number], dataStart: at + 1, labels, guesses, score };
}

function distinctValues(row: SheetRow | undefined): number {
  return new Set(row?.cells.map((cell) => cell.trim()).filter(Boolean)).size;
}

/** The header among the first rows: the one (or the pair under group cells) that names the most known columns, a name column among them. */
export function findHeader(rows: SheetRow[], headerRow?: number | null): Header {
  const candidates: number[] = headerRow
    ? rows.flatMap((row, index) => (row.number === headerRow ? [index] : []))
    : rows.slice(0, 20).map((_, index) => index);
  if (headerRow && candidates.length === 0) throw new BadInputError('headerRow', `the sheet has no row ${headerRow}`);
  let best: (Header & { score: number }) | undefined;
  for (const at of candidates) {
    const single = headerOf(rows, at, false);
    if (!best || single.score > best.score) best = single;
    // The row above is part of the header when it holds group cells over this one and names a column itself
    // ("№", "Пол" merged down); a title line above the header names none.
    const above = rows[at - 1];
    if (single.score >= 2 && above && distinctValues(above) >= 2 && above.cells.some((cell) => cell.trim() && guessField(cell))) {
      const double = headerOf(rows, at, true);
      if (double.score >= best.score) best = double;
    }
  }
  if (!best || (best.score < 1 && !headerRow)) {
    throw new BadInputError('file', 'no header row found in the first 20 rows: name the columns (ФИО, Должность, Организация…) or give headerRow and mapping');
  }
  return best;
}

export interface Mapping {
  columns: ImportColumn[];
  problems: Problem[];
}

const problem = (item: Message): Problem => ({ ...item, row: null, rowLabel: null, column: null, columnIndex: null, field: null });

/** The columns with their fields: guessed (each field on its first column only), or as the user mapped them. */
export function mapColumns(header: Header, dataRows: SheetRow[], mapping?: ColumnMappingInput[] | null): Mapping {
  // A loop, not Math.max(...rows): spreading thousands of rows into arguments overflows the call stack.
  let width = header.labels.length;
  for (const row of dataRows) width = Math.max(width, row.cells.length);
  const given = new Map<number, ImportField>();
  for (const item of mapping ?? []) {
    if (item.column >= width) throw new BadInputError('mapping', `column ${item.column} does not exist; the sheet has ${width} columns (0 to ${width - 1})`);
    if (given.has(item.column)) throw new BadInputError('mapping', `column ${item.column} is mapped twice`);
    given.set(item.column, item.field);
  }
  const taken = new Set<ImportField>();
  const guesses = givenNamesBesideSurname(header);
  const columns: ImportColumn[] = Array.from({ length: width }, (_, index) => {
    let field = mapping ? (given.get(index) ?? ImportField.IGNORE) : (guesses[index] ?? ImportField.IGNORE);
    if (!mapping && field !== ImportField.IGNORE && taken.has(field)) field = ImportField.IGNORE;
    taken.add(field);
    const samples = dataRows.map((row) => row.cells[index]?.trim() ?? '').filter(Boolean).slice(0, 3);
    return { index, letter: columnLetter(index), header: header.labels[index] ?? '', field, guessed: !mapping && header.guesses[index] !== null, samples };
  });
  return { columns, problems: mappingProblems(columns) };
}

/** «Surname | Name», «Фамилия | Аты»: beside a surname column, a column headed just "name" holds given names. */
function givenNamesBesideSurname(header: Header): (ImportField | null)[] {
  if (!header.guesses.includes(ImportField.SURNAME)) return header.guesses;
  return header.guesses.map((guess, index) =>
    guess === ImportField.FULL_NAME && ['name'].includes(normaliseHeader(header.labels[index]?.split(' / ').pop() ?? '')) ? ImportField.GIVEN_NAME : guess,
  );
}

function mappingProblems(columns: ImportColumn[]): Problem[] {
  const problems: Problem[] = [];
  const count = (field: ImportField) => columns.filter((column) => column.field === field).length;
  for (const field of Object.values(ImportField)) {
    if (field !== ImportField.IGNORE && count(field) > 1) problems.push(problem(message('FIELD_MAPPED_TWICE', { field, count: count(field) })));
  }
  const fullName = count(ImportField.FULL_NAME) > 0;
  const surname = count(ImportField.SURNAME) > 0;
  if (!fullName && !surname) problems.push(problem(message('NO_NAME_COLUMN')));
  if (fullName && (surname || count(ImportField.GIVEN_NAME) > 0)) problems.push(problem(message('NAME_COLUMNS_BOTH')));
  if (surname && !fullName && count(ImportField.GIVEN_NAME) === 0) problems.push(problem(message('SURNAME_NEEDS_GIVEN')));
  return problems;
}
