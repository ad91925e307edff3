import neo4j from 'neo4j-driver';
import { BadInputError } from '../errors.js';

/**
 * Property values in an export keep their Neo4j type. Strings, booleans, whole numbers (INTEGER) and lists of
 * them are plain JSON; everything JSON cannot tell apart is tagged:
 *   FLOAT → {"type": "float", "value": 1.5}          (so 2.0 stays a float)
 *   INTEGER beyond ±2^53 → {"type": "integer", "value": "9007199254740993"}
 *   DATE → {"type": "date", "value": "2019-07-18"}   (also datetime, localdatetime, time, localtime, duration)
 *   lists of those → {"type": "list<date>", "value": ["2019-07-18", …]}
 * The export query sends integers and temporal values as Neo4j's own strings, so nothing is rounded or re-zoned.
 */
export type JsonValue = string | number | boolean | JsonValue[] | { type: string; value: JsonValue };

/** A property as the export query returns it: key, Neo4j type name (`valueType`), value. */
export interface StoredProperty {
  key: string;
  type: string;
  value: unknown;
}

/** A property as the restore query takes it: its tag ("plain", "integer", "date", "list<float>"…) and value. */
export interface RestoreProperty {
  key: string;
  type: string;
  value: unknown;
}

const temporalTags: Record<string, string> = {
  DATE: 'date',
  'ZONED DATETIME': 'datetime',
  'LOCAL DATETIME': 'localdatetime',
  'ZONED TIME': 'time',
  'LOCAL TIME': 'localtime',
  DURATION: 'duration',
};
const knownTags = new Set(['integer', 'float', ...Object.values(temporalTags)]);

const baseType = (type: string) => type.replace(/ NOT NULL/g, '').trim();
const isSafe = (text: unknown) => Number.isSafeInteger(Number(text)) && /^-?\d+$/.test(String(text));

function encodeScalar(type: string, value: unknown, where: string): JsonValue {
  if (type === 'STRING' || type === 'BOOLEAN') return value as string | boolean;
  if (type === 'INTEGER') return isSafe(value) ? Number(value) : { type: 'integer', value: String(value) };
  if (type === 'FLOAT') return { type: 'float', value: Number.isFinite(value) ? (value as number) : String(value) };
  const tag = temporalTags[type];
  if (tag) return { type: tag, value: String(value) };
  throw new Error(`${where}: properties of type ${type} cannot be exported`);
}

/** One stored property as export JSON. */
export function encodeProperty({ type, value, key }: StoredProperty, where: string): JsonValue {
  const base = baseType(type);
  const list = /^LIST<(.*)>$/.exec(base);
  if (!list) return encodeScalar(base, value, `${where}.${key}`);
  const element = baseType(list[1]!);
  const items = value as unknown[];
  if (element === 'STRING' || element === 'BOOLEAN' || element === 'NOTHING') return items as JsonValue[];
  if (element === 'INTEGER' && items.every(isSafe)) return items.map(Number);
  const tag = element === 'INTEGER' ? 'integer' : element === 'FLOAT' ? 'float' : temporalTags[element];
  if (!tag) throw new Error(`${where}.${key}: lists of ${element} cannot be exported`);
  return { type: `list<${tag}>`, value: items.map((item) => (element === 'FLOAT' ? (item as number) : String(item))) };
}

export function encodeProperties(stored: readonly StoredProperty[], where: string): Record<string, JsonValue> {
  return Object.fromEntries([...stored].sort((a, b) => a.key.localeCompare(b.key)).map((property) => [property.key, encodeProperty(property, where)]));
}

function isTagged(value: unknown): value is { type: string; value: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'type' in value && 'value' in value;
}

/** One export JSON property as the restore query takes it; refuses values an export never holds. */
export function decodeProperty(key: string, value: unknown, where: string): RestoreProperty {
  const bad = (why: string) => new BadInputError('backup', `${where}.${key}: ${why}`);
  if (typeof value === 'string' || typeof value === 'boolean') return { key, type: 'plain', value };
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw bad('a plain number must be a whole number; floats are written {"type": "float", "value": …}');
    return { key, type: 'integer', value: String(value) };
  }
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string') || value.every((item) => typeof item === 'boolean')) return { key, type: 'plain', value };
    if (value.every((item) => Number.isSafeInteger(item))) return { key, type: 'list<integer>', value: value.map(String) };
    throw bad('a list must hold only strings, only booleans or only whole numbers');
  }
  if (isTagged(value)) {
    const list = /^list<(.+)>$/.exec(value.type);
    const tag = list ? list[1]! : value.type;
    if (!knownTags.has(tag)) throw bad(`unknown type "${value.type}"`);
    if (list && !Array.isArray(value.value)) throw bad(`a ${value.type} value must be a list`);
    const scalarOk = (item: unknown) => (tag === 'float' ? typeof item === 'number' || typeof item === 'string' : typeof item === 'string');
    if (!(list ? (value.value as unknown[]).every(scalarOk) : scalarOk(value.value))) throw bad(`not a valid ${value.type} value`);
    return { key, type: value.type, value: value.value };
  }
  throw bad('values are strings, booleans, whole numbers, lists of them, or {"type", "value"}');
}

export function decodeProperties(properties: unknown, where: string): RestoreProperty[] {
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    throw new BadInputError('backup', `${where}: properties must be an object`);
  }
  return Object.entries(properties)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => decodeProperty(key, value, where));
}

const temporal = (type: string) => /^(list<)?(date|datetime|localdatetime|time|localtime|duration)>?$/.test(type);

/**
 * Parameters of the restore queries: the properties the driver can send as they are (integers as Neo4j integers,
 * floats as floats) in one map, and the temporal ones, which Cypher parses from Neo4j's own text, apart.
 */
export function restoreParameters(properties: RestoreProperty[]): { properties: Record<string, unknown>; temporals: RestoreProperty[] } {
  const plain: Record<string, unknown> = {};
  for (const { key, type, value } of properties) {
    if (temporal(type)) continue;
    if (type === 'integer') plain[key] = neo4j.int(value as string);
    else if (type === 'list<integer>') plain[key] = (value as string[]).map((item) => neo4j.int(item));
    else if (type === 'float') plain[key] = Number(value);
    else if (type === 'list<float>') plain[key] = (value as (number | string)[]).map(Number);
    else plain[key] = value;
  }
  return { properties: plain, temporals: properties.filter((property) => temporal(property.type)) };
}
