import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIRM, Cleanup, PREVIEW, confirm, createTestEvent, fixtureBase64, graphCounts, graphql, inEnglish, preview, query } from './import-support.js';

/**
 * What the attendance import refuses, with the exact messages, and that a refused import writes nothing;
 * new events created with the import; limits; and concurrent confirmations of one sheet.
 */
const EVENT = 'test-import-refusals-2024-06-01';
const cleanup = new Cleanup();
beforeAll(async () => cleanup.node(await createTestEvent(EVENT, '2024-06-01')));
afterAll(() => cleanup.run());

const sheet = (name: string) => ({ eventId: EVENT, file: fixtureBase64(name), fileName: name });

async function refusal(input: Record<string, unknown>, operation = CONFIRM) {
  const result = await graphql(operation, { input: inEnglish(input) });
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  return result.errors![0]!;
}

describe('invalid rows', () => {
  it('names each invalid row and column in the dry run', async () => {
    const result = await preview(sheet('invalid-rows.csv'));
    expect(result.summary).toMatchObject({ rows: 8, create: 2, ambiguous: 1, invalid: 5 });
    expect(result.rows.flatMap((row: any) => row.errors)).toEqual([
      { row: 3, column: 'ФИО', columnIndex: 1, field: 'FULL_NAME', message: 'the name is missing' },
      { row: 4, column: 'ФИО', columnIndex: 1, field: 'FULL_NAME', message: '"Тойчуев 2" is not a name: it has digits' },
      { row: 5, column: 'ФИО', columnIndex: 1, field: 'FULL_NAME', message: '"Асанбеков" is not enough: give the surname and a given name or initial' },
      { row: 6, column: 'Телефон', columnIndex: 6, field: 'PHONE', message: '"12-34" is not a phone number (write e.g. 0555 123 456 or +996 555 123 456)' },
      { row: 7, column: 'Айыл окмоту', columnIndex: 3, field: 'MUNICIPALITY', message: 'no ayil okmotu or town is called "Бешкемпир АО"' },
    ]);
    const wrongRayon = result.rows.find((row: any) => row.row === 8);
    expect(wrongRayon.organisation.candidates.map((c: any) => [c.id, c.score, c.reason])).toEqual([
      ['ao-41702205805000', 0.65, '"Ак-Булун" names Ак-Булунский айыл окмоту (Ак-Суйский район), but it is in Ак-Суйский район, not "Ноокенский район"'],
      ['ao-41702225873000', 0.65, '"Ак-Булун" names Ак-Булунский айыл окмоту (Тюпский район), but it is in Тюпский район, not "Ноокенский район"'],
    ]);
    expect(result.rows.find((row: any) => row.row === 9).warnings).toEqual(['Пол: "x" is not ж/м or F/M; gender left unknown']);
  });

  it('refuses to confirm while a row is invalid, and writes nothing', async () => {
    const before = await graphCounts();
    const error = await refusal(sheet('invalid-rows.csv'));
    expect(error.message).toBe(
      'file: 5 rows are invalid, nothing was written: row № 2 (line 3), ФИО: the name is missing; row № 3 (line 4), ФИО: "Тойчуев 2" is not a name: it has digits; ' +
        'row № 4 (line 5), ФИО: "Асанбеков" is not enough: give the surname and a given name or initial; ' +
        'row № 5 (line 6), Телефон: "12-34" is not a phone number (write e.g. 0555 123 456 or +996 555 123 456); ' +
        'row № 6 (line 7), Айыл окмоту: no ayil okmotu or town is called "Бешкемпир АО"',
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect((error.extensions!.problems as unknown[]).length).toBe(5);
    expect(await graphCounts()).toEqual(before);
  });

  it('refuses to confirm while a row needs a choice, and writes nothing', async () => {
    const before = await graphCounts();
    const error = await refusal(sheet('issyk-kul-budget-seminar-2024.csv'));
    expect(error.message).toBe('choices: 2 rows need a choice, nothing was written: row № 51 (line 57) (organisation): 2 organisations could be meant by "Ак-Булун"; row № 52 (line 58) (organisation): 3 organisations could be meant by "Каракол"');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'choices', questions: [{ row: 57, target: 'ORGANISATION' }, { row: 58, target: 'ORGANISATION' }] });
    expect(await graphCounts()).toEqual(before);
  });

  it('refuses choices that do not fit, with exact messages', async () => {
    const input = sheet('issyk-kul-budget-seminar-2024.csv');
    const messages = [];
    for (const choices of [
      [{ row: 3, target: 'PERSON', createNew: true }],
      [{ row: 57, target: 'ORGANISATION', id: 'ao-41702225873000', createNew: true }],
      [{ row: 57, target: 'ORGANISATION', id: 'no-such-organisation' }],
      [{ row: 57, target: 'ORGANISATION', createNew: true }],
      [{ row: 57, target: 'PERSON', id: 'dpi' }],
    ]) {
      messages.push((await refusal({ ...input, choices }, PREVIEW)).message);
    }
    expect(messages).toEqual([
      'choices: row 3 is not a row of the sheet with data',
      'choices: row 57: give either id or createNew: true',
      'choices: row 57: no organisation with id "no-such-organisation"',
      'choices: row 57: "Ак-Булун" names an ayil okmotu or town; choose one of the candidates (imports do not create municipalities)',
      'choices: row 57: no person with id "dpi"',
    ]);
  });
});

