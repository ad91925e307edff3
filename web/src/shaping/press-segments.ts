/**
 * A press release's text cut into non-overlapping pieces for display: plain text, and text that one or more
 * findings cover. Offsets are UTF-16 code units, as the draft gives them and as JavaScript counts.
 */

export interface SpanRef {
  /** Identifies the finding (the page's key). */
  key: string;
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Keys of the findings covering this piece, innermost (shortest) first; empty for plain text. */
  keys: string[];
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A boundary inside a surrogate pair would cut a character (an emoji, a rare letter) in two: move it outward. */
function snap(text: string, offset: number, direction: -1 | 1): number {
  if (offset <= 0 || offset >= text.length) return offset;
  if (isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))) return offset + (direction === 1 ? 1 : -1);
  return offset;
}

/**
 * Splits `text` at every start and end of a finding. Findings out of range are clamped, empty ones dropped;
 * a piece covered by several findings (one inside another, or overlapping) lists them all, the innermost first,
 * so the display can show the innermost and still reach the others.
 */
export function segmentText(text: string, spans: readonly SpanRef[]): TextSegment[] {
  if (text.length === 0) return [];
  const valid = spans
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end))
    .map((span) => {
      const start = snap(text, Math.max(0, Math.min(span.start, text.length)), -1);
      const end = snap(text, Math.max(0, Math.min(span.end, text.length)), 1);
      return { key: span.key, start, end };
    })
    .filter((span) => span.end > span.start);
  const cuts = new Set<number>([0, text.length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index]!;
    const end = points[index + 1]!;
    const covering = valid
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start || a.key.localeCompare(b.key));
    segments.push({ start, end, text: text.slice(start, end), keys: [...new Set(covering.map((span) => span.key))] });
  }
  return segments;
}
