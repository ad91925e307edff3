import { describe, expect, it } from 'vitest';
import type { MunicipalityRow, SummaryRow } from '../../web/src/api/queries.js';
import { NO_DATA_COLOUR, shareColour, textColourOn, CATEGORY_COLOURS } from '../../web/src/shaping/colours.js';
import { CATEGORIES } from '../../web/src/shaping/categories.js';
import { csvFileName, groupUnengaged, sharesByPcode, unengagedCsv, unitIndex } from '../../web/src/shaping/engagement.js';
import { ENGAGEMENT, type EngagementResult } from '../../web/src/api/queries.js';
import { graphqlData } from '../support/graphql.js';

const ref = (id: string, nameRu: string, nameEn: string) => ({ id, nameRu, nameEn });

function row(municipality: string, territory: string, rayon: ReturnType<typeof ref> | null, oblast: ReturnType<typeof ref> | null, engaged: boolean, kind = 'AYIL_OKMOTU'): MunicipalityRow {
  return {
    municipality: { ...ref(`ao-${territory}`, municipality, municipality), kind },
    territory: { ...ref(territory, municipality, municipality), level: rayon ? 'AYIL_AIMAK' : 'CITY', soate: territory },
    rayon: rayon ? { ...rayon, ochaPcode: `KG${rayon.id.slice(3)}` } : null,
    oblast,
    engaged,
    partner: false,
    tookPartInEvent: engaged,
  };
}

const naryn = ref('41704000000000', 'Нарынская область', 'Naryn');
const atBashy = ref('41704220000000', 'Ат-Башинский район', 'At-Bashy');
const kochkor = ref('41704230000000', 'Кочкорский район', 'Kochkor');
const issykKul = ref('41702000000000', 'Иссык-Кульская область', 'Issyk-Kul');
const tup = ref('41702225000000', 'Тюпский район', 'Tup');

const rows: MunicipalityRow[] = [
  row('Кара-Суу', '41704230810000', kochkor, naryn, false),
  row('Ак-Муз', '41704220805000', atBashy, naryn, false),
  row('Нарын', '41704400000010', null, naryn, false, 'TOWN_ADMINISTRATION'),
  row('Ак-Булак', '41702225896000', tup, issykKul, true),
  row('Бишкек', '41711000000000', null, null, false, 'TOWN_ADMINISTRATION'),
  row('Ак-Кыя, "Чон"', '41704220810000', atBashy, naryn, false),
];

describe('engagement shaping', () => {
  it('groups the municipalities not engaged by oblast, then rayon (or city), in SOATE order', () => {
    const groups = groupUnengaged(rows);
    expect(groups.map((group) => [group.oblast.nameEn, group.count])).toEqual([
      ['Naryn', 4],
      ['Бишкек', 1],
    ]);
    const [first] = groups;
    expect(first!.units.map((unit) => [unit.unit.nameEn, unit.isCity, unit.municipalities.map((m) => m.soate)])).toEqual([
      ['At-Bashy', false, ['41704220805000', '41704220810000']],
      ['Kochkor', false, ['41704230810000']],
      ['Нарын', true, ['41704400000010']],
    ]);
    // Bishkek has no oblast: it is a group of its own.
    expect(groups[1]!.isCity).toBe(true);
    expect(groups[0]!.isCity).toBe(false);
    expect(groups[1]!.units[0]!.unit.id).toBe('41711000000000');
  });

  it('links municipalities and their territories to the map unit they count in', () => {
    const index = unitIndex(rows);
    expect(index.get('ao-41704230810000')).toBe('41704230000000');
    expect(index.get('41704220805000')).toBe('41704220000000');
    expect(index.get('ao-41704400000010')).toBe('41704400000010');
    expect(index.get('41704220000000')).toBe('41704220000000');
  });

  it('writes RFC 4180 CSV with both languages, quoting where needed', () => {
    const csv = unengagedCsv(groupUnengaged(rows));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('oblast_ru,oblast_en,rayon_ru,rayon_en,municipality_ru,municipality_en,kind,municipality_id,soate');
    expect(lines[1]).toBe('Нарынская область,Naryn,Ат-Башинский район,At-Bashy,Ак-Муз,Ак-Муз,AYIL_OKMOTU,ao-41704220805000,41704220805000');
    expect(lines[2]).toBe('Нарынская область,Naryn,Ат-Башинский район,At-Bashy,"Ак-Кыя, ""Чон""","Ак-Кыя, ""Чон""",AYIL_OKMOTU,ao-41704220810000,41704220810000');
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(lines.at(-1)).toBe('');
    expect(csvFileName('psi-phase-2', null)).toBe('not-engaged-psi-phase-2.csv');
    expect(csvFileName('psi/phase 2', '2019-08-01')).toBe('not-engaged-psi_phase_2-since-2019-08-01.csv');
  });

  it('keys shares by OCHA p-code and recomputes them from the counts', () => {
    const summary: SummaryRow[] = [
      { territory: { ...atBashy, ochaPcode: 'KG04220000000', level: 'RAYON', lat: null, lon: null, parent: { id: naryn.id } }, total: 20, engaged: 5, notEngaged: 15, share: 0.25 },
      { territory: { ...ref('x', 'x', 'x'), ochaPcode: null, level: 'RAYON', lat: null, lon: null, parent: null }, total: 1, engaged: 0, notEngaged: 1, share: 0 },
      { territory: { ...tup, ochaPcode: 'KG02225000000', level: 'RAYON', lat: null, lon: null, parent: { id: issykKul.id } }, total: 0, engaged: 0, notEngaged: 0, share: 0 },
    ];
    const shares = sharesByPcode(summary);
    expect([...shares.keys()]).toEqual(['KG04220000000', 'KG02225000000']);
    expect(shares.get('KG04220000000')).toMatchObject({ territoryId: atBashy.id, oblastId: naryn.id, share: 0.25, engaged: 5, notEngaged: 15 });
    expect(shares.get('KG02225000000')!.share).toBe(0);
  });

  it('colours shares from pale (none engaged) to dark (all), grey without data, and picks readable text', () => {
    expect(shareColour(0)).toBe(shareColour(-1));
    expect(shareColour(1)).toBe(shareColour(2));
    expect(shareColour(null)).toBe(NO_DATA_COLOUR);
    expect(shareColour(Number.NaN)).toBe(NO_DATA_COLOUR);
    expect(shareColour(0)).not.toBe(shareColour(0.5));
    expect(textColourOn(shareColour(0))).toBe('#1f2933');
    expect(textColourOn(shareColour(1))).toBe('#ffffff');
    // Every kind has its own colour.
    expect(new Set(CATEGORIES.map((category) => CATEGORY_COLOURS[category])).size).toBe(CATEGORIES.length);
  });

  it('shapes the real engagement answer: Naryn has 64 municipalities, none engaged in phase 2', async () => {
    const result = await graphqlData<EngagementResult>(ENGAGEMENT, { phaseId: 'psi-phase-2', since: null });
    const groups = groupUnengaged(result.municipalities);
    const narynGroup = groups.find((group) => group.oblast.id === naryn.id)!;
    expect(narynGroup.count).toBe(64);
    expect(narynGroup.units).toHaveLength(6);
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(422);
    const shares = sharesByPcode(result.rayons);
    expect(shares.size).toBe(55);
    expect(shares.get('KG04220000000')!.engaged).toBe(0);
    expect(shares.get('KG02205000000')!.share).toBe(1);
  });
});
