import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { GraphDatabase } from '../db/graph-database.js';
import type { ScryptCost } from './account-settings.js';
import { normaliseEmail } from './account.service.js';
import { decoyHash, verifyPassword } from './password.js';

export interface SignInLimits {
  /** Failed passwords per account per window, whatever the address (slows a distributed guess at one account). */
  perAccount: number;
  /** Failed passwords per client address per window, whatever the account (slows one address guessing many). */
  perAddress: number;
  windowSeconds: number;
}

export const defaultSignInLimits: SignInLimits = { perAccount: 5, perAddress: 20, windowSeconds: 15 * 60 };

/** Why a password sign-in was refused; the HTTP route sends it as 401 or 429. */
export class SignInRefused extends Error {
  constructor(readonly code: 'UNAUTHENTICATED' | 'RATE_LIMITED', message: string, readonly retryAfterSeconds?: number) {
    super(message);
  }
}

function rateLimited(retryAfterSeconds: number): SignInRefused {
  return new SignInRefused('RATE_LIMITED', `Too many failed sign-in attempts; try again in ${retryAfterSeconds} s. / Слишком много неудачных попыток входа; повторите через ${retryAfterSeconds} с.`, retryAfterSeconds);
}

function wrongCredentials(): SignInRefused {
  // One answer for an unknown e-mail, a wrong password and a disabled account: it does not tell which accounts exist.
  return new SignInRefused('UNAUTHENTICATED', 'The e-mail or password is wrong, or the account is not active. / Неверный e-mail или пароль, или учётная запись не активна.');
}

/**
 * Password sign-in with failures counted per account and per address (rate-limiter-flexible, in this
 * process's memory); past either limit every attempt is refused unchecked until the window ends. A success
 * does not reset the counts, so a correct guess among many cannot clear its own trail.
 */
export class PasswordSignIn {
  private readonly accounts: RateLimiterMemory;
  private readonly addresses: RateLimiterMemory;

  constructor(private readonly db: GraphDatabase, private readonly cost: ScryptCost, private readonly limits: SignInLimits = defaultSignInLimits) {
    this.accounts = new RateLimiterMemory({ keyPrefix: 'password-account', points: limits.perAccount, duration: limits.windowSeconds });
    this.addresses = new RateLimiterMemory({ keyPrefix: 'password-address', points: limits.perAddress, duration: limits.windowSeconds });
  }

  private async refuseIfLimited(email: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([this.accounts.get(email), this.addresses.get(address)]);
    const blocked = [
      account && account.consumedPoints >= this.limits.perAccount ? account.msBeforeNext : 0,
      client && client.consumedPoints >= this.limits.perAddress ? client.msBeforeNext : 0,
    ];
    const wait = Math.max(...blocked);
    if (wait > 0) throw rateLimited(Math.max(1, Math.ceil(wait / 1000)));
  }

  private async countFailure(email: string, address: string): Promise<void> {
    // penalty() adds a point without throwing when the limit is passed (consume() would reject).
    await Promise.all([this.accounts.penalty(email), this.addresses.penalty(address)]);
  }

  /** The account id to start a session for; throws UNAUTHENTICATED or RATE_LIMITED. */
  async verify(emailInput: unknown, password: unknown, address: string): Promise<{ id: string; name: string; email: string; role: string }> {
    if (typeof emailInput !== 'string' || typeof password !== 'string' || password.length > 1024) throw wrongCredentials();
    let email: string;
    try {
      email = normaliseEmail(emailInput);
    } catch {
      throw wrongCredentials();
    }
    await this.refuseIfLimited(email, address);
    const [row] = await this.db.read('account/credentials-by-email', { email });
    const user = row?.user as { id: string; name: string; email: string; role: string; status: string; passwordHash: string | null } | undefined;
    const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash(this.cost)));
    if (!user || !matches || user.status !== 'ACTIVE') {
      await this.countFailure(email, address);
      throw wrongCredentials();
    }
    return { id: user.id, name: user.name, email: user.email, role: user.role };
  }
}
