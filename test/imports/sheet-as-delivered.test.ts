import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIRM, Cleanup, PREVIEW, createTestEvent, graphCounts, graphql, graphqlData, query } from './import-support.js';

/**
 * A partner's attendance sheet as delivered (issue 12): one bad cell makes only its own row invalid, reported with
 * the sheet's № and the column; rows can be skipped; legal forms are kept and never taken for «АО»; organisations
 * take part on their own; names are stored as written; every message has a code and a Russian or English text;
 * imports raise the version of the people they change. Through the real GraphQL API and the real Neo4j.
 */
const EVENT = 'test-import-as-delivered-2024-09-12';
const csv = [
  '№,ФИО,Должность,Организация,Айыл окмоту,Район,Пол,Телефон',
  '1,ТОКТОГУЛОВА Айгерим,Специалист,,Тамга АО,Жети-Огузский р-н,ж,0555 101202',
  '2,Сыдыкбеков Марат,Директор,ОО «Ак-Ниет Плюс»,,,м,',
  '3,Бообекова Динара,Бухгалтер,(Сузакский р-н),,,ж,',
  '4,Ленинский АО (представитель),,,,Сузакский р-н,,',
  '5,Делегация ОсОО «MATCH Consulting» (3 чел.),,,,,,',
  '6,,,,Тамга АО,Жети-Огузский р-н,,',
  '7,John MATCH,Expert,ГП «Тазалык»,,,м,',
  '8,Эркинбаева Жылдыз,Депутат,Тамга айылдык кеңеш,,,ж,',
  '9,Версионова Анара,Специалист,,,,ж,0700 112233',
].join('\n');
const sheet = { eventId: EVENT, file: Buffer.from(csv).toString('base64'), fileName: 'partner-sheet.csv' };
/** Line 4 (№ 3): the organisation cell is only a rayon in brackets. */
const BAD_LINE = 4;
const VERSIONED = 'test-import-as-delivered-versionova';
const TAMGA = 'ao-41702210862000';
const LENINSKIY_SUZAK = 'ao-41703220846000';

const cleanup = new Cleanup();
beforeAll(async () => {
  cleanup.node(await createTestEvent(EVENT, '2024-09-12'));
  cleanup.node(VERSIONED);
  await query(`CREATE (:Entity:Person {id: $id, nameRu: 'Версионова Анара', aliases: [], searchText: 'versionova anara'})`, { id: VERSIONED });
});
afterAll(async () => {
  const created = await query(`MATCH (o:Organisation) WHERE o.source = 'attendance sheet "partner-sheet.csv"' RETURN collect(o.id) AS ids`);
  for (const id of (created[0]?.ids as string[]) ?? []) cleanup.node(id);
  const people = await query(`MATCH (p:Person) WHERE p.source = 'attendance sheet "partner-sheet.csv"' RETURN collect(p.id) AS ids`);
  for (const id of (people[0]?.ids as string[]) ?? []) cleanup.node(id);
  await cleanup.run();
});

const ROW = `row rowLabel status name organisationTakesPart peopleCount warnings
  warningDetails { code params message column }
  errors { row rowLabel column columnIndex field code params message }
  person { status id name reason reasonParts { code params message } }
  organisation { status id name kind reason reasonParts { code params message } }`;
const PREVIEW_ROWS = `query ($input: AttendanceImportInput!) { previewAttendanceImport(input: $input) { canConfirm problems { code message } summary { rows invalid skippedByChoice } rows { ${ROW} } } }`;
const CONFIRM_ROWS = `mutation ($input: AttendanceImportInput!) { confirmAttendanceImport(input: $input) {
  skippedRows summary { rows skippedByChoice newParticipations newOrganisations } createdOrganisationIds createdPersonIds rows { row status } } }`;

async function dryRun(input: Record<string, unknown>, acceptLanguage?: string) {
  const result = await graphql(PREVIEW_ROWS, { input }, { acceptLanguage });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const preview = result.data.previewAttendanceImport;
  return { ...preview, byLine: new Map<number, any>(preview.rows.map((row: any) => [row.row, row])) };
}

