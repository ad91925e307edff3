import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { mapNeo4jError } from '../db/neo4j-errors.js';

function flattenValidationErrors(errors: readonly ValidationError[], prefix = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * The only place errors leave the server. Known errors keep their code and message; input validation
 * errors name each field; anything unexpected reaches the client as a bare INTERNAL_SERVER_ERROR, so no
 * stack trace, query text or database detail ever leaks.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const fields = flattenValidationErrors(original.extensions.validationErrors as ValidationError[]);
    const message = fields.map(({ field, problems }) => `${field}: ${problems.join('; ')}`).join(' | ') || 'Invalid input';
    return { message, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field: fields[0]?.field, fields } };
  }
  const mapped = mapNeo4jError(original);
  if (mapped instanceof GraphQLError && typeof mapped.extensions.code === 'string') {
    return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: mapped.extensions };
  }
  if (original === error && error instanceof GraphQLError && formatted.extensions?.code) {
    // Parse, validation and variable errors raised by graphql-js or Apollo themselves.
    return formatted;
  }
  // Logged with its stack and request id by the logging plugin; the client learns nothing more.
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
