import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeFromRow } from '../../server/audit/audit.js';
import { confirmIatiImport, previewIatiImport } from '../../server/iati/iati-import.service.js';
import { ImportLanguage } from '../../server/imports/import-messages.js';
import { testDatabase } from '../support/database.js';
import { activity, en, graphCounts, ky, query, readerOf, reading, removeTestActivities, ru } from './iati-records.js';

/**
 * IATI activities into the real seeded graph: what each activity becomes, organisations matched by ref and by
 * name, territories by SOATE code, name and recipient country, choices, the one-transaction confirm, the same
 * file again, a newer and an older file, an invalid activity among valid ones, and two confirms at once.
 */
const db = () => testDatabase();
const input = { file: 'ignored', fileName: 'test-activities.xml', language: ImportLanguage.EN };
const KOCHKOR_RAYON = '41704235000000';
const ORTOK = '41704245844000';

const parent = activity('XM-TEST-PROG', {
  titles: [en('Local governance programme'), ru('Программа местного управления'), ky('Жергиликтүү башкаруу программасы')],
  descriptions: [{ type: '1', narratives: [en('Helps municipalities plan.'), ru('Помогает муниципалитетам планировать.')] }],
  participatingOrgs: [
    { role: '1', ref: null, type: '10', names: [en('Swiss Agency for Development and Cooperation')], activityId: null },
    { role: '4', ref: 'XM-TEST-IMPL', type: '21', names: [en('Test Implementing NGO')], activityId: null },
  ],
  sectors: [{ vocabulary: '1', code: '15112', percentage: 100, names: [] }],
  budgets: [{ type: '1', status: '2', periodStart: '2024-01-01', periodEnd: '2024-12-31', value: 250000, currency: 'USD', valueDate: '2024-01-01' }],
  relatedActivities: [{ type: '2', ref: 'XM-TEST-PROG-1' }],
});
const phase = activity('XM-TEST-PROG-1', {
  hierarchy: 2,
  titles: [en('Local governance, phase 1')],
  dates: [{ type: '2', isoDate: '2024-02-01' }, { type: '3', isoDate: '2025-06-30' }],
  locations: [
    { ref: null, names: [], administrative: [{ vocabulary: 'G1', level: '2', code: KOCHKOR_RAYON }], point: null },
    { ref: null, names: [ru('Орток')], administrative: [], point: null },
    { ref: null, names: [ru('Ак-Булун')], administrative: [], point: null },
  ],
  relatedActivities: [{ type: '1', ref: 'XM-TEST-PROG' }],
});
const abroad = activity('XM-TEST-ABROAD', { titles: [en('Water supply in Khatlon')], recipientCountries: [{ code: 'TJ', percentage: 100 }] });
const file = reading([parent, phase, abroad], [{ position: 4, line: 120, identifier: 'XM-TEST-BROKEN', problems: [{ line: 124, path: '/iati-activities/iati-activity[4]/budget[1]/value', message: 'not a decimal', messageRu: 'не десятичное число' }] }]);
const akBulun = async () => String((await query(`MATCH (t:Territory {level: 'AYIL_AIMAK'}) WHERE t.nameRu STARTS WITH 'Ак-Булун' RETURN t.id AS id ORDER BY id LIMIT 1`))[0]!.id);

beforeAll(removeTestActivities);
afterAll(removeTestActivities);

