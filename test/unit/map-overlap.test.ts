import { describe, expect, it } from 'vitest';
import { areaOnlyProgrammes, classCounts, overlapByPcode, overlapClass, overlapGaps, unitProgrammes, type OverlapRow } from '../../web/src/shaping/overlap.js';

const psi = { id: 'psi', nameRu: 'ПСИ', nameEn: 'PSI' };
const water = { id: 'water', nameRu: 'Вода', nameEn: 'Water' };
const roads = { id: 'roads', nameRu: 'Дороги', nameEn: 'Roads' };
const schools = { id: 'schools', nameRu: 'Школы', nameEn: 'Schools' };

function row(id: string, pcode: string, parent: string, programmes: (typeof psi)[], areaProgrammes: (typeof psi)[] = []): OverlapRow {
  return {
    territory: { id, nameRu: id, nameEn: id, ochaPcode: pcode, level: 'RAYON', lat: null, lon: null, parent: { id: parent } },
    total: 10,
    reachedByNone: programmes.length ? 5 : 10,
    reachedByOne: 0,
    reachedByTwo: 0,
    reachedByThreeOrMore: 0,
    programmeCount: programmes.length,
    programmes,
    areaProgrammes,
  };
}

const rows = [
  row('41704220000000', 'KG04220000000', '41704000000000', []),
  row('41704230000000', 'KG04230000000', '41704000000000', [], [water]),
  row('41702210000000', 'KG02210000000', '41702000000000', [psi, water], [psi]),
  row('41702220000000', 'KG02220000000', '41702000000000', [psi, water, roads], [schools]),
  row('41703210000000', 'KG03210000000', '41703000000000', []),
];

describe('overlap of programmes per rayon', () => {
  it('puts 0 in the gap class, and 3 or more together', () => {
    expect([0, 1, 2, 3, 7].map(overlapClass)).toEqual([0, 1, 2, 3, 3]);
  });

  it('counts programmes reaching a municipality; one named only for the area is shown apart and fills no gap', () => {
    expect(unitProgrammes(rows[2]!).map((programme) => programme.id)).toEqual(['psi', 'water']);
    expect(areaOnlyProgrammes(rows[2]!)).toEqual([]);
    expect(areaOnlyProgrammes(rows[3]!).map((programme) => programme.id)).toEqual(['schools']);
    const units = overlapByPcode(rows);
    expect(units.get('KG04230000000')!.overlapClass).toBe(0);
    expect(units.get('KG04230000000')!.areaProgrammes.map((programme) => programme.id)).toEqual(['water']);
    expect(units.get('KG02210000000')!.overlapClass).toBe(2);
    expect(units.get('KG02220000000')!.overlapClass).toBe(3);
    expect(classCounts(units.values())).toEqual({ 0: 3, 1: 0, 2: 1, 3: 1 });
  });

  it('lists the gaps, of one oblast when asked', () => {
    expect(overlapGaps(rows, null).map((gap) => gap.territory.id)).toEqual(['41703210000000', '41704220000000', '41704230000000']);
    expect(overlapGaps(rows, '41704000000000').map((gap) => gap.territory.id)).toEqual(['41704220000000', '41704230000000']);
  });
});
