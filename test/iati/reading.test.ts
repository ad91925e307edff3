import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { stopIatiReader } from '../../server/iati/reading/read-iati-file.js';
import type { IatiActivityRecord, IatiFileReading } from '../../server/iati/reading/iati-record.js';
import { fixturePath, readFixture, refusalOf } from './reading-support.js';

afterAll(() => stopIatiReader());

const only = (reading: IatiFileReading): IatiActivityRecord => {
  expect(reading.invalidActivities).toEqual([]);
  expect(reading.activities).toHaveLength(1);
  return reading.activities[0]!;
};

describe('reading IATI fixtures (2.03)', () => {
  it('hierarchy: a parent and two children, with their related-activity links and dates', async () => {
    const reading = await readFixture('hierarchy.xml');
    expect(reading).toMatchObject({ declaredVersion: '2.03', schemaVersion: '2.03', generatedAt: '2026-11-20T09:00:00Z', fileProblems: [], invalidActivities: [] });
    const [parent, first, second] = reading.activities;
    expect(parent).toMatchObject({ position: 1, line: 5, identifier: 'XM-EXAMPLE-AIMAK-GOV', hierarchy: 1, lastUpdated: '2026-11-01T08:00:00Z' });
    expect(parent!.relatedActivities).toEqual([
      { type: '2', ref: 'XM-EXAMPLE-AIMAK-GOV-1' },
      { type: '2', ref: 'XM-EXAMPLE-AIMAK-GOV-2' },
    ]);
    expect(first).toMatchObject({ position: 2, identifier: 'XM-EXAMPLE-AIMAK-GOV-1', hierarchy: 2, status: '3', relatedActivities: [{ type: '1', ref: 'XM-EXAMPLE-AIMAK-GOV' }] });
    expect(first!.dates).toEqual([
      { type: '1', isoDate: '2020-01-01' },
      { type: '2', isoDate: '2020-02-15' },
      { type: '3', isoDate: '2023-12-31' },
      { type: '4', isoDate: '2024-01-31' },
    ]);
    expect(second).toMatchObject({ position: 3, hierarchy: 2, relatedActivities: [{ type: '1', ref: 'XM-EXAMPLE-AIMAK-GOV' }] });
    expect(parent!.recipientCountries).toEqual([{ code: 'KG', percentage: null }]);
  });

  it('participating organisations: all four roles, with and without ref, named in one or two languages', async () => {
    const activity = only(await readFixture('participating-orgs.xml'));
    expect(activity.participatingOrgs).toEqual([
      { role: '1', ref: 'XM-EXAMPLE-AIMAK', type: '10', activityId: null, names: [{ lang: 'en', text: 'Aimak Example Donor' }] },
      {
        role: '2',
        ref: null,
        type: '15',
        activityId: null,
        names: [
          { lang: 'ru', text: 'Министерство финансов Кыргызской Республики' },
          { lang: 'en', text: 'Ministry of Finance of the Kyrgyz Republic' },
        ],
      },
      { role: '3', ref: 'XM-EXAMPLE-FUNDAGENCY', type: '40', activityId: 'XM-EXAMPLE-FUNDAGENCY-77', names: [] },
      { role: '4', ref: null, type: '22', activityId: null, names: [{ lang: 'ru', text: 'Общественное объединение «Пример»' }] },
      { role: '4', ref: 'XM-EXAMPLE-IMPL', type: '21', activityId: null, names: [{ lang: 'en', text: 'Example Implementer' }] },
    ]);
    expect(activity.reportingOrg).toEqual({ ref: 'XM-EXAMPLE-AIMAK', type: '10', names: [{ lang: 'en', text: 'Aimak Example Donor' }] });
    expect(activity.sectors).toEqual([{ vocabulary: '1', code: '14030', percentage: 100, names: [] }]);
  });

  it('narratives in ru, en and ky: the default language fills in, languages are lower case, whitespace collapses', async () => {
    const activity = only(await readFixture('narratives-three-languages.xml'));
    expect(activity.defaultLanguage).toBe('ru');
    expect(activity.titles).toEqual([
      { lang: 'ru', text: 'Улучшение муниципальных услуг' },
      { lang: 'en', text: 'Improving municipal services' },
      { lang: 'ky', text: 'Муниципалдык кызматтарды жакшыртуу' },
    ]);
    expect(activity.descriptions).toHaveLength(2);
    expect(activity.descriptions[0]).toEqual({
      type: '1',
      narratives: [
        { lang: 'ru', text: 'Программа помогает органам местного самоуправления улучшать услуги.' },
        { lang: 'en', text: 'The programme helps local self-government improve services.' },
        { lang: 'ky', text: 'Программа жергиликтүү өз алдынча башкарууга кызматтарды жакшыртууга жардам берет.' },
      ],
    });
    expect(activity.descriptions[1]).toEqual({ type: '2', narratives: [{ lang: 'en', text: 'Citizens take part in budget hearings.' }] });
    expect(activity.reportingOrg!.names.map((name) => name.lang)).toEqual(['ru', 'en', 'ky']);
    expect(activity.locations[0]!.names.map((name) => name.lang)).toEqual(['ru', 'en', 'ky']);
  });

  it('locations: SOATE codes of an oblast, a rayon and ayil aimaks, a point, and a location by name only', async () => {
    const activity = only(await readFixture('locations.xml'));
    expect(activity.locations).toEqual([
      {
        ref: 'LOC-AK-TAL',
        names: [{ lang: 'en', text: 'Ak-Tal ayil aimak' }],
        administrative: [
          { vocabulary: 'G1', level: '1', code: '41704000000000' },
          { vocabulary: 'G1', level: '3', code: '41704210806000' },
        ],
        point: { lat: 41.3, lon: 75.9 },
      },
      { ref: 'LOC-KOCHKOR', names: [], administrative: [{ vocabulary: 'G1', level: '2', code: '41704235000000' }], point: null },
      { ref: 'LOC-JETI-OGUZ', names: [], administrative: [{ vocabulary: 'G1', level: '3', code: '41702210830000' }], point: null },
      { ref: null, names: [{ lang: 'en', text: 'Balykchy' }], administrative: [], point: null },
    ]);
  });

  it('budgets: type, status, period, value, and currency falling back to the default-currency', async () => {
    const activity = only(await readFixture('budgets.xml'));
    expect(activity.budgets).toEqual([
      { type: '1', status: '2', periodStart: '2025-01-01', periodEnd: '2025-12-31', value: 1000000, currency: 'CHF', valueDate: '2025-01-01' },
      { type: '2', status: '1', periodStart: '2025-01-01', periodEnd: '2025-12-31', value: 1250000.5, currency: 'CHF', valueDate: '2025-06-30' },
      { type: null, status: null, periodStart: '2026-01-01', periodEnd: '2026-12-31', value: 85000000, currency: 'KGS', valueDate: '2026-01-01' },
    ]);
  });

  it('one invalid activity among valid ones: it is reported with line, path and message, the others stay usable', async () => {
    const reading = await readFixture('one-invalid-among-valid.xml');
    expect(reading.activities.map((activity) => [activity.position, activity.identifier])).toEqual([
      [1, 'XM-EXAMPLE-AIMAK-OK-1'],
      [3, 'XM-EXAMPLE-AIMAK-OK-2'],
    ]);
    expect(reading.invalidActivities).toHaveLength(1);
    const invalid = reading.invalidActivities[0]!;
    expect(invalid).toMatchObject({ position: 2, line: 20, identifier: 'XM-EXAMPLE-AIMAK-BROKEN' });
    expect(invalid.problems).toEqual([
      {
        line: 33,
        path: '/iati-activities/iati-activity[2]/activity-date',
        message: "Element 'activity-date', attribute 'iso-date': 'spring 2025' is not a valid value of the atomic type 'xs:date'.",
        messageRu: 'Элемент «activity-date», атрибут «iso-date»: «spring 2025» — недопустимое значение типа xs:date.',
      },
      {
        line: 34,
        path: '/iati-activities/iati-activity[2]/budget',
        message: "Element 'budget': Missing child element(s). Expected is ( value ).",
        messageRu: 'Элемент «budget»: не хватает вложенного элемента, ожидается ( value ).',
      },
    ]);
    expect(reading.fileProblems).toEqual([]);
  });

  it('an activity in another country: read as it is, with no Kyrgyz territory in it', async () => {
    const activity = only(await readFixture('other-country.xml'));
    expect(activity.recipientCountries).toEqual([{ code: 'TJ', percentage: 100 }]);
    expect(activity.locations).toEqual([{ ref: null, names: [{ lang: 'en', text: 'Khujand' }], administrative: [], point: { lat: 40.28, lon: 69.62 } }]);
  });

  it('an older and a newer version of one file: same identifier, their last-updated-datetime and changes as written', async () => {
    const older = only(await readFixture('last-updated-older.xml'));
    const newer = only(await readFixture('last-updated-newer.xml'));
    expect(older.identifier).toBe(newer.identifier);
    expect([older.lastUpdated, newer.lastUpdated]).toEqual(['2026-10-01T08:00:00Z', '2026-11-15T08:00:00Z']);
    expect([older.titles[0]!.text, newer.titles[0]!.text]).toEqual(['Budget hearings', 'Budget hearings and citizen reports']);
    expect([older.status, newer.status]).toEqual(['1', '2']);
    expect([older.budgets[0]!.value, newer.budgets[0]!.value]).toEqual([400000, 450000]);
  });
});

