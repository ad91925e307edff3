/**
 * Completion for the Cypher console: after ":" the labels and relationship types, after "." the properties, else
 * Cypher keywords, from the schema panel's data. Hand-written: CodeMirror 6 would add far more to the analysis
 * chunk than this list needs, and the console is a plain textarea.
 */
import type { GraphSchema } from './analysis-api.js';

export type CompletionKind = 'label' | 'type' | 'property' | 'keyword';

export interface Completion {
  text: string;
  kind: CompletionKind;
}

export interface CompletionList {
  /** The part of the text the chosen item replaces. */
  from: number;
  to: number;
  items: Completion[];
}

export const CYPHER_KEYWORDS = [
  'MATCH', 'OPTIONAL MATCH', 'WHERE', 'RETURN', 'WITH', 'UNWIND', 'ORDER BY', 'SKIP', 'LIMIT', 'DISTINCT', 'AS', 'AND', 'OR', 'NOT', 'XOR', 'IN',
  'IS NULL', 'IS NOT NULL', 'STARTS WITH', 'ENDS WITH', 'CONTAINS', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'EXISTS', 'COUNT', 'CALL', 'UNION',
  'collect', 'count', 'size', 'labels', 'type', 'keys', 'properties', 'coalesce', 'toLower', 'toUpper', 'shortestPath', 'allShortestPaths', 'date',
  'DESC', 'ASC', 'true', 'false', 'null',
] as const;

const MAX_ITEMS = 12;

/** What to offer at the cursor, or null when nothing fits (inside a string or a comment, or no word begun). */
export function cypherCompletions(text: string, cursor: number, schema: GraphSchema | null): CompletionList | null {
  const before = text.slice(0, cursor);
  // Not inside a string or a line comment.
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (line.includes('//') || (before.split("'").length - 1) % 2 === 1 || (before.split('"').length - 1) % 2 === 1) return null;
  const match = /([:.]?)([A-Za-z_][\w]*)?$/.exec(before)!;
  const sign = match[1] ?? '';
  const word = match[2] ?? '';
  const from = cursor - word.length;
  // After ":" inside [...] a relationship type, else a label; after "." a property; a bare word a keyword.
  let pool: Completion[];
  if (sign === ':') {
    const inRelationship = before.lastIndexOf('[') > before.lastIndexOf(']');
    pool = inRelationship
      ? (schema?.relationshipTypes ?? []).map((entry) => ({ text: entry.type, kind: 'type' as const }))
      : (schema?.labels ?? []).map((entry) => ({ text: entry.label, kind: 'label' as const }));
  } else if (sign === '.') {
    if (/\d$/.test(before.slice(0, from - 1))) return null;
    const keys = new Set<string>();
    for (const entry of [...(schema?.labels ?? []), ...(schema?.relationshipTypes ?? [])]) for (const property of entry.properties) keys.add(property.key);
    pool = [...keys].sort().map((key) => ({ text: key, kind: 'property' as const }));
  } else {
    if (!word) return null;
    pool = CYPHER_KEYWORDS.map((keyword) => ({ text: keyword, kind: 'keyword' as const }));
  }
  const lower = word.toLowerCase();
  const items = pool.filter((item) => item.text.toLowerCase().startsWith(lower) && item.text !== word).slice(0, MAX_ITEMS);
  return items.length ? { from, to: cursor, items } : null;
}
