import { GraphQLError } from 'graphql';

/** The few error codes clients see; everything else becomes INTERNAL_SERVER_ERROR without details. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'DATABASE_UNAVAILABLE' | 'TIMEOUT' | 'RESOURCE_LIMIT' | 'FORBIDDEN' | 'LINK_INVALID';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

/** What a refusal is, as a stable code with parameters, so a client can word it in its reader's language. */
export interface Reason {
  reason: string;
  params?: Record<string, string | number>;
}

export class BadInputError extends AppError {
  constructor(field: string, message: string, reason?: Reason) {
    super('BAD_USER_INPUT', `${field}: ${message}`, { field, ...(reason ? { reason: reason.reason, params: reason.params ?? {} } : {}) });
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string, field?: string) {
    super('NOT_FOUND', `No ${what} with id "${id}"`, { id, ...(field ? { field } : {}) });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}
