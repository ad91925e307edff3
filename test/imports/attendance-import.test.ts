import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, confirm, createTestEvent, eventSnapshot, fixtureBase64, graphCounts, graphqlData, preview, query } from './import-support.js';

/**
 * The attendance import on real sheets against the real seeded graph: the dry run row by row, the confirmed
 * import in one transaction, the same sheet twice, and people matched across sheets in Cyrillic and Latin.
 */
const expected = JSON.parse(readFileSync(new URL('../fixtures/attendance/issyk-kul-budget-seminar-2024.expected.json', import.meta.url), 'utf8'));
const SEMINAR = 'test-import-seminar-2024-03-14';
const WORKSHOP = 'test-import-workshop-2024-05-22';
const TRAINING = 'test-import-training-2024-04-02';
const seminarSheet = { eventId: SEMINAR, file: fixtureBase64('issyk-kul-budget-seminar-2024.csv'), fileName: 'issyk-kul-budget-seminar-2024.csv' };
/** The two rows the dry run cannot settle: Ak-Bulun without a rayon, Karakol without "АО" or "мэрия". */
const choices = [
  { row: 57, target: 'ORGANISATION', id: 'ao-41702225873000' },
  { row: 58, target: 'ORGANISATION', id: 'ao-41702205813000' },
];

const cleanup = new Cleanup();
beforeAll(async () => {
  for (const [id, date] of [[SEMINAR, '2024-03-14'], [WORKSHOP, '2024-05-22'], [TRAINING, '2024-04-02']] as const) cleanup.node(await createTestEvent(id, date));
});
afterAll(() => cleanup.run());

type Resolution = { status: string; id: string | null; candidates: { id: string }[] } | null;
const compact = (r: Resolution) => (r ? [r.status, r.id, ...(r.status === 'AMBIGUOUS' ? [r.candidates.map((c) => c.id)] : [])] : null);

describe('attendance import: dry run', () => {
  it('shows row by row what would be created, matched (with score and reason) and needs a choice, writing nothing', async () => {
    const before = await graphCounts();
    const result = await preview(seminarSheet);
    expect(await graphCounts()).toEqual(before);
    expect(result).toMatchObject({ format: 'CSV', encoding: 'UTF-8', delimiter: ',', headerRows: expected.headerRows, eventId: SEMINAR, newEvent: false, canConfirm: false, problems: [] });
    expect(result.summary).toEqual(expected.summary);
    const rows = result.rows.map((row: any) => ({ row: row.row, status: row.status, name: row.name, person: compact(row.person), organisation: compact(row.organisation), ...(row.duplicateOf ? { duplicateOf: row.duplicateOf } : {}) }));
    expect(rows).toEqual(expected.rows);

    const byRow = new Map<number, any>(result.rows.map((row: any) => [row.row, row]));
    expect(byRow.get(5).person).toMatchObject({ score: 0.95, reason: 'same surname and initials; holds a post at Институт политики развития' });
    expect(byRow.get(5).organisation).toMatchObject({ score: 1, reason: '"ИПР" is a name of Институт политики развития' });
    expect(byRow.get(6).person).toMatchObject({ score: 1, reason: 'same name, in another word order; holds a post at Джети-Огузский айыл окмоту (Жети-Огузский район)' });
    expect(byRow.get(7)).toMatchObject({ name: 'Осмонов Айбек Турсунович', gender: 'MALE', phone: '+996555123456', position: 'Глава айыл окмоту' });
    expect(byRow.get(7).organisation).toMatchObject({ score: 1, reason: '"Ак-Булунский а/о" names Ак-Булунский айыл окмоту (Тюпский район), in Тюпский район as the sheet says' });
    expect(byRow.get(8).organisation.reason).toBe('"Ак-Булун" names Ак-Булунский айыл окмоту (Ак-Суйский район), in Ак-Суйский район as the sheet says');
    expect(byRow.get(57).organisation).toMatchObject({ reason: '2 organisations could be meant by "Ак-Булун"' });
    expect(byRow.get(57).organisation.candidates.map((c: any) => [c.name, c.score])).toEqual([
      ['Ак-Булунский айыл окмоту (Ак-Суйский район)', 0.95],
      ['Ак-Булунский айыл окмоту (Тюпский район)', 0.95],
    ]);
    expect(byRow.get(56).person).toMatchObject({ score: 0.95, reason: 'same surname and initials; holds a post at Тамгинский айыл окмоту (Жети-Огузский район) (new, from row 9)' });
    expect(byRow.get(62).warnings).toEqual(['Пол: "?" is not ж/м or F/M; gender left unknown']);
    // Name variants of one ayil okmotu all find it.
    expect([60, 61, 62].map((row) => byRow.get(row).organisation.id)).toEqual(['ao-41703220856000', 'ao-41703220856000', 'ao-41703220856000']);
  });
});

