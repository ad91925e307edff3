import type { Territory } from '../territories/territory.type.js';
import { EngagementGrouping, type EngagementSummaryRow, type MunicipalityEngagement } from './engagement.type.js';

/**
 * The unit a municipality is counted under. Cities of oblast significance sit directly in their oblast
 * and Bishkek and Osh directly in the country, so they stand for themselves, as on the official map.
 */
function groupOf(row: MunicipalityEngagement, grouping: EngagementGrouping): Territory {
  const unit = grouping === EngagementGrouping.RAYON ? row.rayon : row.oblast;
  return unit ?? row.territory;
}

export function summarise(rows: readonly MunicipalityEngagement[], grouping: EngagementGrouping): EngagementSummaryRow[] {
  const groups = new Map<string, EngagementSummaryRow>();
  for (const row of rows) {
    const territory = groupOf(row, grouping);
    const group = groups.get(territory.id) ?? { territory, total: 0, engaged: 0, notEngaged: 0, share: 0 };
    group.total += 1;
    if (row.engaged) group.engaged += 1;
    else group.notEngaged += 1;
    group.share = group.engaged / group.total;
    groups.set(territory.id, group);
  }
  return [...groups.values()].sort((a, b) => a.territory.soate.localeCompare(b.territory.soate));
}
