/**
 * whoDoesWhatWhere on the real Neo4j over test/fixtures/coverage/naryn-programmes.cypher: the 3W table as CSV
 * and XLSX, read back with csv-parse and exceljs: headers, the HXL row, SOATE codes and OCHA P-codes as text,
 * one line per organisation × activity × place, names in the asked language with the Russian fallback.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { as, graphql, graphqlData } from '../support/graphql.js';
import { Role } from '../../server/auth/roles.js';
import { NARYN_OBLAST, useNarynProgrammes } from './coverage-fixture.js';

useNarynProgrammes();

const HXL = [
  '#org +name', '#org +code', '#org +type', '#sector', '#activity +name', '#activity +code', '#adm1 +name', '#adm1 +code',
  '#adm2 +name', '#adm2 +code', '#adm3 +name', '#adm3 +code', '#date +start', '#date +end', '#status', '#adm1 +code +v_pcode', '#adm2 +code +v_pcode',
];
const PROGRAMMES = ['cov-test-water', 'cov-test-roads', 'cov-test-health'];

const query = /* GraphQL */ `
  query ($programmeIds: [ID!], $territoryId: ID!, $format: TableFormat!, $language: TableLanguage!) {
    whoDoesWhatWhere(programmeIds: $programmeIds, territoryId: $territoryId, format: $format, language: $language) { fileName mimeType contentBase64 rowCount }
  }
`;

async function download(format: 'CSV' | 'XLSX', language: 'EN' | 'RU' = 'EN', programmeIds: string[] | null = PROGRAMMES) {
  return (await graphqlData(query, { programmeIds, territoryId: NARYN_OBLAST, format, language })).whoDoesWhatWhere;
}

/** The line of an activity code at a place (admin 3 code, else admin 2, else admin 1). */
const lineAt = (lines: string[][], activityCode: string, placeCode: string) =>
  lines.filter((line) => line[5] === activityCode && (line[11] || line[9] || line[7]) === placeCode);

describe('whoDoesWhatWhere as CSV', () => {
  it('has English headers, the HXL row under them, and a line per organisation, activity and place', async () => {
    const table = await download('CSV');
    expect(table.mimeType).toBe('text/csv; charset=utf-8');
    expect(table.fileName).toMatch(/^3w-41704000000000-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.from(table.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).not.toMatch(/null|undefined/);
    const [header, tags, ...lines] = parse(text, { bom: true, relax_column_count: false }) as string[][];
    expect(header!.slice(0, 3)).toEqual(['Organisation', 'Organisation code (IATI)', 'Organisation type']);
    expect(tags).toEqual(HXL);
    // Water: phase 1 at 44 ayil aimaks and the programme at Naryn oblast; Roads: 13 + 3; Health: 2 municipalities and Kochkor rayon.
    expect(lines).toHaveLength(45 + 16 + 3);
    expect(table.rowCount).toBe(lines.length);

    expect(lineAt(lines, 'cov-test-roads-2', '41704235816000')).toEqual([[
      'Test Agency', 'XM-TEST-1', 'Government', '', 'Roads, phase 2 (test)', 'cov-test-roads-2', 'Naryn', '41704000000000', 'Kochkor', '41704235000000',
      'Kochkorka', '41704235816000', '2020-01-01', '2025-12-31', 'Closed', 'KG04000000000', 'KG04235000000',
    ]]);
    // Located at the oblast: a line for the oblast, no rayon or municipality; the name a spreadsheet would run is defused.
    expect(lineAt(lines, 'XM-TEST-1-WATER', '41704000000000')).toEqual([[
      "'=Test NGO", 'XM-TEST-NGO', 'International NGO', '14030', 'Water (test)', 'XM-TEST-1-WATER', 'Naryn', '41704000000000', '', '', '', '',
      '2020-01-01', '2030-12-31', 'Implementation', 'KG04000000000', '',
    ]]);
    // The phase has no English name: the Russian one stands in; its sector comes from its programme.
    const [akKuduk] = lineAt(lines, 'XM-TEST-1-WATER-1', '41704245806000');
    expect(akKuduk!.slice(3, 6)).toEqual(['14030', 'Вода, фаза 1 (тест)', 'XM-TEST-1-WATER-1']);
    // No organisation recorded: the line is there with empty organisation cells.
    const [city] = lineAt(lines, 'cov-test-health', '41704400000010');
    expect(city!.slice(0, 3)).toEqual(['', '', '']);
    expect(city!.slice(6, 12)).toEqual(['Naryn', '41704000000000', 'Naryn', '41704400000010', '', '']);
  });

  it('lists every programme when none is named, and Kochkor rayon only at rayon level', async () => {
    const text = Buffer.from((await download('CSV', 'EN', null)).contentBase64, 'base64').toString('utf8');
    const lines = (parse(text, { bom: true }) as string[][]).slice(2);
    expect(lines.filter((line) => line[5]?.startsWith('cov-test-') || line[5]?.startsWith('XM-TEST'))).toHaveLength(64);
    expect(lineAt(lines, 'cov-test-health', '41704235000000')[0]!.slice(8, 12)).toEqual(['Kochkor', '41704235000000', '', '']);
  });
});

describe('whoDoesWhatWhere as XLSX', () => {
  it('keeps codes as text cells, with Russian headers and names when asked, and the same HXL row', async () => {
    const table = await download('XLSX', 'RU');
    expect(table.fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(table.contentBase64, 'base64') as any);
    const sheet = workbook.getWorksheet('3W')!;
    const values = (rowNumber: number) => (sheet.getRow(rowNumber).values as unknown[]).slice(1);
    expect(values(1).slice(0, 2)).toEqual(['Организация', 'Код организации (IATI)']);
    expect(values(2)).toEqual(HXL);
    expect(sheet.rowCount).toBe(2 + table.rowCount);
    const rows = Array.from({ length: table.rowCount }, (_, i) => sheet.getRow(i + 3));
    const kochkorka = rows.find((row) => row.getCell(12).value === '41704235816000')!;
    expect(kochkorka.getCell(12).type).toBe(ExcelJS.ValueType.String);
    expect(kochkorka.getCell(8).type).toBe(ExcelJS.ValueType.String);
    expect(kochkorka.getCell(8).value).toBe('41704000000000');
    expect(kochkorka.getCell(1).value).toBe('Тестовое агентство');
    expect(kochkorka.getCell(3).value).toBe('Государственный орган');
    expect(kochkorka.getCell(5).value).toBe('Дороги, фаза 2 (тест)');
    expect(kochkorka.getCell(15).value).toBe('Закрыт');
  });
});

describe('whoDoesWhatWhere refusals and access', () => {
  it('refuses an unknown programme and may be read by viewers in one round trip', async () => {
    const refused = await graphql(query, { programmeIds: ['no-such-programme'], territoryId: NARYN_OBLAST, format: 'CSV', language: 'EN' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'programmeIds' });
    const result = await graphql(query, { programmeIds: PROGRAMMES, territoryId: NARYN_OBLAST, format: 'CSV', language: 'EN' }, { principal: as(Role.VIEWER) });
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(1);
  });
});