describe('IATI import: dry run', () => {
  it('says what each activity becomes, with matches, scores and reasons, and writes nothing', async () => {
    const before = await graphCounts();
    const preview = await previewIatiImport(db(), input, readerOf(file));
    expect(await graphCounts()).toEqual(before);
    expect(preview.summary).toMatchObject({ activities: 3, invalid: 1, newProgrammes: 2, newPhases: 1, needChoice: 1, newOrganisations: 2 });
    expect(preview.invalidActivities[0]).toMatchObject({ identifier: 'XM-TEST-BROKEN', problems: [{ line: 124, path: '/iati-activities/iati-activity[4]/budget[1]/value', message: 'not a decimal', messageRu: 'не десятичное число' }] });
    expect(preview.canConfirm).toBe(false);
    const [programme, child, other] = preview.activities;
    expect(programme).toMatchObject({ identifier: 'XM-TEST-PROG', outcome: 'NEW_PROGRAMME', id: 'iati-XM-TEST-PROG', nameEn: 'Local governance programme', nameRu: 'Программа местного управления', nameKy: 'Жергиликтүү башкаруу программасы', iatiStatus: '2', sectors: ['1:15112'] });
    expect(programme!.budgets).toEqual([{ type: '1', status: '2', periodStart: '2024-01-01', periodEnd: '2024-12-31', value: 250000, currency: 'USD', valueDate: '2024-01-01' }]);
    const orgs = Object.fromEntries(programme!.organisations.map((o) => [o.relationship, o.resolution]));
    expect(orgs.FUNDS).toMatchObject({ status: 'MATCH', id: 'sdc', score: 1 });
    expect(orgs.IMPLEMENTS).toMatchObject({ status: 'CREATE', id: 'iati-org-xm-test-impl', kind: 'NGO', reason: 'not in the graph: will be created from the file' });
    expect(child).toMatchObject({ outcome: 'NEW_PHASE', parentIdentifier: 'XM-TEST-PROG', outcomeText: 'new phase under XM-TEST-PROG', actualStartDate: '2024-02-01', plannedEndDate: '2025-06-30' });
    const places = child!.territories.map((t) => [t.matchedBy, t.resolution?.status, t.resolution?.id]);
    expect(places).toContainEqual(['ADMINISTRATIVE_CODE', 'MATCH', KOCHKOR_RAYON]);
    expect(places).toContainEqual(['LOCATION_NAME', 'MATCH', ORTOK]);
    expect(places).toContainEqual(['RECIPIENT_COUNTRY', 'MATCH', '41700000000000']);
    const ambiguous = child!.territories.find((t) => t.subject === 'Ак-Булун')!;
    expect(ambiguous.resolution!.status).toBe('AMBIGUOUS');
    expect(ambiguous.resolution!.candidates.length).toBeGreaterThan(1);
    expect(child!.territories.find((t) => t.matchedBy === 'ADMINISTRATIVE_CODE')!.resolution!.reasonParts[0]).toMatchObject({ code: 'ADMINISTRATIVE_CODE' });
    expect(other).toMatchObject({ outcome: 'NEW_PROGRAMME', noLocationHere: true });
    expect(other!.notes.map((n) => n.code)).toContain('NO_LOCATION_HERE');
  });

  it('words its reasons in Russian by default', async () => {
    const preview = await previewIatiImport(db(), { ...input, language: null }, readerOf(file));
    expect(preview.activities[1]!.outcomeText).toBe('новая фаза программы XM-TEST-PROG');
    expect(preview.activities[2]!.notes.find((n) => n.code === 'NO_LOCATION_HERE')!.message).toMatch(/не называет ни одной территории Кыргызстана/);
  });
});