describe('reading a legacy 1.05 file', () => {
  it('maps role words and date types to codes, reads texts with xml:lang, and says it was not schema-validated', async () => {
    const reading = await readFixture('legacy-1.05.xml');
    expect(reading.declaredVersion).toBe('1.05');
    expect(reading.schemaVersion).toBe('none');
    expect(reading.fileProblems).toEqual([
      expect.objectContaining({ path: '/iati-activities/@version', message: expect.stringContaining('without schema validation') }),
    ]);
    const activity = only(reading);
    expect(activity.titles).toEqual([
      { lang: 'en', text: 'Rural water supply' },
      { lang: 'ru', text: 'Сельское водоснабжение' },
    ]);
    expect(activity.participatingOrgs.map((org) => [org.role, org.names[0]!.text])).toEqual([
      ['1', 'Aimak Example Donor'],
      ['3', 'Example Fund'],
      ['4', 'Example NGO'],
      ['2', 'Ministry of Agriculture'],
    ]);
    expect(activity.dates.map((date) => date.type)).toEqual(['1', '2', '3', '4']);
    expect(activity.status).toBe('3');
    expect(activity.reportingOrg).toEqual({ ref: 'XM-EXAMPLE-AIMAK', type: '10', names: [{ lang: 'en', text: 'Aimak Example Donor' }] });
    expect(activity.locations[0]).toMatchObject({ names: [{ lang: 'en', text: 'Talas' }], point: { lat: 42.52, lon: 72.24 } });
    expect(activity.budgets[0]).toMatchObject({ value: 250000, currency: 'USD' });
  });
});

