import { BOM } from '../common/csv-format.js';
import { csvTable, type CsvCell } from '../common/csv-writer.js';
import type { GraphDocument } from './graph-document.js';
import type { JsonValue } from './typed-values.js';

/**
 * The export as CSV, one file per kind: `nodes/<Label>.csv` (labels other than Entity, joined by "+") with a
 * column per property, and `relationships/<TYPE>.csv` with the endpoints' ids. UTF-8 with a BOM so Excel
 * reads Cyrillic; lists joined by " | ", typed values as text (dates ISO). Written by the shared CSV writer, so text
 * that a spreadsheet would run as a formula is defused.
 */
export interface CsvFile {
  name: string;
  rows: number;
  content: string;
}

/** Numbers and booleans stay typed so the writer leaves them as they are (a negative number is no formula). */
function cell(value: JsonValue | undefined): CsvCell {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => String(cell(item))).join(' | ');
  if (typeof value === 'object') return cell(value.value);
  return value;
}

function table(header: string[], rows: CsvCell[][]): string {
  return `${BOM}${csvTable(header, rows)}`;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

const columnsOf = (items: { properties: Record<string, JsonValue> }[], first: string[]) => {
  const keys = [...new Set(items.flatMap((item) => Object.keys(item.properties)))].filter((key) => !first.includes(key)).sort();
  return keys;
};

export function csvFiles(document: Pick<GraphDocument, 'nodes' | 'relationships'>): CsvFile[] {
  const files: CsvFile[] = [];
  const kinds = groupBy(document.nodes, (node) => node.labels.filter((label) => label !== 'Entity').join('+') || 'Node');
  for (const [kind, nodes] of [...kinds].sort(([a], [b]) => a.localeCompare(b))) {
    const keys = columnsOf(nodes, ['id']);
    const rows = nodes.map((node) => [node.properties.id === undefined ? node.ref : cell(node.properties.id), ...keys.map((key) => cell(node.properties[key]))]);
    files.push({ name: `nodes/${kind}.csv`, rows: rows.length, content: table(['id', ...keys], rows) });
  }
  const types = groupBy(document.relationships, (rel) => rel.type);
  for (const [type, rels] of [...types].sort(([a], [b]) => a.localeCompare(b))) {
    const keys = columnsOf(rels, []);
    const rows = rels.map((rel) => [rel.start, rel.end, ...keys.map((key) => cell(rel.properties[key]))]);
    files.push({ name: `relationships/${type}.csv`, rows: rows.length, content: table(['start', 'end', ...keys], rows) });
  }
  return files;
}
