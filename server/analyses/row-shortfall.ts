import type { RowShortfall } from './analysis.type.js';

/**
 * Why an analysis returned fewer rows than asked, or null when it did not: none qualify at all, a filter
 * (a phase, a kind) left fewer, or fewer qualify even without one.
 */
export function rowShortfall(asked: number, returned: number, filtered: boolean, withoutFilter: number | null = null): RowShortfall | null {
  if (returned >= asked) return null;
  const code = returned === 0 ? 'NONE_QUALIFY' : filtered ? 'FILTER_REMOVED' : 'FEWER_CANDIDATES';
  return { code, asked, returned, withoutFilter: filtered ? withoutFilter : null };
}