describe('files that are not IATI activities', () => {
  it('malformed XML is refused as NOT_XML with the line of the fault', async () => {
    const refusal = await refusalOf(readFixture('malformed.xml'));
    expect(refusal.extensions.reason).toBe('NOT_XML');
    expect(refusal.message).toContain('line 8');
  });

  it('well-formed XML of another kind is refused as NOT_IATI, naming its root element', async () => {
    const refusal = await refusalOf(readFixture('not-iati.xml'));
    expect(refusal.extensions.reason).toBe('NOT_IATI');
    expect(refusal.message).toContain('<rss>');
  });
});

describe('conformance sets in the style of the official schema tests', () => {
  const files = (kind: 'should-pass' | 'should-fail') => readdirSync(fixturePath(`conformance/${kind}`)).filter((name) => name.endsWith('.xml')).sort();

  it.each(files('should-pass'))('should-pass/%s reads without a problem', async (name) => {
    const reading = await readFixture(`conformance/should-pass/${name}`);
    expect(reading.fileProblems).toEqual([]);
    expect(reading.invalidActivities).toEqual([]);
    expect(reading.activities.length).toBeGreaterThan(0);
    expect(reading.schemaVersion).toBe('2.03');
  });

  it.each(files('should-fail'))('should-fail/%s reads with at least one problem carrying line, path and message', async (name) => {
    const reading = await readFixture(`conformance/should-fail/${name}`);
    const problems = [...reading.fileProblems, ...reading.invalidActivities.flatMap((activity) => activity.problems)];
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.line).toBeGreaterThan(0);
      expect(problem.path).toMatch(/^\/iati-activities/);
      expect(problem.message.length).toBeGreaterThan(0);
    }
  });
});
