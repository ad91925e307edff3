import { describe, expect, it } from 'vitest';
import { labelLanes, labelSpanAt, type LabelSpan } from '../../web/src/shaping/timeline-lanes.js';

const overlaps = (a: LabelSpan, b: LabelSpan) => a.start < b.end && b.start < a.end;

describe('timeline label lanes', () => {
  it('puts labels of events on nearby dates in different lanes, so no two labels in a lane overlap', () => {
    // Three events a few days apart: each label is far wider than the gap between their marks.
    const spans: LabelSpan[] = [
      { id: 'a', ...labelSpanAt(400, 8, 260, 1400) },
      { id: 'b', ...labelSpanAt(404, 8, 240, 1400) },
      { id: 'c', ...labelSpanAt(410, 8, 250, 1400) },
      { id: 'far', ...labelSpanAt(1000, 8, 200, 1400) },
    ];
    const lanes = labelLanes(spans, 4);
    expect(lanes.get('a')).toBe(0);
    expect(lanes.get('b')).toBe(1);
    expect(lanes.get('c')).toBe(2);
    expect(lanes.get('far')).toBe(0);
    for (const a of spans) {
      for (const b of spans) {
        if (a.id < b.id && lanes.get(a.id) === lanes.get(b.id)) expect(overlaps(a, b)).toBe(false);
      }
    }
  });

  it('leaves a label out rather than overlap when the lanes are full, and always places the chosen event', () => {
    const spans: LabelSpan[] = ['a', 'b', 'c'].map((id) => ({ id, start: 100, end: 300 }));
    const lanes = labelLanes([...spans, { id: 'chosen', start: 120, end: 320, priority: true }], 2);
    expect(lanes.get('chosen')).toBe(0);
    expect(lanes.get('a')).toBe(1);
    expect([lanes.get('b'), lanes.get('c')]).toEqual([null, null]);
  });

  it('turns a label to the left of its mark near the right edge', () => {
    expect(labelSpanAt(1380, 8, 200, 1400)).toEqual({ start: 1166, end: 1366, anchor: 'end' });
    expect(labelSpanAt(100, 8, 200, 1400)).toEqual({ start: 114, end: 314, anchor: 'start' });
  });
});