describe('the mapping step', () => {
  it('shows the columns and the problem when no column holds names, and refuses to confirm until it is mapped', async () => {
    const input = { ...sheet('issyk-kul-budget-seminar-2024.csv'), mapping: [{ column: 2, field: 'POSITION' }, { column: 4, field: 'MUNICIPALITY' }] };
    const result = await preview(input);
    expect(result).toMatchObject({ canConfirm: false, rows: [], problems: [{ message: 'no column holds the names: map one to FULL_NAME, or map SURNAME and GIVEN_NAME' }] });
    expect(result.columns.map((c: any) => c.field)).toEqual(['IGNORE', 'IGNORE', 'POSITION', 'IGNORE', 'MUNICIPALITY', 'IGNORE', 'IGNORE', 'IGNORE']);
    const error = await refusal(input);
    expect([error.message, error.extensions?.field]).toEqual(['mapping: no column holds the names: map one to FULL_NAME, or map SURNAME and GIVEN_NAME', 'mapping']);
  });

  it('takes a header row and mapping from the user when the sheet has no header it knows', async () => {
    const file = Buffer.from('Тизме\n1;Сооронбаев Азат;Тамга АО\n').toString('base64');
    expect((await refusal({ eventId: EVENT, file, fileName: 'list.csv' }, PREVIEW)).message).toBe(
      'file: no header row found in the first 20 rows: name the columns (ФИО, Должность, Организация…) or give headerRow and mapping',
    );
    const result = await preview({ eventId: EVENT, file, fileName: 'list.csv', headerRow: 1, mapping: [{ column: 1, field: 'FULL_NAME' }, { column: 2, field: 'MUNICIPALITY' }] });
    expect(result.rows.map((row: any) => [row.row, row.status, row.name, row.organisation.id])).toEqual([[2, 'CREATE', 'Сооронбаев Азат', 'ao-41702210862000']]);
  });
});