describe('attendance import: confirmed', () => {
  let first: any;
  beforeAll(async () => {
    first = await confirm({ ...seminarSheet, choices }, cleanup);
  });

  it('writes every row in one transaction: people, their posts at the event date, the new organisation and the participations', async () => {
    expect(first.event).toEqual({ id: SEMINAR, date: '2024-03-14', nameEn: SEMINAR });
    expect(first.summary).toEqual({ ...expected.summary, create: 53, ambiguous: 0, newPeople: 53, newOrganisations: 1, newPositions: 53, newParticipations: 55 });
    expect(first.createdOrganisationIds).toEqual(['org-of-ak-niet-5c8ac78d3c']);
    const event = await graphqlData(`query ($id: ID!) { event(id: $id) { namedParticipantCount participants { participant { ... on Person { id nameRu } } representing { id } role } } }`, { id: SEMINAR });
    expect(event.event.namedParticipantCount).toBe(55);
    const seated = new Map<string, any>(event.event.participants.map((p: any) => [p.participant.nameRu, { id: p.participant.id, representing: p.representing?.id, role: p.role }]));
    expect(seated.get('Асель Мамбетова')).toEqual({ id: 'person-mambetova-asel', representing: 'dpi', role: 'PARTICIPANT' });
    expect(seated.get('Сейитова Элмира')).toMatchObject({ representing: 'ao-41702225873000' }); // the choice
    expect(seated.get('Мамбетов Шайлообек')).toMatchObject({ representing: 'ao-41702205813000' });

    const person = await graphqlData(`{ person(id: "person-osmonov-aybek-tursunovich-12f4c45656") {
      nameRu nameEn aliases gender phone positions { kind title titleRu observedOn from to organisation { id } } } }`);
    expect(person.person).toEqual({
      nameRu: 'Осмонов Айбек Турсунович', nameEn: null, aliases: ['Осмонов Айбек', 'Айбек Осмонов', 'Осмонов А.', 'Осмонов А.Т.'],
      gender: 'MALE', phone: '+996555123456',
      positions: [{ kind: 'HEAD', title: 'Глава айыл окмоту', titleRu: 'Глава айыл окмоту', observedOn: '2024-03-14', from: null, to: null, organisation: { id: 'ao-41702225873000' } }],
    });
    // The database holds the phone sealed, never the number.
    const [{ storedPhone }] = (await query('MATCH (p:Person {id: "person-osmonov-aybek-tursunovich-12f4c45656"}) RETURN p.phone AS storedPhone')) as any;
    expect(storedPhone).toMatch(/^sealed:v1:/);
    expect(storedPhone).not.toContain('555123456');
    // Search finds an imported person in Latin letters and by the given name first.
    const found = await graphqlData(`{ search(text: "Aybek Osmonov", types: [PERSON]) { entity { id } } }`);
    expect(found.search.map((hit: any) => hit.entity.id)).toContain('person-osmonov-aybek-tursunovich-12f4c45656');
    // Seeded people matched by the sheet keep their posts: no new post from a shortened title.
    const [{ posts }] = (await query('MATCH (:Person {id: "person-mambetova-asel"})-[r:HOLDS_POSITION]->() RETURN count(r) AS posts')) as any;
    expect(posts).toBe(1);
  });

  it('changes nothing when the same sheet is imported again', async () => {
    const before = { counts: await graphCounts(), event: await eventSnapshot(SEMINAR) };
    const again = await confirm({ ...seminarSheet, choices }, cleanup);
    expect(again.summary).toEqual({ ...expected.summary, create: 0, match: 55, ambiguous: 0, newPeople: 0, newOrganisations: 0, newPositions: 0, newParticipations: 0 });
    expect([again.createdPersonIds, again.createdPositionIds, again.createdParticipationIds]).toEqual([[], [], []]);
    expect({ counts: await graphCounts(), event: await eventSnapshot(SEMINAR) }).toEqual(before);
    const dryRun = await preview({ ...seminarSheet, choices });
    expect([dryRun.format, dryRun.sheet, dryRun.sheets]).toEqual(['CSV', null, []]);
    expect(dryRun.rows.filter((row: any) => !row.alreadyRecorded)).toEqual([]);
    expect(dryRun.canConfirm).toBe(true);
  });

  it('matches people of another sheet in Latin letters (XLSX with a merged header) to those the first sheet created', async () => {
    const workshop = await preview({ eventId: WORKSHOP, file: fixtureBase64('workshop-merged-header.xlsx'), fileName: 'workshop-merged-header.xlsx' });
    expect([workshop.format, workshop.sheet, workshop.sheets]).toEqual(['XLSX', 'Participants', ['Participants']]);
    // Two people are in no sheet imported so far; posts are new where the English title is not the Russian one
    // ("Specialist" and "Специалист" meet in Latin letters).
    expect(workshop.summary).toEqual({ rows: 16, create: 2, match: 14, ambiguous: 0, invalid: 0, duplicate: 0, skipped: 2, newPeople: 2, newOrganisations: 0, newPositions: 13, newParticipations: 16 });
    expect(workshop.rows.filter((row: any) => row.status === 'CREATE').map((row: any) => row.name)).toEqual(['Cherikbaev Nursultan', 'Tashiev Maksatbek']);
    const byRow = new Map<number, any>(workshop.rows.map((row: any) => [row.row, row.person]));
    expect(byRow.get(5)).toMatchObject({ id: 'person-sydykov-bektur-4204c7d744', score: 1, reason: 'same name; holds a post at Теплоключенский айыл окмоту (Ак-Суйский район)' });
    expect(byRow.get(12)).toMatchObject({ id: 'person-abdraimov-kanat-54ef4ac689', score: 1 });
    expect(byRow.get(14)).toMatchObject({ id: 'person-mambetova-asel', score: 1 });
  });

  it('matches a Windows-1251 sheet with split name columns and fills a phone the graph did not know', async () => {
    const training = await confirm({ eventId: TRAINING, file: fixtureBase64('ton-tup-training-cp1251.csv'), fileName: 'ton-tup-training-cp1251.csv' }, cleanup);
    expect(training.summary).toEqual({ rows: 13, create: 8, match: 5, ambiguous: 0, invalid: 0, duplicate: 0, skipped: 0, newPeople: 8, newOrganisations: 0, newPositions: 8, newParticipations: 13 });
    const esenbaev = await graphqlData(`{ person(id: "person-esenbaev-mirlan-8522704ef7") { nameRu phone gender participations { event { id } } } }`);
    const [{ storedPhone }] = (await query('MATCH (p:Person {id: "person-esenbaev-mirlan-8522704ef7"}) RETURN p.phone AS storedPhone')) as any;
    expect(storedPhone).toMatch(/^sealed:v1:/);
    expect(esenbaev.person).toEqual({
      nameRu: 'Эсенбаев Мирлан', phone: '+996555101010', gender: 'MALE',
      participations: [{ event: { id: TRAINING } }, { event: { id: SEMINAR } }], // newest first
    });
  });
});
