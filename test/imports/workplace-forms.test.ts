import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportField, type ImportColumn } from '../../server/imports/import.type.js';
import { legalFormOf } from '../../server/imports/legal-forms.js';
import { administrationOf, municipalityCore } from '../../server/imports/name-keys.js';
import { OrganisationMatcher, type OrganisationRecord } from '../../server/imports/organisation-matcher.js';
import { isSkippedRow } from '../../server/imports/row-values.js';
import { graphqlData } from '../support/graphql.js';
import { inEnglish } from './import-support.js';

/**
 * The general fixes behind `npm run eval:import` reaching every row of test/fixtures/attendance/: each written
 * with other names than the fixtures use, so that it holds for sheets the tests have not seen.
 */

const place = (id: string, nameRu: string, nameEn: string) => ({ id, nameRu, nameEn, nameKy: null, aliases: [] });
const body = (id: string, kind: string, nameRu: string, nameEn: string, aliases: string[], rayon: ReturnType<typeof place> | null = null): OrganisationRecord => ({
  id, kind, nameRu, nameEn, nameKy: null, aliases, rayon, oblast: null,
});
const alai = place('41706207000000', 'Алайский район', 'Alai');
const matcher = new OrganisationMatcher([
  body('ao-gulcha', 'AYIL_OKMOTU', 'Гульчинский айыл окмоту', 'Gulcha ayil okmotu', ['Гульча АО', 'Gulcha AA'], alai),
  body('town-gulcha', 'TOWN_ADMINISTRATION', 'Мэрия г. Гульча', 'Gulcha town administration', ['мэрия Гульча'], alai),
  body('rayon-admin-alai', 'RAYON_ADMINISTRATION', 'Алайская районная государственная администрация', 'Alai rayon state administration', ['Алайская РГА', 'Алайская райгосадминистрация']),
  body('oblast-admin-osh', 'OBLAST_ADMINISTRATION', 'Ошская областная государственная администрация', 'Osh oblast state administration', ['Ошская ОГА']),
]);
const inMunicipalityColumn = (text: string) => matcher.match({ organisation: null, municipality: text, rayon: null, oblast: null });
const best = (found: ReturnType<OrganisationMatcher['match']>) => found && [...found.scored].sort((a, b) => b.score - a.score)[0]?.id;

describe('workplaces written in a municipality column', () => {
  it('reads a rayon administration, a firm, an NGO or a council in the «Айыл окмоту» column as that body, not as an unknown ayil okmotu', () => {
    expect(inMunicipalityColumn('Алайская РГА')).toMatchObject({ municipal: false });
    expect(best(inMunicipalityColumn('Алайская РГА'))).toBe('rayon-admin-alai');
    for (const text of ['ОФ «Нур-Алай»', 'ОсОО «Алай-Строй»', 'Гульчинский айылный кенеш', 'АО «Алайэнерго»', 'Министерство сельского хозяйства']) {
      expect(inMunicipalityColumn(text), text).toMatchObject({ municipal: false, scored: [] });
    }
    // A plain place name, or one with «АО», is still a municipality.
    expect(inMunicipalityColumn('Гульча')).toMatchObject({ municipal: true });
    expect(best(inMunicipalityColumn('Гульча АО'))).toBe('ao-gulcha');
  });

  it('knows a rayon or oblast administration however a sheet writes it, in Russian, Kyrgyz or English', () => {
    for (const text of ['Алай райондук мамлекеттик администрациясы', 'Алай районунун акимчилиги', 'Алайская райгосадминистрация', 'Alai district administration']) {
      expect(administrationOf(text), text).toEqual({ level: 'RAYON', core: 'alai' });
      expect(best(matcher.match({ organisation: text, municipality: null, rayon: null, oblast: null })), text).toBe('rayon-admin-alai');
    }
    expect(administrationOf('Ош облустук мамлекеттик администрациясы')).toEqual({ level: 'OBLAST', core: 'osh' });
    expect(best(matcher.match({ organisation: 'Ош облустук мамлекеттик администрациясы', municipality: null, rayon: null, oblast: null }))).toBe('oblast-admin-osh');
    expect(administrationOf('Аппарат акима Алайского района')).toEqual({ level: 'RAYON', core: 'alai' });
    // The oblast administrations' name since 2021.
    for (const text of ['Аппарат полномочного представителя Правительства КР в Ошской области', 'Полпредство Ошской области']) {
      expect(best(matcher.match({ organisation: text, municipality: null, rayon: null, oblast: null })), text).toBe('oblast-admin-osh');
    }
    // The rayon's hospital is not its administration.
    expect(administrationOf('Алайская районная больница')).toBeNull();
  });

  it('reads «а/ө», «а/а» and «а.о.» after a place as «айыл окмоту», leaving no letter in the place name', () => {
    for (const text of ['Гульча а/ө', 'Гульча а/а', 'Гульча а.о.', 'Гульча а. о.']) {
      expect(municipalityCore(text), text).toEqual(municipalityCore('Гульча АО'));
    }
  });

  it('reads a town hall written in Kyrgyz («… шаарынын мэриясы») as the town', () => {
    expect(municipalityCore('Гульча шаарынын мэриясы')).toEqual(municipalityCore('Мэрия г. Гульча'));
    expect(best(inMunicipalityColumn('Гульча шаарынын мэриясы'))).toBe('town-gulcha');
  });

  it('takes «АО» before a quoted name for a joint-stock company, and «АО» after a place for an ayil okmotu', () => {
    expect(legalFormOf('АО «Алайэнерго»')).toMatchObject({ form: 'АО', kind: 'BUSINESS' });
    expect(legalFormOf('АО "Кыргызтелеком"')).toMatchObject({ kind: 'BUSINESS' });
    expect(legalFormOf('Гульча АО')).toBeNull();
    expect(legalFormOf('АО Гульча')).toBeNull();
    expect(legalFormOf('Министерство финансов')).toMatchObject({ kind: 'GOVERNMENT_AGENCY' });
    expect(legalFormOf('Ministry of Health')).toMatchObject({ kind: 'GOVERNMENT_AGENCY' });
  });
});