describe('a sheet as delivered: one bad cell, one bad row (points 1 and 8)', () => {
  it('reports the bad cell on its own row with the sheet’s № and the column’s header; the other rows are planned', async () => {
    const preview = await dryRun(sheet);
    expect(preview.summary).toEqual({ rows: 9, invalid: 1, skippedByChoice: 0 });
    expect(preview.byLine.get(BAD_LINE)).toMatchObject({
      rowLabel: '3',
      status: 'INVALID',
      errors: [
        {
          row: BAD_LINE, rowLabel: '3', column: 'Организация', columnIndex: 3, field: 'ORGANISATION', code: 'ORGANISATION_EMPTY', params: { value: '(Сузакский р-н)' },
          message: '«(Сузакский р-н)» не называет организацию: без знаков препинания и района от неё ничего не остаётся',
        },
      ],
    });
    expect(preview.rows.filter((row: any) => row.status === 'INVALID').map((row: any) => row.row)).toEqual([BAD_LINE]);
    expect(preview.canConfirm).toBe(false);
  });

  it('refuses to confirm naming the row as the officer sees it, not a field of something else, and writes nothing', async () => {
    const before = await graphCounts();
    const result = await graphql(CONFIRM, { input: sheet });
    const error = result.errors![0]!;
    expect(error.message).toBe(
      'file: 1 строка с ошибкой, ничего не записано: строка № 3 (строка 4 файла), Организация: «(Сузакский р-н)» не называет организацию: без знаков препинания и района от неё ничего не остаётся',
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', messageCode: 'ROW_INVALID', problems: [{ row: BAD_LINE, rowLabel: '3', column: 'Организация', code: 'ORGANISATION_EMPTY' }] });
    expect(error.message).not.toContain('nameRu');
    expect(await graphCounts()).toEqual(before);
  });
});

describe('messages with codes, in Russian by default and in English on request (point 5)', () => {
  it('words every reason, warning and error in the request’s language, with the same codes and parameters', async () => {
    const russian = await dryRun(sheet);
    const english = await dryRun({ ...sheet, language: 'EN' });
    const fromHeader = await dryRun(sheet, 'en-GB,en;q=0.9,ru;q=0.5');
    const codes = (preview: any) => JSON.stringify(preview.rows.map((row: any) => [row.errors.map((e: any) => [e.code, e.params]), row.warningDetails.map((w: any) => [w.code, w.params]), row.person?.reasonParts.map((p: any) => p.code), row.organisation?.reasonParts.map((p: any) => p.code)]));
    expect(codes(english)).toBe(codes(russian));
    expect(codes(fromHeader)).toBe(codes(russian));

    const line = (preview: any, n: number) => preview.byLine.get(n);
    expect(line(russian, 3).organisation).toMatchObject({ status: 'CREATE', kind: 'NGO', reason: 'нет в графе; вид определён по «ОО»: НКО', reasonParts: [{ code: 'NOT_IN_GRAPH_KIND', params: { form: 'ОО', kind: 'NGO' } }] });
    expect(line(english, 3).organisation.reason).toBe('not in the graph; kind guessed from "ОО": NGO');
    expect(line(fromHeader, 3).organisation.reason).toBe('not in the graph; kind guessed from "ОО": NGO');
    expect(line(russian, 6)).toMatchObject({ organisationTakesPart: true, peopleCount: 3, name: null, person: null });
    expect(line(russian, 6).warnings).toEqual(['без человека: «ОсОО «MATCH Consulting»» записано как участие организации, человек: 3']);
    expect(line(english, 6).warnings).toEqual(['no person: "ОсОО «MATCH Consulting»" is recorded as the organisation taking part, with 3 people']);
    expect(line(russian, 5).organisation).toMatchObject({ id: LENINSKIY_SUZAK, reason: '«Ленинский АО» — это Ленинский айыл окмоту (Сузакский район), Сузакский район — как сказано в списке' });
    expect(line(english, BAD_LINE).errors[0].message).toBe('"(Сузакский р-н)" does not name an organisation: nothing is left of it once punctuation and the rayon are taken off');
  });

  it('words the mapping problems and refusals of choices too', async () => {
    const mapping = [{ column: 2, field: 'POSITION' }];
    expect((await dryRun({ ...sheet, mapping })).problems).toEqual([
      { code: 'NO_NAME_COLUMN', message: 'ни в одном столбце нет имён: назначьте один столбец как «ФИО полностью» или два — как «Фамилия» и «Имя»' },
    ]);
    const refused = await graphql(PREVIEW, { input: { ...sheet, choices: [{ row: 99, target: 'PERSON', skip: true }] } });
    expect([refused.errors![0]!.message, refused.errors![0]!.extensions?.messageCode]).toEqual(['choices: строка 99 — не строка списка с данными', 'CHOICE_ROW_UNKNOWN']);
  });
});

describe('confirming the rest: skip, legal forms, organisations taking part, names as written, versions (points 1–4, 7)', () => {
  let result: any;
  beforeAll(async () => {
    const choices = [
      { row: BAD_LINE, target: 'PERSON', skip: true },
      { row: 3, target: 'ORGANISATION', kind: 'IMPLEMENTER' },
    ];
    const preview = await dryRun({ ...sheet, choices });
    expect(preview.canConfirm).toBe(true);
    expect(preview.byLine.get(BAD_LINE).status).toBe('SKIPPED');
    result = (await graphqlData(CONFIRM_ROWS, { input: { ...sheet, choices } })).confirmAttendanceImport;
  });

  it('writes every other row in one transaction and lists the skipped row in the result and the history entry', async () => {
    expect(result.skippedRows).toEqual([BAD_LINE]);
    expect(result.summary).toMatchObject({ rows: 9, skippedByChoice: 1 });
    expect(result.rows.find((row: any) => row.row === BAD_LINE).status).toBe('SKIPPED');
    // Audit values are sealed in Neo4j: read the history entry the way an editor does.
    const { changes } = await graphqlData(`query ($id: ID!) { changes(entityId: $id) { action summary after } }`, { id: EVENT });
    const change = (changes as { action: string; summary: string; after: Record<string, unknown> }[]).find((entry) => entry.action === 'IMPORTED');
    const after = change!.after as { skippedRows: unknown; summaryEn: string };
    expect(after.skippedRows).toEqual([BAD_LINE]);
    expect(change!.summary).toMatch(/^Импорт partner-sheet\.csv в «test-import-as-delivered-2024-09-12»: участий — 8, .*; пропущены строки: 4$/);
    expect(after.summaryEn).toMatch(/^Imported partner-sheet\.csv into «test-import-as-delivered-2024-09-12»: 8 participations, .*; rows skipped: 4$/);
    const [{ bookkeeper }] = (await query(`MATCH (p:Person) WHERE p.nameRu STARTS WITH 'Бообекова' RETURN count(p) AS bookkeeper`)) as any;
    expect(bookkeeper).toBe(0);
  });

  it('keeps legal forms, never takes «ОО» or a kenesh for an ayil okmotu, and guesses a kind the editor can change', async () => {
    const rows = await query(
      `MATCH (o:Organisation) WHERE o.id IN $ids RETURN o.nameRu AS nameRu, o.nameEn AS nameEn, o.kind AS kind ORDER BY coalesce(o.nameRu, o.nameEn)`,
      { ids: result.createdOrganisationIds },
    );
    expect(rows).toEqual([
      { nameRu: 'ГП «Тазалык»', nameEn: null, kind: 'PUBLIC_INSTITUTION' },
      { nameRu: 'ОО «Ак-Ниет Плюс»', nameEn: null, kind: 'IMPLEMENTER' }, // the editor's choice
      { nameRu: 'ОсОО «MATCH Consulting»', nameEn: null, kind: 'BUSINESS' },
      { nameRu: 'Тамга айылдык кеңеш', nameEn: null, kind: 'LOCAL_COUNCIL' },
    ]);
  });

  it('records organisations taking part on their own, with the number of people, and never a person named after one', async () => {
    const taking = await query(
      `MATCH (o:Organisation)-[r:PARTICIPATED_IN]->(:Event {id: $id}) RETURN o.id AS id, r.peopleCount AS peopleCount, r.role AS role ORDER BY o.id`,
      { id: EVENT },
    );
    const matchConsulting = result.createdOrganisationIds.find((id: string) => id.includes('match-consulting'));
    expect(taking).toEqual(
      [
        { id: LENINSKIY_SUZAK, peopleCount: null, role: 'PARTICIPANT' },
        { id: TAMGA, peopleCount: null, role: 'PARTICIPANT' },
        { id: matchConsulting, peopleCount: 3, role: 'PARTICIPANT' },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    const [{ fake }] = (await query(`MATCH (p:Person) WHERE p.nameRu =~ '(?i).*(ленинский|делегация|представител).*' OR p.nameEn =~ '(?i).*consulting.*' RETURN count(p) AS fake`)) as any;
    expect(fake).toBe(0);
    const event = await graphqlData(`{ event(id: "${EVENT}") { participants { participant { __typename ... on Organisation { id } } } } }`);
    expect(event.event.participants.filter((p: any) => p.participant.__typename === 'Organisation').map((p: any) => p.participant.id).sort()).toEqual(taking.map((t) => t.id));
  });

  it('stores names as the sheet writes them', async () => {
    const people = await query(`MATCH (p:Person) WHERE p.id IN $ids RETURN coalesce(p.nameRu, p.nameEn) AS name ORDER BY name`, { ids: result.createdPersonIds });
    expect(people.map((p) => p.name)).toEqual(['John MATCH', 'Сыдыкбеков Марат', 'ТОКТОГУЛОВА Айгерим', 'Эркинбаева Жылдыз']);
  });

  it('raises the version of a person the import changed, so an editor’s expectedVersion sees it (point 7)', async () => {
    const person = await graphqlData(`{ person(id: "${VERSIONED}") { version phone } }`);
    expect(person.person).toEqual({ version: 1, phone: '+996700112233' });
    const stale = await graphql(`mutation { updatePerson(id: "${VERSIONED}", input: { expectedVersion: 0, nameEn: "Anara Versionova" }) { id } }`);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
