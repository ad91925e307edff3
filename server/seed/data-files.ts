import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { projectPath } from '../common/project-root.js';

/** The repo's `data/` folder; the seed reads only files committed there. */
const dataRoot = projectPath('data');

export function readDataText(relativePath: string): string {
  return readFileSync(join(dataRoot, relativePath), 'utf8');
}

export function readDataJson(relativePath: string): unknown {
  return JSON.parse(readDataText(relativePath));
}

/** CSV rows keyed by the header line; every value is a trimmed string ('' when empty). */
export function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
}

export function readDataCsv(relativePath: string): Record<string, string>[] {
  return parseCsv(readDataText(relativePath));
}

/** '' → null, so absent facts are absent properties. */
export function orNull(value: string | undefined): string | null {
  return value && value.trim() ? value.trim() : null;
}

export function floatOrNull(value: string | undefined): number | null {
  const text = orNull(value);
  if (text === null) return null;
  const number = Number(text);
  if (!Number.isFinite(number)) throw new Error(`Seed data: "${text}" is not a number`);
  return number;
}
