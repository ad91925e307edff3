import { HeaderMap } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { principalOf, type AuthSettings } from '../auth/credentials.js';
import type { Principal } from '../auth/roles.js';
import type { StoredApiKeys } from '../auth/stored-api-keys.js';
import type { TokenRevocations } from '../auth/token-revocations.js';
import { logger } from '../logging/logger.js';
import { sendJsonError } from './http-errors.js';

export interface FailedCredentialsSettings {
  /** Failures one address may have per window; 0 turns the limit off (failures are still logged). */
  limit: number;
  windowSeconds: number;
}

type CredentialKind = 'token' | 'api key';

/** Which credential a request carries, in the order principalOf reads them. */
function credentialKindOf(request: Request): CredentialKind | null {
  if (request.headers.authorization?.trim()) return 'token';
  const apiKey = request.headers['x-api-key'];
  if ((Array.isArray(apiKey) ? apiKey[0] : apiKey)?.trim()) return 'api key';
  return null;
}

/** The client's address as the socket sees it (no proxy is trusted, so a forged X-Forwarded-For changes nothing). */
function addressOf(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

function isUnauthenticated(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED';
}

/**
 * Brute-force protection for sign-in: failed credentials (bad tokens, unknown API keys) are counted per
 * client address in a fixed window; past the limit, requests carrying credentials from that address get
 * 429 with Retry-After before any credential is checked. Only failures count, so a busy, correct client is
 * never limited, and other addresses are unaffected. Every failure is logged at warn, never the credential.
 * The count lives in this process's memory: enough for one server; several would need a shared store.
 */
export class FailedCredentials {
  private readonly failures: RateLimiterMemory | null;

  constructor(private readonly settings: FailedCredentialsSettings) {
    this.failures = settings.limit > 0 ? new RateLimiterMemory({ keyPrefix: 'failed-credentials', points: settings.limit, duration: settings.windowSeconds }) : null;
  }

  /** Seconds until this address may present credentials again; 0 when it may now. */
  async retryAfterSeconds(address: string): Promise<number> {
    const record = await this.failures?.get(address);
    if (!record || record.consumedPoints < this.settings.limit) return 0;
    return Math.max(1, Math.ceil(record.msBeforeNext / 1000));
  }

  /** Express middleware: refuses credentials from an address that has failed too often, before reading the body. */
  readonly refuseBlockedAddresses: RequestHandler = async (request, response, next) => {
    if (!credentialKindOf(request)) return next();
    const retryAfter = await this.retryAfterSeconds(addressOf(request));
    if (retryAfter === 0) return next();
    response.setHeader('retry-after', String(retryAfter));
    sendJsonError(
      response,
      429,
      'RATE_LIMITED',
      `Too many failed sign-in attempts from your address; try again in ${retryAfter} s. / ` +
        `Слишком много неудачных попыток входа с вашего адреса; повторите через ${retryAfter} с.`,
      { retryAfterSeconds: retryAfter },
    );
  };

  /** principalOf for an HTTP request, counting and logging a refused credential against the client's address. */
  async principalOf(request: Request, auth: AuthSettings, revocations?: TokenRevocations, storedKeys?: StoredApiKeys): Promise<Principal> {
    try {
      return await principalOf(request.headers, auth, revocations, storedKeys);
    } catch (error) {
      const kind = credentialKindOf(request);
      if (!kind || !isUnauthenticated(error)) throw error;
      await this.recordFailure(addressOf(request), kind, error.message);
      // 401 even if whoever raised it forgot the status: Apollo would otherwise send 500.
      throw new GraphQLError(error.message, {
        extensions: { ...error.extensions, http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) } },
      });
    }
  }

  private async recordFailure(address: string, kind: CredentialKind, reason: string): Promise<void> {
    logger.warn({ address, kind, reason }, 'failed sign-in');
    if (!this.failures) return;
    const record = await this.failures.penalty(address, 1);
    if (record.consumedPoints === this.settings.limit) {
      logger.warn({ address, failures: record.consumedPoints, retryAfterSeconds: Math.ceil(record.msBeforeNext / 1000) }, 'too many failed sign-ins: address refused until the window ends');
    }
  }
}
