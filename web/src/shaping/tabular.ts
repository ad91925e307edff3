/**
 * Rows of an analysis or Cypher query → table cells (text, number, or a stakeholder to select) and CSV.
 * Cypher rows may hold nodes, relationships and paths, as the API writes them: `{ elementId, labels, properties }`,
 * `{ elementId, type, start, end, properties }` and `{ path: [...] }`.
 */
import { nameOf, type Lang } from '../i18n.js';
import { csvText, type CsvValue } from './csv.js';

export interface NodeValue {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface RelationshipValue {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isNodeValue(value: unknown): value is NodeValue {
  return isObject(value) && typeof value.elementId === 'string' && Array.isArray(value.labels) && isObject(value.properties);
}

function isRelationshipValue(value: unknown): value is RelationshipValue {
  return isObject(value) && typeof value.elementId === 'string' && typeof value.type === 'string' && typeof value.start === 'string' && isObject(value.properties);
}

function isPathValue(value: unknown): value is { path: unknown[] } {
  return isObject(value) && Array.isArray(value.path) && Object.keys(value).length === 1;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The graph id of a node (its `id` property; nodes without one are not stakeholders to select). */
function nodeId(node: NodeValue): string | null {
  return text(node.properties.id);
}

/** Columns whose text is an entity id: `id`, `eventId`, `municipalityId`… */
export function isIdColumn(column: string): boolean {
  return column === 'id' || /[a-z]Id$/.test(column);
}

export interface CellFormat {
  names: Lang;
  formatNumber(value: number): string;
  /** Label of an API enum value (kinds, roles, entity types), the value itself when unknown. */
  enumLabel(value: string): string;
}

export interface Cell {
  text: string;
  numeric: boolean;
  /** The node this cell refers to, when it is one that can be selected in the network. */
  entityId: string | null;
}

function nodeText(node: NodeValue, format: CellFormat): string {
  const label = node.labels.find((name) => name !== 'Entity') ?? node.labels[0];
  const name = nameOf({ id: nodeId(node) ?? node.elementId, nameRu: text(node.properties.nameRu), nameEn: text(node.properties.nameEn) }, format.names);
  return label ? `${name} (${format.enumLabel(label.toUpperCase())})` : name;
}

/** What a table shows for one value; the CSV keeps the value itself (see `csvValue`). */
export function cell(value: unknown, column: string, format: CellFormat): Cell {
  if (value === null || value === undefined) return { text: '', numeric: false, entityId: null };
  if (typeof value === 'number') return { text: format.formatNumber(value), numeric: true, entityId: null };
  if (typeof value === 'boolean') return { text: String(value), numeric: false, entityId: null };
  if (typeof value === 'string') {
    if (isIdColumn(column)) return { text: value, numeric: false, entityId: value };
    // Enum values (AYIL_OKMOTU, PRESENTER) and entity types (Organisation) read better translated.
    if (column === 'entityType') return { text: format.enumLabel(value.toUpperCase()), numeric: false, entityId: null };
    if (/^[A-Z][A-Z_]+$/.test(value)) return { text: format.enumLabel(value), numeric: false, entityId: null };
    return { text: value, numeric: false, entityId: null };
  }
  if (isNodeValue(value)) return { text: nodeText(value, format), numeric: false, entityId: nodeId(value) };
  if (isRelationshipValue(value)) return { text: `:${value.type}`, numeric: false, entityId: null };
  if (isPathValue(value)) return { text: value.path.filter(isNodeValue).map((node) => nodeText(node, format)).join(' → '), numeric: false, entityId: null };
  if (Array.isArray(value)) return { text: value.map((item) => cell(item, '', format).text).join(', '), numeric: false, entityId: null };
  return { text: JSON.stringify(value), numeric: false, entityId: null };
}

/** One value as a CSV field: scalars as they are, a node as its id, a relationship as its type, lists joined by "; ". */
export function csvValue(value: unknown): CsvValue {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isNodeValue(value)) return nodeId(value) ?? value.elementId;
  if (isRelationshipValue(value)) return value.type;
  if (isPathValue(value)) return value.path.filter(isNodeValue).map((node) => nodeId(node) ?? node.elementId).join(' → ');
  if (Array.isArray(value)) return value.map((item) => String(csvValue(item) ?? '')).join('; ');
  return JSON.stringify(value);
}

/** The whole result as CSV: a header of the columns, one line per row. */
export function tabularCsv(result: { columns: readonly string[]; rows: readonly Record<string, unknown>[] }): string {
  return csvText(result.columns, result.rows.map((row) => result.columns.map((column) => csvValue(row[column]))));
}
