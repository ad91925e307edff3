/** Form text → parameter values, checked as the API will check them, so a mistake is named before any request. */
import type { AnalysisParameter } from './analysis-api.js';

export type ParameterProblem =
  | { name: string; reason: 'required' | 'integer' | 'date' | 'allowed' }
  | { name: string; reason: 'min' | 'max'; limit: number };

export interface ParameterValues {
  /** Only the parameters given: the API fills in the defaults of the others. */
  values: Record<string, string | number>;
  problems: ParameterProblem[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The text a parameter's field starts with: its default, if it has one. */
export function initialText(parameter: AnalysisParameter): string {
  const value = parameter.defaultValue;
  return value === null || value === undefined ? '' : String(value);
}

export function parameterValues(definitions: readonly AnalysisParameter[], texts: Readonly<Record<string, string>>): ParameterValues {
  const values: Record<string, string | number> = {};
  const problems: ParameterProblem[] = [];
  for (const parameter of definitions) {
    const { name } = parameter;
    const text = (texts[name] ?? '').trim();
    if (text === '') {
      if (parameter.required && (parameter.defaultValue === null || parameter.defaultValue === undefined)) problems.push({ name, reason: 'required' });
      continue;
    }
    if (parameter.type === 'INTEGER') {
      const value = Number(text);
      if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value)) problems.push({ name, reason: 'integer' });
      else if (parameter.min !== null && value < parameter.min) problems.push({ name, reason: 'min', limit: parameter.min });
      else if (parameter.max !== null && value > parameter.max) problems.push({ name, reason: 'max', limit: parameter.max });
      else values[name] = value;
    } else if (parameter.type === 'DATE') {
      if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(text))) problems.push({ name, reason: 'date' });
      else values[name] = text;
    } else if (parameter.allowedValues && !parameter.allowedValues.includes(text)) {
      problems.push({ name, reason: 'allowed' });
    } else {
      values[name] = text;
    }
  }
  return { values, problems };
}

export type JsonObjectResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; reason: 'syntax'; message: string }
  | { ok: false; reason: 'not-object' };

/** The console's parameters: a JSON object (blank means none). */
export function parseJsonObject(text: string): JsonObjectResult {
  if (text.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'syntax', message: error instanceof Error ? error.message : String(error) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'not-object' };
  return { ok: true, value: value as Record<string, unknown> };
}
