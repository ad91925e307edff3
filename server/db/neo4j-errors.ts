import { Neo4jError } from 'neo4j-driver';
import { AppError, BadInputError, ConflictError } from '../errors.js';

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

/** Neo4j's codes for a transaction stopped by its memory limits (db.memory.transaction.max and the total). */
const memoryLimitCodes = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.TransactionMemoryLimit']);

export function isMemoryLimitError(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && memoryLimitCodes.has(error.code);
}

/**
 * For Cypher written by an analyst (server/cypher-console): what Neo4j refuses in the statement itself is the
 * analyst's to fix, so it is BAD_USER_INPUT on the `query` field with Neo4j's own words (syntax, unknown function
 * or procedure, missing parameter, type and arithmetic errors), and a query stopped by the memory limit is
 * RESOURCE_LIMIT. Both are refusals, logged at info level like every error with a code.
 */
export function mapAnalystQueryError(error: unknown): unknown {
  if (isMemoryLimitError(error)) {
    return new AppError('RESOURCE_LIMIT', `The query needed more memory than a query may use and was stopped: ${firstLine(error.message)}`, { field: 'query' });
  }
  if (error instanceof Neo4jError && /^Neo\.ClientError\.(Statement|Procedure|Request)\./.test(error.code) && !error.code.includes('TransactionTimedOut')) {
    return new BadInputError('query', firstLine(error.message));
  }
  if (error instanceof Neo4jError && analystResourceCodes.test(error.code)) {
    return new AppError('RESOURCE_LIMIT', `The database could not plan or run this query (too large or too complex) and stopped it: ${firstLine(error.message)}`, { field: 'query' });
  }
  if (error instanceof Neo4jError && (stoppedCodes.has(error.code) || isIgnoredAfterReset(error))) {
    return new AppError('TIMEOUT', 'The query was stopped before it finished (time limit or a reset of its connection); simplify it or try again', { field: 'query' });
  }
  return mapNeo4jError(error);
}

/**
 * What an analyst's statement itself can make the database fail with, beyond its memory limit: its stack while
 * planning a deeply nested expression, its heap, or the statement's execution. Always the query's doing, since the
 * console runs nothing else in the transaction.
 */
const analystResourceCodes = /^Neo\.(DatabaseError\.Statement\.|TransientError\.General\.(StackOverFlowError|OutOfMemoryError)$)/;
/** A transaction ended by the server (time limit, termination, a failure earlier in it) rather than by the statement. */
const stoppedCodes = new Set(['Neo.ClientError.Transaction.Terminated', 'Neo.TransientError.Transaction.Terminated', 'Neo.ClientError.Transaction.TransactionMarkedAsFailed', 'Neo.TransientError.Transaction.LockClientStopped']);

/** The driver's own error (code "N/A") when the server ignored the statement after a reset of the connection. */
function isIgnoredAfterReset(error: Neo4jError): boolean {
  return error.code === 'N/A' && /^Ignored either because of an error or RESET/.test(error.message);
}

/** Neo4j's messages end with a caret diagram of the query on later lines; the first line says it all. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