describe('IATI import: confirm', () => {
  it('refuses while a match needs a choice, writing nothing', async () => {
    const before = await graphCounts();
    await expect(confirmIatiImport(db(), input, readerOf(file))).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'choices' } });
    expect(await graphCounts()).toEqual(before);
  });

  it('writes programmes, phases, budgets, organisations and locations in one go, and audits it', async () => {
    const choices = [{ target: 'TERRITORY', subject: 'Ак-Булун', id: await akBulun() }] as never;
    const result = await confirmIatiImport(db(), { ...input, choices }, readerOf(file));
    expect(result.createdActivityIds.sort()).toEqual(['iati-XM-TEST-ABROAD', 'iati-XM-TEST-PROG', 'iati-XM-TEST-PROG-1']);
    expect(result.createdOrganisationIds.sort()).toEqual(['iati-org-xm-test-impl', 'iati-org-xm-test-reporter']);
    const [programme] = await query(
      `MATCH (p:Programme:Entity {iatiIdentifier: 'XM-TEST-PROG'})-[:HAS_PHASE]->(ph:Phase:Entity)
       RETURN p {.id, .nameRu, .nameEn, .nameKy, .descriptionEn, .descriptionRu, .iatiStatus, .sectors, .source, .reportingOrgId, start: toString(p.startDate)} AS p,
              ph {.id, .number, start: toString(ph.startDate), end: toString(ph.endDate), actual: toString(ph.actualStartDate)} AS ph,
              [(p)-[:HAS_BUDGET]->(b:Budget) | b {.value, .currency, start: toString(b.periodStart)}] AS budgets,
              [(o)-[r]->(p) WHERE r.source = 'IATI' | type(r) + ':' + o.id] AS orgs,
              [(ph)-[r:ACTIVE_IN]->(t) | r.matchedBy + ':' + t.id] AS places`,
    );
    expect(programme!.p).toMatchObject({ id: 'iati-XM-TEST-PROG', nameKy: 'Жергиликтүү башкаруу программасы', descriptionRu: 'Помогает муниципалитетам планировать.', iatiStatus: '2', sectors: ['1:15112'], source: 'IATI', reportingOrgId: 'iati-org-xm-test-reporter', start: '2024-01-01' });
    expect(programme!.ph).toEqual({ id: 'iati-XM-TEST-PROG-1', number: 1, start: '2024-02-01', end: '2025-06-30', actual: '2024-02-01' });
    expect(programme!.budgets).toEqual([{ value: 250000, currency: 'USD', start: '2024-01-01' }]);
    expect((programme!.orgs as string[]).sort()).toEqual(['FUNDS:sdc', 'IMPLEMENTS:iati-org-xm-test-impl', 'REPORTS_ON:iati-org-xm-test-reporter']);
    expect((programme!.places as string[]).sort()).toEqual([`ADMINISTRATIVE_CODE:${KOCHKOR_RAYON}`, `LOCATION_NAME:${await akBulun()}`, `LOCATION_NAME:${ORTOK}`, 'RECIPIENT_COUNTRY:41700000000000'].sort());
    const [org] = await query(`MATCH (o:Organisation:Entity {iatiRef: 'XM-TEST-IMPL'}) RETURN o {.id, .iatiType, .kind, .nameEn} AS o`);
    expect(org!.o).toEqual({ id: 'iati-org-xm-test-impl', iatiType: '21', kind: 'NGO', nameEn: 'Test Implementing NGO' });
    expect(await query(`MATCH (a:Programme {iatiIdentifier: 'XM-TEST-BROKEN'}) RETURN a`)).toEqual([]);
    const audit = (await query(`MATCH (c:Change {entityId: 'iati-XM-TEST-PROG'}) RETURN properties(c) AS c`)).map((row) => changeFromRow(row.c as Record<string, unknown>));
    expect(audit).toMatchObject([{ action: 'IMPORTED', entityType: 'IatiActivityFile', subjectId: 'test-activities.xml', summary: 'IATI file "test-activities.xml": 3 created, 0 updated' }]);
    expect(audit[0]!.after).toMatchObject({ summaryRu: 'файл IATI «test-activities.xml»: создано 3, обновлено 0', invalidActivities: ['XM-TEST-BROKEN'] });
  });

  it('changes nothing when the same file comes again, and records no history', async () => {
    const choices = [{ target: 'TERRITORY', subject: 'Ак-Булун', id: await akBulun() }] as never;
    const before = await graphCounts();
    const result = await confirmIatiImport(db(), { ...input, choices }, readerOf(file));
    expect(result.activities.map((a) => a.outcome)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(result.createdActivityIds).toEqual([]);
    expect(await graphCounts()).toEqual(before);
    expect(await query(`MATCH (c:Change {entityId: 'iati-XM-TEST-PROG'}) RETURN c.id`)).toHaveLength(1);
  });

  it('updates what changed from a newer file, replacing only the IATI relationships', async () => {
    // A relationship drawn by hand must survive the update.
    await query(`MATCH (o:Organisation {id: 'helvetas'}), (p:Programme {iatiIdentifier: 'XM-TEST-PROG'}) CREATE (o)-[:IMPLEMENTS {role: 'hand-made'}]->(p)`);
    const newer = activity('XM-TEST-PROG', {
      ...parent,
      lastUpdated: '2025-01-15T00:00:00Z',
      titles: [en('Local governance programme, extended')],
      participatingOrgs: [parent.participatingOrgs[0]!],
      budgets: [{ ...parent.budgets[0]!, value: 300000 }],
    });
    const preview = await previewIatiImport(db(), input, readerOf(reading([newer])));
    expect(preview.activities[0]).toMatchObject({ outcome: 'UPDATE', storedLastUpdated: '2024-05-01T10:00:00Z' });
    const result = await confirmIatiImport(db(), input, readerOf(reading([newer])));
    expect(result.updatedActivityIds).toEqual(['iati-XM-TEST-PROG']);
    const [row] = await query(
      `MATCH (p:Programme {iatiIdentifier: 'XM-TEST-PROG'})
       RETURN p.nameEn AS name, p.nameRu AS nameRu, [(p)-[:HAS_BUDGET]->(b) | b.value] AS budgets,
              [(o)-[r]->(p) WHERE type(r) <> 'HAS_PHASE' | type(r) + ':' + o.id + ':' + coalesce(r.source, r.role)] AS orgs,
              [(p)-[:HAS_PHASE]->(ph) | ph.id] AS phases`,
    );
    expect(row).toMatchObject({ name: 'Local governance programme, extended', nameRu: null, budgets: [300000], phases: ['iati-XM-TEST-PROG-1'] });
    expect((row!.orgs as string[]).sort()).toEqual(['FUNDS:sdc:IATI', 'IMPLEMENTS:helvetas:hand-made', 'REPORTS_ON:iati-org-xm-test-reporter:IATI']);
    expect(await query(`MATCH (c:Change {entityId: 'iati-XM-TEST-PROG'}) RETURN c.id`)).toHaveLength(2);
  });

  it('changes nothing from an older file, and says so per activity', async () => {
    const older = activity('XM-TEST-PROG', { ...parent, lastUpdated: '2023-01-01T00:00:00Z', titles: [en('An old title')] });
    const before = await graphCounts();
    const result = await confirmIatiImport(db(), input, readerOf(reading([older])));
    expect(result.activities[0]).toMatchObject({ outcome: 'OLDER_SKIPPED', storedLastUpdated: '2025-01-15T00:00:00Z' });
    expect(result.activities[0]!.notes.map((n) => n.message)).toContain('last updated 2023-01-01T00:00:00Z, older than the stored 2025-01-15T00:00:00Z: nothing changed');
    expect(await graphCounts()).toEqual(before);
    expect((await query(`MATCH (p:Programme {iatiIdentifier: 'XM-TEST-PROG'}) RETURN p.nameEn AS name`))[0]!.name).toBe('Local governance programme, extended');
  });

  it('writes one copy when two confirmations of a new file run at once', async () => {
    const twin = reading([activity('XM-TEST-TWIN', { participatingOrgs: [{ role: '3', ref: 'XM-TEST-EXT', type: '40', names: [en('Test Extending Agency')], activityId: null }] })]);
    const results = await Promise.allSettled([confirmIatiImport(db(), input, readerOf(twin)), confirmIatiImport(db(), input, readerOf(twin))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const [row] = await query(`MATCH (p:Programme {iatiIdentifier: 'XM-TEST-TWIN'}) RETURN count(p) AS programmes, COUNT { MATCH (:Organisation {iatiRef: 'XM-TEST-EXT'}) } AS orgs, COUNT { MATCH (:Organisation)-[:EXTENDS]->(:Programme {iatiIdentifier: 'XM-TEST-TWIN'}) } AS links`);
    expect(row).toEqual({ programmes: 1, orgs: 1, links: 1 });
  });
});