describe('place names that look like forms', () => {
  it('reads no ayil okmotu or town of the reference as a legal form («Кенеш АО» is a municipality, not a council)', () => {
    const units = readFileSync(new URL('../../data/reference/kg-admin-units.csv', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.split(','))
      .filter((cells) => cells[1] === 'ayil_aimak' || cells[1] === 'city');
    expect(units.length).toBeGreaterThan(400);
    const asForms = units.flatMap(([, , , , short, en]) => [`${short} АО`, `${short}`, `${short} айыл окмоту`, `${en} AA`, `Мэрия г. ${short}`].filter((text) => legalFormOf(text)));
    expect(asForms).toEqual([]);
    expect(municipalityCore('Кенеш АО')).toMatchObject({ hint: 'AYIL_OKMOTU' });
  });
});

describe('closing lines', () => {
  const columns: ImportColumn[] = [
    { index: 0, letter: 'A', header: 'ФИО', field: ImportField.FULL_NAME, guessed: true, samples: [] },
    { index: 1, letter: 'B', header: 'Организация', field: ImportField.ORGANISATION, guessed: true, samples: [] },
  ];
  it('skips a Cyrillic total line such as «Итого: 12 человек» or «Жыйынтыгы: 5», not only "Total"', () => {
    for (const text of ['Итого: 12 человек', 'ИТОГО 12', 'Всего: 3 участника', 'Жыйынтыгы: 5', 'Total: 4']) {
      expect(isSkippedRow({ number: 20, cells: [text, ''] }, columns), text).toBe(true);
    }
    expect(isSkippedRow({ number: 21, cells: ['Итогова Айнура', ''] }, columns)).toBe(false);
  });
});

describe('through the API, on the seeded graph', () => {
  it('previews a rayon administration and a joint-stock company written in the ayil okmotu column as valid rows', async () => {
    const sheet = ['ФИО,Должность,Айыл окмоту', 'Абдыкадыров Марат,Специалист,Ноокенская РГА', 'Сыдыкова Нургуль,Инженер,"АО ""Кыргызжилкоммун"""'].join('\n');
    const input = inEnglish({ file: Buffer.from(sheet).toString('base64'), fileName: 'workplaces.csv', newEvent: { id: 'test-workplaces-event', date: '2024-03-14', kind: 'SEMINAR', nameEn: 'Workplaces' } });
    const preview = (await graphqlData(`query ($input: AttendanceImportInput!) { previewAttendanceImport(input: $input) { rows { row status organisation { status id kind } } } }`, { input })).previewAttendanceImport;
    expect(preview.rows).toEqual([
      { row: 2, status: 'CREATE', organisation: { status: 'MATCH', id: 'rayon-admin-41703215000000', kind: null } },
      { row: 3, status: 'CREATE', organisation: { status: 'CREATE', id: expect.any(String), kind: 'BUSINESS' } },
    ]);
  });
});
