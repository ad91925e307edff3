import { describe, expect, it } from 'vitest';
import type { MunicipalityRow, SummaryRow } from '../../web/src/api/queries.js';
import { groupUnengaged } from '../../web/src/shaping/engagement.js';
import {
  engagementBreakdown,
  firstDirection,
  groupsInOblast,
  municipalitiesInOblast,
  planningFileName,
  rankRows,
  rowsInOblast,
  sortRanking,
  unengagedSheetRows,
} from '../../web/src/shaping/planning.js';

function unit(id: string, nameRu: string, nameEn: string, level: string, parent: string | null, total: number, engaged: number): SummaryRow {
  return {
    territory: { id, nameRu, nameEn, level, ochaPcode: null, lat: null, lon: null, parent: parent ? { id: parent } : null } as SummaryRow['territory'],
    total,
    engaged,
    notEngaged: total - engaged,
    share: total ? engaged / total : 0,
  };
}

const oblasts = [unit('41704000000000', 'Нарынская область', 'Naryn', 'OBLAST', '41700000000000', 64, 0), unit('41702000000000', 'Иссык-Кульская область', 'Issyk-Kul', 'OBLAST', '41700000000000', 61, 61), unit('41711000000000', 'Бишкек', 'Bishkek', 'CITY', '41700000000000', 1, 0)];
const rayons = [
  unit('41704220000000', 'Нарынский район', 'Naryn', 'RAYON', '41704000000000', 13, 0),
  unit('41704400000000', 'Нарын', 'Naryn', 'CITY', '41704000000000', 1, 0),
  unit('41702210000000', 'Ак-Суйский район', 'Ak-Suu', 'RAYON', '41702000000000', 16, 16),
  unit('41711000000000', 'Бишкек', 'Bishkek', 'CITY', '41700000000000', 1, 0),
];

function municipality(id: string, nameRu: string, oblastId: string | null, rayonId: string | null, soate: string, flags: { partner?: boolean; event?: boolean; engaged?: boolean }): MunicipalityRow {
  const partner = flags.partner ?? false;
  const event = flags.event ?? false;
  return {
    municipality: { id, nameRu, nameEn: nameRu, kind: 'AYIL_OKMOTU' },
    territory: { id: soate, nameRu, nameEn: nameRu, level: 'AYIL_AIMAK', soate },
    rayon: rayonId ? { id: rayonId, nameRu: `р-н ${rayonId}`, nameEn: `rayon ${rayonId}`, ochaPcode: null } : null,
    oblast: oblastId ? { id: oblastId, nameRu: `обл ${oblastId}`, nameEn: `oblast ${oblastId}` } : null,
    engaged: flags.engaged ?? (partner || event),
    partner,
    tookPartInEvent: event,
  };
}

describe('the planners’ ranking', () => {
  const rows = rankRows(rayons, oblasts);
  const byName = (row: { name: { nameEn: string | null } }) => row.name.nameEn ?? '';

  it('gives each rayon its oblast, so the two "Naryn" (rayon and town) are told apart by more than their name', () => {
    expect(rows.map((row) => [row.id, row.oblast?.nameEn ?? null, row.isCity])).toEqual([
      ['41704220000000', 'Naryn', false],
      ['41704400000000', 'Naryn', true],
      ['41702210000000', 'Issyk-Kul', false],
      ['41711000000000', null, true],
    ]);
  });

  it('sorts by not engaged from the most, ties in SOATE order, and both ways by name', () => {
    expect(sortRanking(rows, 'notEngaged', 'descending', byName, 'en').map((row) => row.id)).toEqual(['41704220000000', '41704400000000', '41711000000000', '41702210000000']);
    expect(sortRanking(rows, 'notEngaged', 'ascending', byName, 'en').map((row) => row.id)).toEqual(['41702210000000', '41704400000000', '41711000000000', '41704220000000']);
    expect(sortRanking(rows, 'share', 'descending', byName, 'en')[0]!.id).toBe('41702210000000');
    expect(sortRanking(rows, 'name', 'ascending', byName, 'en').map(byName)).toEqual(['Ak-Suu', 'Bishkek', 'Naryn', 'Naryn']);
    expect(firstDirection('name')).toBe('ascending');
    expect(firstDirection('notEngaged')).toBe('descending');
  });

  it('narrows rayons to one oblast, and a city outside any oblast to itself', () => {
    expect(rowsInOblast(rows, '41704000000000').map((row) => row.id)).toEqual(['41704220000000', '41704400000000']);
    expect(rowsInOblast(rows, '41711000000000').map((row) => row.id)).toEqual(['41711000000000']);
    expect(rowsInOblast(rows, null)).toHaveLength(4);
  });
});

describe('the not-engaged list of one oblast, and what "engaged" is made of', () => {
  const municipalities = [
    municipality('ao-1', 'Первый', '41704000000000', '41704220000000', '41704220800001', {}),
    municipality('ao-2', 'Второй', '41702000000000', '41702210000000', '41702210800001', { partner: true }),
    municipality('ao-3', 'Третий', '41702000000000', '41702210000000', '41702210800002', { partner: true, event: true }),
    municipality('ao-4', 'Четвёртый', '41702000000000', '41702210000000', '41702210800003', { event: true }),
    municipality('ao-5', 'Пятый', '41702000000000', '41702210000000', '41702210800004', { engaged: true }),
    municipality('mayor-bishkek', 'Мэрия Бишкека', null, null, '41711000000000', {}),
  ];

  it('splits engaged into events (what the chart counts), partner links only, and activity locations only', () => {
    expect(engagementBreakdown(municipalities)).toEqual({ total: 6, engaged: 4, throughEvents: 2, partnerOnly: 1, locationOnly: 1 });
  });

  it('keeps only the chosen oblast’s groups and rows', () => {
    const groups = groupUnengaged(municipalities);
    expect(groupsInOblast(groups, '41704000000000').map((group) => group.oblast.id)).toEqual(['41704000000000']);
    expect(groupsInOblast(groups, null).map((group) => group.oblast.id)).toEqual(['41704000000000', '41711000000000']);
    expect(municipalitiesInOblast(municipalities, '41711000000000').map((row) => row.municipality.id)).toEqual(['mayor-bishkek']);
    expect(municipalitiesInOblast(municipalities, '41702000000000')).toHaveLength(4);
  });

  it('words kinds and keeps SOATE codes as strings in the XLSX rows', () => {
    const rows = unengagedSheetRows(groupUnengaged(municipalities), (entity) => entity.nameRu ?? entity.id, (kind) => (kind === 'AYIL_OKMOTU' ? 'Айыл окмоту' : kind), (name) => `г. ${name}`);
    expect(rows[0]).toEqual({ oblast: 'обл 41704000000000', rayon: 'р-н 41704220000000', municipality: 'Первый', kind: 'Айыл окмоту', soate: '41704220800001', municipalityId: 'ao-1' });
    expect(rows[1]).toMatchObject({ oblast: 'г. Мэрия Бишкека', soate: '41711000000000' });
    expect(typeof rows[1]!.soate).toBe('string');
  });

  it('names files after the scope, the oblast and the date', () => {
    expect(planningFileName('not-engaged', 'psi-phase-2', null, null, 'csv')).toBe('not-engaged-psi-phase-2.csv');
    expect(planningFileName('not-engaged', 'all-programmes', '2020-01-01', '41704000000000', 'xlsx')).toBe('not-engaged-all-programmes-41704000000000-since-2020-01-01.xlsx');
  });
});
