/**
 * `npm run eval:import`: measures the attendance import on the realistic sheets of test/fixtures/attendance/.
 * Starts a throwaway embedded Neo4j with the schema and the real seed (as test/support/global-setup.ts does),
 * then for every sheet with a `<name>.expected.json`:
 *   1. previews it through the real GraphQL API as an editor and compares row by row with the expected outcome
 *      (row status, the person and the organisation each row refers to, the title lines when the preview offers them);
 *   2. makes the choices a person would make in the wizard (worksheet, ambiguous rows, skipping invalid rows) and
 *      confirms; a sheet "goes through" when the confirmation writes it without any edit to the file;
 *   3. removes what the import wrote, so that every sheet meets the seeded graph alone.
 * It reads the preview defensively: fields the API does not have yet (a row's № label, SKIP, organisation-level
 * rows, a guessed kind, the title suggestion) are asked for only when the schema has them, and counted as misses
 * otherwise. Prints per sheet and overall; exits 0 whatever the accuracy (it is a measurement), 1 if it crashes.
 *
 *   npm run eval:import                 # every sheet
 *   npm run eval:import -- kochkor      # sheets whose file name contains "kochkor"
 *   npm run eval:import -- --verbose    # also every row that is not as expected
 *   npm run eval:import -- --draft x.csv   # prints a draft expected outcome of a sheet from today's preview:
 *                                          # a starting point to check row by hand, never an expectation as is
 *   TEST_NEO4J_URI=bolt://… npm run eval:import   # a running, disposable database instead
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import { isInputObjectType, isInterfaceType, isObjectType, isWrappingType, type GraphQLType } from 'graphql';
import { Role } from '../server/auth/roles.js';
import { freeLoopbackPort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/db/embedded-neo4j.js';
import { GraphDatabase } from '../server/db/graph-database.js';
import { applySchema } from '../server/db/migrate.js';
import { createApolloServer } from '../server/graphql/apollo.js';
import { createContext, type GraphQLContext } from '../server/graphql/context.js';
import { graphQLSchema } from '../server/graphql/schema.js';
import { seedDatabase } from '../server/seed/seed.js';

const fixtures = fileURLToPath(new URL('../test/fixtures/attendance/', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const draftOf = args.includes('--draft') ? args[args.indexOf('--draft') + 1] ?? null : null;
const filters = args.filter((arg) => !arg.startsWith('--') && arg !== draftOf);

// ---------------------------------------------------------------------------------------------------------------
// Expected outcomes (the format is described in test/fixtures/attendance/README.md)

type OrganisationExpectation = string | { new: string } | { choose: string; among?: string[] } | null;
type PersonExpectation = 'new' | string | { sameAs: number } | null;

interface ExpectedRow {
  row: number;
  label?: string | null;
  status: string;
  name?: string | null;
  person: PersonExpectation;
  organisation: OrganisationExpectation;
  invalidColumn?: string;
}

interface Expected {
  file: string;
  headerRows?: number[];
  title?: { title: string | null; date: string | null; place: string | null; placeTerritoryId: string | null };
  event: { date: string; kind: string; nameRu?: string; nameEn?: string };
  wizard: { sheet: string | null; headerRow: number | null; mapping: unknown; choices: { row: number; target: string; id?: string; createNew?: boolean }[]; skip: number[] };
  rows: ExpectedRow[];
}

/** issyk-kul-budget-seminar-2024.expected.json predates this format: its rows hold compact [status, id, candidates]. */
function fromLegacy(raw: any, file: string): Expected {
  const rows: ExpectedRow[] = raw.rows.map((row: any) => {
    const [personStatus, personId] = row.person ?? [];
    const [orgStatus, orgId, candidates] = row.organisation ?? [];
    const person: PersonExpectation = row.duplicateOf ? { sameAs: row.duplicateOf } : personStatus === 'CREATE' ? 'new' : (personId ?? null);
    const organisation: OrganisationExpectation =
      orgStatus === 'AMBIGUOUS' ? { choose: raw.wizard?.choices?.find((c: any) => c.row === row.row)?.id ?? candidates[0], among: candidates }
      : orgStatus === 'CREATE' ? { new: 'NGO' }
      : (orgId ?? null);
    return { row: row.row, status: row.status, name: row.name, person, organisation };
  });
  return { file, headerRows: raw.headerRows, title: raw.title, event: raw.event, wizard: raw.wizard, rows };
}

