import { describe, expect, it } from 'vitest';
import { summarise } from '../../server/engagement/engagement-summary.js';
import { EngagementGrouping, type MunicipalityEngagement } from '../../server/engagement/engagement.type.js';
import type { Territory } from '../../server/territories/territory.type.js';

const territory = (soate: string) => ({ id: soate, soate }) as Territory;
const oblast = territory('41702000000000');
const rayonA = territory('41702205000000');
const rayonB = territory('41702210000000');

function row(place: string, rayon: Territory | null, engaged: boolean): MunicipalityEngagement {
  return { municipality: { id: `m-${place}` }, territory: territory(place), rayon, oblast, engaged, partner: false, tookPartInEvent: engaged } as MunicipalityEngagement;
}

describe('summarise', () => {
  const rows = [
    row('41702205805000', rayonA, true),
    row('41702205810000', rayonA, false),
    row('41702210830000', rayonB, true),
    row('41702410000010', null, false), // a city of oblast significance: no rayon
  ];

  it('counts per rayon, a city of oblast significance standing for itself', () => {
    const summary = summarise(rows, EngagementGrouping.RAYON);
    expect(summary.map((s) => [s.territory.id, s.total, s.engaged, s.notEngaged, s.share])).toEqual([
      ['41702205000000', 2, 1, 1, 0.5],
      ['41702210000000', 1, 1, 0, 1],
      ['41702410000010', 1, 0, 1, 0],
    ]);
  });

  it('counts per oblast', () => {
    const [only, ...rest] = summarise(rows, EngagementGrouping.OBLAST);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ territory: oblast, total: 4, engaged: 2, notEngaged: 2, share: 0.5 });
  });
});
