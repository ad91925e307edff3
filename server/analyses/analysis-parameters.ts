import { BadInputError } from '../errors.js';
import { AnalysisParameterType, type AnalysisParameter } from './analysis.type.js';

export type ParameterValues = Record<string, string | number | null>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkValue(parameter: AnalysisParameter, value: unknown): string | number {
  const field = `parameters.${parameter.name}`;
  switch (parameter.type) {
    case AnalysisParameterType.INTEGER: {
      if (typeof value !== 'number' || !Number.isInteger(value)) throw new BadInputError(field, 'must be a whole number');
      if (parameter.min !== undefined && value < parameter.min) throw new BadInputError(field, `must be at least ${parameter.min}`);
      if (parameter.max !== undefined && value > parameter.max) throw new BadInputError(field, `must be at most ${parameter.max}`);
      return value;
    }
    case AnalysisParameterType.DATE:
      if (typeof value !== 'string' || !isoDate.test(value) || Number.isNaN(Date.parse(value))) {
        throw new BadInputError(field, 'must be a date like 2019-07-18');
      }
      return value;
    default:
      if (typeof value !== 'string' || value.trim() === '') throw new BadInputError(field, 'must be a non-empty string');
      if (parameter.allowedValues && !parameter.allowedValues.includes(value)) {
        throw new BadInputError(field, `must be one of ${parameter.allowedValues.join(', ')}`);
      }
      return value;
  }
}

/** Checks given values against an analysis's parameter definitions; fills defaults; refuses unknown names. */
export function resolveParameters(definitions: readonly AnalysisParameter[], given: Record<string, unknown>): ParameterValues {
  const known = new Set(definitions.map((parameter) => parameter.name));
  const unknown = Object.keys(given).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new BadInputError(`parameters.${unknown[0]}`, `is not a parameter of this analysis (it takes ${[...known].join(', ') || 'none'})`);
  const values: ParameterValues = {};
  for (const parameter of definitions) {
    const value = given[parameter.name] ?? parameter.defaultValue ?? null;
    if (value === null) {
      if (parameter.required) throw new BadInputError(`parameters.${parameter.name}`, 'is required');
      values[parameter.name] = null;
    } else {
      values[parameter.name] = checkValue(parameter, value);
    }
  }
  return values;
}
