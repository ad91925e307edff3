import { Neo4jError } from 'neo4j-driver';
import { AppError, ConflictError } from '../errors.js';

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Neo4j refused the request itself (bad statement, constraint): nothing of it was applied. */
export function isClientError(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.');
}

/** A write whose COMMIT was sent but never answered: saved or not, nobody can tell until Neo4j is back. */
export function outcomeUnknown(requestId: string | undefined): AppError {
  return new AppError(
    'DATABASE_UNAVAILABLE',
    'The graph database became unreachable while saving: the change may or may not have been saved. ' +
      'Check the audit trail for this request id before trying again.',
    { outcome: 'UNKNOWN', ...(requestId ? { requestId } : {}) },
  );
}

/** Maps a driver error to one of the service's typed errors; unknown errors pass through unchanged. */
export function mapNeo4jError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError(describeConstraintViolation(error.message));
  }
  if (unavailableCodes.has(error.code) || error.code === 'Neo.TransientError.General.DatabaseUnavailable') {
    return new AppError('DATABASE_UNAVAILABLE', 'The graph database is not reachable; nothing was changed. Try again shortly', { outcome: 'NOT_APPLIED' });
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