function loadExpected(): Expected[] {
  return readdirSync(fixtures)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .flatMap((name) => {
      const base = name.replace(/\.expected\.json$/, '');
      const file = ['.csv', '.xlsx'].map((ext) => base + ext).find((candidate) => existsSync(join(fixtures, candidate)));
      if (!file || (filters.length > 0 && !filters.some((filter) => file.includes(filter)))) return [];
      const raw = JSON.parse(readFileSync(join(fixtures, name), 'utf8'));
      if (!raw.event || !raw.wizard) {
        console.warn(`skipped ${name}: it has no "event" and "wizard" (see the fixtures README)`);
        return [];
      }
      return [Array.isArray(raw.rows[0]?.person) ? fromLegacy(raw, file) : { ...raw, file }];
    });
}

// ---------------------------------------------------------------------------------------------------------------
// The API, asked only for the fields it has

type Api = { run: (query: string, variables: Record<string, unknown>) => Promise<{ data: any; errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined }> };

async function apiFor(db: GraphDatabase): Promise<Api> {
  const apollo: ApolloServer<GraphQLContext> = await createApolloServer();
  const principal = { id: 'eval-import', role: Role.EDITOR, authenticated: true };
  return {
    async run(query, variables) {
      const response = await apollo.executeOperation<any>({ query, variables }, { contextValue: createContext(db, { principal }) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { data: response.body.singleResult.data, errors: response.body.singleResult.errors as any };
    },
  };
}

interface SchemaFields {
  types: Map<string, Map<string, { kind: string; name: string | null; ofType: string | null }>>;
  inputs: Map<string, Map<string, { type: string }>>;
}

/**
 * The fields of the schema the server runs, read from the built schema itself: the API's deny-by-default field
 * policy refuses introspection (__Schema has no access rule), and the eval must not loosen it.
 */
async function schemaFields(): Promise<SchemaFields> {
  const schema = await graphQLSchema();
  const named = (type: GraphQLType): string => (isWrappingType(type) ? named(type.ofType) : type.name);
  const types = new Map<string, Map<string, any>>();
  const inputs = new Map<string, Map<string, any>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) || isInterfaceType(type)) {
      types.set(type.name, new Map(Object.values(type.getFields()).map((f) => [f.name, { kind: f.type.constructor.name, name: named(f.type), ofType: named(f.type) }])));
    }
    if (isInputObjectType(type)) inputs.set(type.name, new Map(Object.values(type.getFields()).map((f) => [f.name, { type: named(f.type) }])));
  }
  return { types, inputs };
}

/** A selection of the fields a type has among those wanted; object fields get their own selection. */
function select(schema: SchemaFields, typeName: string, wanted: (string | [string, (type: string) => string])[]): string {
  const fields = schema.types.get(typeName);
  if (!fields) return '';
  return wanted
    .flatMap((want) => {
      const [name, sub] = typeof want === 'string' ? [want, null] : want;
      const field = fields.get(name);
      if (!field) return [];
      return [sub ? `${name} { ${sub(field.name!)} }` : name];
    })
    .join(' ');
}

function previewQuery(schema: SchemaFields): string {
  const resolution = (type: string) => select(schema, type, ['status', 'id', 'name', 'score', 'reason', 'chosen', 'kind', 'organisationKind', ['candidates', (t) => select(schema, t, ['id', 'name', 'score'])]]);
  const problem = (type: string) => select(schema, type, ['row', 'label', 'column', 'field', 'code', 'message']);
  const rows = (type: string) =>
    select(schema, type, [
      'row', 'label', 'rowLabel', 'number', 'status', 'name', 'organisationOnly', 'organisationLevel', 'skipped', 'duplicateOf',
      ['person', resolution], ['organisation', resolution], ['errors', problem], 'warnings',
    ]);
  const suggestion = (type: string) => select(schema, type, ['title', 'date', 'place', 'kind', ['placeTerritory', (t) => select(schema, t, ['id'])], 'lines']);
  const preview = select(schema, 'AttendanceImportPreview', [
    'format', 'encoding', 'delimiter', 'sheet', 'headerRows', 'canConfirm',
    ['problems', problem], ['rows', rows], ['titleSuggestion', suggestion], ['newEventProblems', problem],
  ]);
  return `query ($input: AttendanceImportInput!) { previewAttendanceImport(input: $input) { ${preview} } }`;
}