describe('limits and bad input', () => {
  it('refuses more than 5,000 rows and files over 5 MB, naming the file', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `Участник${String.fromCharCode(1072 + (i % 30))} Тест,Тамга АО`);
    const big = Buffer.from(['ФИО,Айыл окмоту', ...rows].join('\n')).toString('base64');
    const tooMany = await refusal({ eventId: EVENT, file: big, fileName: 'big.csv' }, PREVIEW);
    expect([tooMany.message, tooMany.extensions?.code, tooMany.extensions?.field]).toEqual(['file: the sheet has 5,001 rows with data; at most 5,000 can be imported at once: split it', 'BAD_USER_INPUT', 'file']);
    const huge = await refusal({ eventId: EVENT, file: Buffer.alloc(6 * 1024 * 1024, 65).toString('base64'), fileName: 'huge.csv' }, PREVIEW);
    expect(huge.message).toBe('file: the file is over 5 MB (5,242,880 bytes), the most one import takes: split the sheet');
  });

  it('needs one event: an existing one or a new one', async () => {
    const file = fixtureBase64('invalid-rows.csv');
    expect((await refusal({ file, fileName: 'x.csv' }, PREVIEW)).message).toBe('eventId: give eventId (an existing event) or newEvent (one to create)');
    expect((await refusal({ file, fileName: 'x.csv', eventId: EVENT, newEvent: { kind: 'SEMINAR', date: '2024-06-01', nameEn: 'x' } }, PREVIEW)).message).toBe('eventId: give eventId or newEvent, not both');
    const missing = await refusal({ file, fileName: 'x.csv', eventId: 'no-such-event' }, PREVIEW);
    expect([missing.message, missing.extensions?.code]).toEqual(['No event with id "no-such-event"', 'NOT_FOUND']);
    const notEvent = await refusal({ file, fileName: 'x.csv', newEvent: { id: 'dpi', kind: 'SEMINAR', date: '2024-06-01', nameEn: 'x' } }, PREVIEW);
    expect(notEvent.message).toBe('newEvent.id: "dpi" is the id of another kind of node (Organisation), not of an event');
    const outside = await refusal({ file, fileName: 'x.csv', newEvent: { kind: 'TRAINING', date: '2024-06-01', nameEn: 'x', phaseId: 'psi-phase-3' } }, PREVIEW);
    expect(outside.message).toBe('newEvent.date: 2024-06-01 is outside Phase 3 (2024-08-01 to 2028-07-31)');
    const unnamed = await refusal({ file, fileName: 'x.csv', newEvent: { kind: 'TRAINING', date: '2024-06-01' } }, PREVIEW);
    expect(unnamed.message).toBe('newEvent.nameRu: give a Russian or an English name (nameRu or nameEn)');
  });
});

describe('a new event with the import', () => {
  const training = {
    file: fixtureBase64('jalal-abad-training-bom-semicolon.csv'),
    fileName: 'jalal-abad-training-bom-semicolon.csv',
    newEvent: { kind: 'TRAINING', date: '2024-10-10', nameRu: 'Тренинг по бюджету, Сузак', nameEn: 'Budget training, Suzak', phaseId: 'psi-phase-3', heldInId: '41703220000000', hostId: 'ao-41703220856000' },
  };

  it('creates the event in the same transaction, finds it again on a repeated import, and keeps one copy under concurrent imports', async () => {
    const planned = await preview(training);
    expect([planned.eventId, planned.newEvent, planned.canConfirm]).toEqual(['event-2024-10-10-budget-training-suzak', true, true]);
    const results = await Promise.all(Array.from({ length: 8 }, () => graphql(CONFIRM, { input: training })));
    for (const result of results) if (result.data?.confirmAttendanceImport) cleanup.track(result.data.confirmAttendanceImport);
    expect(results.map((result) => result.errors?.map((e) => e.extensions?.code) ?? 'ok')).toEqual(Array(8).fill("ok"));
    const created = results.map((result) => result.data!.confirmAttendanceImport.summary.newParticipations);
    expect(created.reduce((a: number, b: number) => a + b, 0)).toBe(17); // written once, whichever import wrote it
    const [counts] = await query(
      `MATCH (e:Event {id: 'event-2024-10-10-budget-training-suzak'})
       RETURN COUNT { (e)<-[:PARTICIPATED_IN]-() } AS participants, COUNT { (e)-[:IN_PHASE]->(:Phase {id: 'psi-phase-3'}) } AS phase,
              COUNT { (e)-[:HELD_IN]->(:Territory {id: '41703220000000'}) } AS place, COUNT { (:Organisation {id: 'ao-41703220856000'})-[:HOSTED]->(e) } AS host,
              COUNT { MATCH (p:Person) WHERE p.nameRu STARTS WITH 'Юлдашев Ботир' } AS yuldashev`,
    );
    expect(counts).toEqual({ participants: 17, phase: 1, place: 1, host: 1, yuldashev: 1 });
    const again = await confirm(training, cleanup);
    expect(again.summary).toMatchObject({ create: 0, match: 17, duplicate: 1, newPeople: 0, newPositions: 0, newParticipations: 0 });
  });
});
