import { randomUUID } from 'node:crypto';

/** Ids clients may choose: letters, digits and dashes, so they are safe in URLs and logs. */
export const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export function newId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}
