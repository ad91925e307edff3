/**
 * Timeline labels in lanes: each label goes to the first lane where it overlaps no other label, so two events
 * on nearby dates never print over each other. Labels that find no free lane are left out (the event's mark,
 * its tooltip and the events table still name it). Hand-written: d3 has no label-lane layout, and a label
 * placement library would be a dependency for twenty lines.
 */
export interface LabelSpan {
  id: string;
  /** Left and right edge of the label, in pixels. */
  start: number;
  end: number;
  /** Placed before the others (the chosen event), so it always gets a lane. */
  priority?: boolean;
}

/** Lane per label id (0 nearest the marks), or null when every lane is taken at its place. */
export function labelLanes(spans: readonly LabelSpan[], maxLanes: number, gap = 8): Map<string, number | null> {
  const lanes: { start: number; end: number }[][] = Array.from({ length: Math.max(0, maxLanes) }, () => []);
  const order = [...spans].sort((a, b) => Number(Boolean(b.priority)) - Number(Boolean(a.priority)) || a.start - b.start || (a.id < b.id ? -1 : 1));
  const placed = new Map<string, number | null>();
  for (const span of order) {
    const lane = lanes.findIndex((taken) => taken.every((other) => span.end + gap <= other.start || other.end + gap <= span.start));
    if (lane === -1) placed.set(span.id, null);
    else {
      lanes[lane]!.push({ start: span.start, end: span.end });
      placed.set(span.id, lane);
    }
  }
  return placed;
}

/** Where a label of this width goes beside a mark at x: to the right, or to the left when it would run off the edge. */
export function labelSpanAt(x: number, radius: number, width: number, chartWidth: number): { start: number; end: number; anchor: 'start' | 'end' } {
  const rightStart = x + radius + 6;
  if (rightStart + width <= chartWidth - 4) return { start: rightStart, end: rightStart + width, anchor: 'start' };
  const leftEnd = x - radius - 6;
  return { start: leftEnd - width, end: leftEnd, anchor: 'end' };
}