const confirmQuery = `mutation ($input: AttendanceImportInput!) { confirmAttendanceImport(input: $input) {
  event { id } createdPersonIds createdOrganisationIds createdPositionIds createdParticipationIds } }`;

/** How the API lets a person skip an invalid row, if it does yet. */
function skipper(schema: SchemaFields): ((input: Record<string, any>, rows: number[]) => void) | null {
  const input = schema.inputs.get('AttendanceImportInput');
  const choice = schema.inputs.get('ImportChoiceInput');
  for (const name of ['skipRows', 'skip', 'skippedRows']) {
    if (input?.has(name)) return (target, rows) => { target[name] = rows; };
  }
  if (choice?.has('skip')) {
    return (target, rows) => { target.choices = [...(target.choices ?? []), ...rows.map((row) => ({ row, target: 'PERSON', skip: true }))]; };
  }
  if (choice?.has('action')) return (target, rows) => { target.choices = [...(target.choices ?? []), ...rows.map((row) => ({ row, action: 'SKIP' }))]; };
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison

interface Tally {
  rows: number;
  status: number;
  person: number;
  organisation: number;
  kinds: number;
  kindsRight: number;
  titleFields: number;
  titleRight: number;
  extraRows: number;
  through: boolean;
  extraChoices: number;
  note: string;
}

const isOrganisationLevel = (row: any) =>
  row.status === 'ORGANISATION_ONLY' || row.status === 'ORGANISATION' || row.organisationOnly === true || row.organisationLevel === true
  || (row.person === null && row.organisation && ['MATCH', 'CREATE'].includes(row.status));

function statusRight(expected: ExpectedRow, actual: any): boolean {
  if (!actual) return false;
  if (expected.status === 'ORGANISATION_ONLY') return isOrganisationLevel(actual);
  return actual.status === expected.status;
}

function personRight(expected: ExpectedRow, actual: any, byRow: Map<number, any>): boolean {
  const person = actual?.person ?? null;
  const want = expected.person;
  if (want === null) return person === null;
  if (!person) return false;
  if (want === 'new') return person.status === 'CREATE';
  if (typeof want === 'string') return person.status === 'MATCH' && person.id === want;
  const first = byRow.get(want.sameAs)?.person;
  return Boolean(first?.id) && person.id === first.id && actual.duplicateOf === want.sameAs;
}

function organisationRight(expected: ExpectedRow, actual: any): boolean {
  const organisation = actual?.organisation ?? null;
  const want = expected.organisation;
  if (want === null) return organisation === null;
  if (!organisation) return false;
  if (typeof want === 'string') return organisation.status === 'MATCH' && organisation.id === want;
  if ('new' in want) return organisation.status === 'CREATE';
  return organisation.status === 'AMBIGUOUS' && organisation.candidates.some((candidate: any) => candidate.id === want.choose);
}

/** The kind a preview guesses for a new organisation, if it says. */
const guessedKind = (organisation: any): string | null => organisation?.kind ?? organisation?.organisationKind ?? null;

function titleTally(expected: Expected, suggestion: any): { fields: number; right: number; misses: string[] } {
  const want = expected.title;
  if (!want) return { fields: 0, right: 0, misses: [] };
  const pairs: [string, string | null, string | null][] = [
    ['title', want.title, suggestion?.title ?? null],
    ['date', want.date, suggestion?.date ?? null],
    ['place', want.place, suggestion?.place ?? null],
    ['placeTerritory', want.placeTerritoryId, suggestion?.placeTerritory?.id ?? null],
  ];
  const misses = pairs.filter(([, w, a]) => w !== a).map(([field, w, a]) => `${field}: expected ${JSON.stringify(w)}, got ${JSON.stringify(a)}`);
  return { fields: pairs.length, right: pairs.length - misses.length, misses };
}

// ---------------------------------------------------------------------------------------------------------------

async function evaluate(api: Api, db: GraphDatabase, schema: SchemaFields, expected: Expected): Promise<Tally> {
  const base = expected.file.replace(/\.(csv|xlsx)$/, '');
  const eventId = `eval-${base}`.slice(0, 90);
  const input: Record<string, any> = {
    newEvent: { id: eventId, ...expected.event },
    file: readFileSync(join(fixtures, expected.file)).toString('base64'),
    fileName: expected.file,
    ...(expected.wizard.sheet ? { sheet: expected.wizard.sheet } : {}),
    ...(expected.wizard.headerRow ? { headerRow: expected.wizard.headerRow } : {}),
    ...(expected.wizard.mapping ? { mapping: expected.wizard.mapping } : {}),
  };
  const tally: Tally = { rows: expected.rows.length, status: 0, person: 0, organisation: 0, kinds: 0, kindsRight: 0, titleFields: 0, titleRight: 0, extraRows: 0, through: false, extraChoices: 0, note: '' };
  const misses: string[] = [];

  const first = await api.run(previewQuery(schema), { input });
  const preview = first.data?.previewAttendanceImport;
  if (!preview) {
    tally.note = `preview refused: ${first.errors?.map((e) => e.message).join('; ')}`;
    return tally;
  }
  const byRow = new Map<number, any>(preview.rows.map((row: any) => [row.row, row]));
  const expectedRows = new Set(expected.rows.map((row) => row.row));
  tally.extraRows = preview.rows.filter((row: any) => !expectedRows.has(row.row)).length;
  for (const row of preview.rows) if (!expectedRows.has(row.row)) misses.push(`row ${row.row}: not a participant row, but the preview lists it (${row.status} ${row.name ?? ''})`);
  for (const want of expected.rows) {
    const actual = byRow.get(want.row);
    const checks: [string, boolean][] = [['status', statusRight(want, actual)]];
    if (want.status !== 'INVALID') checks.push(['person', personRight(want, actual, byRow)], ['organisation', organisationRight(want, actual)]);
    else checks.push(['person', true], ['organisation', true]);
    for (const [what, right] of checks) if (right) tally[what as 'status' | 'person' | 'organisation'] += 1;
    if (want.organisation && typeof want.organisation === 'object' && 'new' in want.organisation && actual?.organisation?.status === 'CREATE') {
      tally.kinds += 1;
      if (guessedKind(actual.organisation) === want.organisation.new) tally.kindsRight += 1;
    }
    const wrong = checks.filter(([, right]) => !right).map(([what]) => what);
    if (wrong.length > 0) {
      const got = actual ? `${actual.status} person=${actual.person ? `${actual.person.status}:${actual.person.id}` : 'none'} org=${actual.organisation ? `${actual.organisation.status}:${actual.organisation.id ?? actual.organisation.candidates?.map((c: any) => c.id).join('|')}` : 'none'}${actual.errors?.length ? ` errors=${actual.errors.map((e: any) => e.message).join('; ')}` : ''}` : 'missing';
      misses.push(`row ${want.row}${want.label ? ` (№ ${want.label})` : ''}: ${wrong.join(', ')} wrong; expected ${want.status} person=${JSON.stringify(want.person)} org=${JSON.stringify(want.organisation)}; got ${got}`);
    }
  }
  const title = titleTally(expected, preview.titleSuggestion);
  tally.titleFields = title.fields;
  tally.titleRight = title.right;
  misses.push(...title.misses.map((miss) => `title ${miss}`));

  // The wizard: the expected choices and skips, then whatever else the preview still asks a person to decide.
  const choices = [...expected.wizard.choices];
  const wantByRow = new Map(expected.rows.map((row) => [row.row, row]));
  for (const row of preview.rows) {
    for (const target of ['person', 'organisation'] as const) {
      if (row[target]?.status !== 'AMBIGUOUS' || choices.some((c) => c.row === row.row && c.target === target.toUpperCase())) continue;
      const want = wantByRow.get(row.row)?.[target];
      const choice = typeof want === 'string' && want !== 'new' ? { id: want } : { createNew: true };
      choices.push({ row: row.row, target: target.toUpperCase(), ...choice });
      tally.extraChoices += 1;
    }
  }
  const skips = [...new Set([...expected.wizard.skip, ...preview.rows.filter((row: any) => row.status === 'INVALID').map((row: any) => row.row)])];
  tally.extraChoices += skips.filter((row) => !expected.wizard.skip.includes(row)).length;
  const confirmInput: Record<string, any> = { ...input, choices };
  const skip = skipper(schema);
  if (skips.length > 0 && skip) skip(confirmInput, skips);

  const confirmed = await api.run(confirmQuery, { input: confirmInput });
  const result = confirmed.data?.confirmAttendanceImport;
  if (result) {
    tally.through = true;
    await removeWritten(db, result);
  } else {
    tally.note = `not through: ${(confirmed.errors ?? []).map((e) => e.message).join('; ').slice(0, 300)}${skips.length > 0 && !skip ? ' (the API has no way to skip invalid rows yet)' : ''}`;
  }
  if (tally.extraChoices > 0) tally.note = `${tally.note ? `${tally.note}; ` : ''}${tally.extraChoices} choice(s) beyond the expected ones`;
  if (verbose && misses.length > 0) console.log(`\n${expected.file}\n${misses.map((miss) => `  ${miss}`).join('\n')}`);
  return tally;
}

/** Removes what one import wrote (as test/imports/import-support.ts's Cleanup does), so sheets do not meet each other's people. */
async function removeWritten(db: GraphDatabase, result: { event: { id: string }; createdPersonIds: string[]; createdOrganisationIds: string[]; createdPositionIds: string[] }): Promise<void> {
  const ids = [...result.createdPersonIds, ...result.createdOrganisationIds, result.event.id];
  await db.write((tx) => tx.run('evaluation/remove-import', { ids, positionIds: result.createdPositionIds }));
}

const percent = (part: number, whole: number) => (whole === 0 ? '   –  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);

function report(results: [Expected, Tally][]): void {
  const width = Math.max(...results.map(([expected]) => expected.file.length), 5);
  const line = (name: string, t: Omit<Tally, 'note' | 'through'>, through: string) =>
    `${name.padEnd(width)}  ${String(t.rows).padStart(4)}  ${`${t.status}`.padStart(4)} ${percent(t.status, t.rows)}  ${`${t.person}`.padStart(4)} ${percent(t.person, t.rows)}  ${`${t.organisation}`.padStart(4)} ${percent(t.organisation, t.rows)}  ${`${t.extraRows}`.padStart(5)}  ${`${t.titleRight}/${t.titleFields}`.padStart(5)}  ${`${t.kindsRight}/${t.kinds}`.padStart(5)}  ${through}`;
  console.log(`\n${'sheet'.padEnd(width)}  rows  status right   person right    org right      extra  title  kinds  through`);
  for (const [expected, tally] of results) console.log(line(expected.file, tally, tally.through ? 'yes' : 'no'));
  const total = results.reduce(
    (sum, [, t]) => ({
      rows: sum.rows + t.rows, status: sum.status + t.status, person: sum.person + t.person, organisation: sum.organisation + t.organisation,
      kinds: sum.kinds + t.kinds, kindsRight: sum.kindsRight + t.kindsRight, titleFields: sum.titleFields + t.titleFields, titleRight: sum.titleRight + t.titleRight,
      extraRows: sum.extraRows + t.extraRows, extraChoices: sum.extraChoices + t.extraChoices,
    }),
    { rows: 0, status: 0, person: 0, organisation: 0, kinds: 0, kindsRight: 0, titleFields: 0, titleRight: 0, extraRows: 0, extraChoices: 0 },
  );
  const through = results.filter(([, t]) => t.through).length;
  console.log(line('total', total, `${through}/${results.length}`));
  console.log(`\nrows whose status is right:       ${total.status}/${total.rows} (${percent(total.status, total.rows).trim()})`);
  console.log(`person matches right:             ${total.person}/${total.rows} (${percent(total.person, total.rows).trim()})`);
  console.log(`organisation matches right:       ${total.organisation}/${total.rows} (${percent(total.organisation, total.rows).trim()})`);
  console.log(`rows listed that are no participant rows: ${total.extraRows}`);
  console.log(`new organisations of the right kind: ${total.kindsRight}/${total.kinds}`);
  console.log(`title lines offered right (fields): ${total.titleRight}/${total.titleFields}`);
  console.log(`sheets through with no edit to the file: ${through}/${results.length} (choices beyond the expected ones: ${total.extraChoices})`);
  const notes = results.filter(([, t]) => t.note);
  if (notes.length > 0) console.log(`\n${notes.map(([expected, t]) => `${expected.file}: ${t.note}`).join('\n')}`);
  if (!verbose) console.log('\n(run with --verbose to list every row that is not as expected)');
}

/** Today's preview of a sheet in the expected format, with the event date of its title lines: to be checked by hand. */
async function printDraft(api: Api, schema: SchemaFields, file: string): Promise<void> {
  const base = { file: readFileSync(join(fixtures, file)).toString('base64'), fileName: file };
  const probe = await api.run(previewQuery(schema), { input: { ...base, newEvent: { id: 'eval-draft', date: '2024-01-01', kind: 'SEMINAR', nameEn: 'draft' } } });
  const preview = probe.data?.previewAttendanceImport;
  if (!preview) throw new Error(`preview refused: ${probe.errors?.map((e) => e.message).join('; ')}`);
  const title = preview.titleSuggestion;
  const ids = new Map<string, number>();
  const rows = preview.rows.map((row: any) => {
    const person = row.person;
    const organisation = row.organisation;
    const personId = person?.id ?? null;
    const first = personId ? ids.get(personId) : undefined;
    if (personId && first === undefined) ids.set(personId, row.row);
    return {
      row: row.row,
      status: row.status,
      name: row.name,
      person: !person ? null : first !== undefined ? { sameAs: first } : person.status === 'CREATE' ? 'new' : person.id,
      organisation: !organisation ? null : organisation.status === 'CREATE' ? { new: 'OTHER' } : organisation.status === 'AMBIGUOUS' ? { choose: organisation.candidates[0]?.id, among: organisation.candidates.map((c: any) => c.id) } : organisation.id,
    };
  });
  const draft = {
    note: 'DRAFT from today\'s preview: check every row by hand before using it as an expectation',
    headerRows: preview.headerRows,
    title: { title: title?.title ?? null, date: title?.date ?? null, place: title?.place ?? null, placeTerritoryId: title?.placeTerritory?.id ?? null },
    event: { date: title?.date ?? '2024-01-01', kind: title?.kind ?? 'SEMINAR', nameRu: title?.title ?? file },
    wizard: { sheet: null, headerRow: null, mapping: null, choices: [], skip: [] },
    rows,
  };
  console.log(JSON.stringify(draft, null, 1));
}

async function main(): Promise<void> {
  const expected = draftOf ? [] : loadExpected();
  if (!draftOf && expected.length === 0) throw new Error(`no expected outcomes found in ${fixtures}`);
  let server: EmbeddedNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.TEST_NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'aimak-eval-neo4j-'));
    console.log('Starting a throwaway embedded Neo4j and loading the seed…');
    server = await startEmbeddedNeo4j({ port: await freeLoopbackPort(), dataDir, heap: '1g', pageCache: '256m' });
    uri = server.uri;
  }
  const db = GraphDatabase.connect(
    { uri, user: process.env.TEST_NEO4J_USER ?? 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '', database: undefined },
    { transactionTimeoutMs: 60_000 },
  );
  try {
    if (server) {
      await applySchema(db);
      await seedDatabase(db);
    }
    const api = await apiFor(db);
    const schema = await schemaFields();
    if (draftOf) return await printDraft(api, schema, draftOf);
    const results: [Expected, Tally][] = [];
    for (const sheet of expected) results.push([sheet, await evaluate(api, db, schema, sheet)]);
    report(results);
  } finally {
    await db.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
