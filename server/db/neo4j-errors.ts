import { Neo4jError } from 'neo4j-driver';
import { AppError, ConflictError } from '../errors.js';

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Maps a driver error to one of the service's typed errors; unknown errors pass through unchanged. */
export function mapNeo4jError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError(describeConstraintViolation(error.message));
  }
  if (unavailableCodes.has(error.code)) {
    return new AppError('DATABASE_UNAVAILABLE', 'The graph database is not reachable; try again shortly');
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || error.code.includes('TransactionTimedOut')) {
    return new AppError('TIMEOUT', 'The query took longer than the time limit and was stopped');
  }
  return error;
}

function describeConstraintViolation(message: string): string {
  // Neo4j says e.g. "Node(12) already exists with label `Person` and property `id` = 'p-1'".
  const match = /label `(\w+)` and propert(?:y|ies) `([\w, `]+)` = (.+)$/m.exec(message);
  if (match) return `A ${match[1]} with ${(match[2] ?? '').replace(/`/g, '')} ${match[3]} already exists`;
  const relationship = /relationship type `(\w+)` and property `(\w+)` = (.+)$/m.exec(message);
  if (relationship) return `A ${relationship[1]} with ${relationship[2]} ${relationship[3]} already exists`;
  return 'That would duplicate an existing record';
}
