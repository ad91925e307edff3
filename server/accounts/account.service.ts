import { randomUUID } from 'node:crypto';
import { recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import { parseRole, type Role } from '../auth/roles.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { cypherInt } from '../db/values.js';
import { AppError, BadInputError, NotFoundError } from '../errors.js';
import type { AccountSettings } from './account-settings.js';
import { checkPasswordRules, hashPassword } from './password.js';
import { isWellFormedSecret, newSecret, secretHash } from './secrets.js';

export type AccountStatus = 'INVITED' | 'ACTIVE' | 'DISABLED';
export type LinkPurpose = 'INVITATION' | 'PASSWORD_RESET' | 'FIRST_ADMIN';

export interface Account {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: AccountStatus;
  createdAt?: string | null;
  lastSignInAt?: string | null;
  openSessions?: number;
  pendingLink?: boolean;
}

/** A one-time link just made: the token is shown once, to the admin who asked (or printed on first start). */
export interface IssuedLink {
  account: Account | null;
  token: string;
  /** Path and query the web view opens: `/?account=<token>`. */
  path: string;
  expiresAt: string;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(value: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !emailPattern.test(email)) throw new BadInputError('email', 'must be an e-mail address / укажите адрес электронной почты');
  return email;
}

function normaliseName(value: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > 120) throw new BadInputError('name', 'must have 2 to 120 characters / имя: от 2 до 120 символов');
  return name;
}

function requireRole(value: string): Role {
  const role = parseRole(value);
  if (!role) throw new BadInputError('role', 'must be viewer, editor, analyst or admin / роль: viewer, editor, analyst или admin');
  return role;
}

const linkPath = (token: string) => `/?account=${token}`;
const expiry = (settings: AccountSettings) => new Date(Date.now() + settings.linkDays * 86_400_000).toISOString();

/** The audit entry's view of an account: never a password hash or a link token. */
const audited = (account: Account) => ({ name: account.name, email: account.email, role: account.role, status: account.status });

/** An admin invites a person: the account (no password yet) and a one-time link, audited, in one transaction. */
export async function inviteAccount(db: GraphDatabase, settings: AccountSettings, input: { name: string; email: string; role: string }): Promise<IssuedLink> {
  const name = normaliseName(input.name);
  const email = normaliseEmail(input.email);
  const role = requireRole(input.role);
  const token = newSecret();
  const expiresAt = expiry(settings);
  const account = await db.write(async (tx) => {
    const [row] = await tx.run('account/invite', { id: `user-${randomUUID()}`, name, email, role, tokenHash: secretHash(token), expiresAt, actor: tx.actor });
    const created = row!.user as Account;
    await recordChange(tx, { action: ChangeAction.CREATED, entityType: 'User', subjectId: created.id, entityIds: [created.id], summary: `Invited ${name} <${email}> as ${role}`, after: audited(created) });
    return created;
  }).catch((error: unknown) => {
    if (error instanceof AppError && error.extensions.code === 'CONFLICT') throw new BadInputError('email', 'an account with this e-mail exists / учётная запись с этим e-mail уже есть');
    throw error;
  });
  return { account, token, path: linkPath(token), expiresAt };
}

/** A new link for an account: a password reset (or a fresh invitation when none was used); older links stop working. */
export async function issueAccountLink(db: GraphDatabase, settings: AccountSettings, userId: string): Promise<IssuedLink> {
  const token = newSecret();
  const expiresAt = expiry(settings);
  const account = await db.write(async (tx) => {
    const [existing] = await tx.run('account/link-purpose', { id: userId });
    if (!existing) throw new NotFoundError('account', userId, 'userId');
    const purpose: LinkPurpose = existing.hasPassword ? 'PASSWORD_RESET' : 'INVITATION';
    const [row] = await tx.run('account/issue-link', { userId, tokenHash: secretHash(token), purpose, expiresAt, actor: tx.actor });
    const account = row!.user as Account;
    await recordChange(tx, {
      action: ChangeAction.UPDATED, entityType: 'User', subjectId: userId, entityIds: [userId],
      summary: purpose === 'PASSWORD_RESET' ? `Issued a password-reset link for ${account.email}` : `Issued a new invitation link for ${account.email}`,
      after: { link: purpose, expiresAt },
    });
    return account;
  });
  return { account, token, path: linkPath(token), expiresAt };
}

/** At start on a database with no account: a link that creates the first admin (null once an account exists). */
export async function firstAdminLink(db: GraphDatabase, settings: AccountSettings): Promise<IssuedLink | null> {
  const token = newSecret();
  const [row] = await db.write((tx) => tx.run('account/first-admin-link', { tokenHash: secretHash(token), expiresAt: expiry(settings) }));
  return row ? { account: null, token, path: linkPath(token), expiresAt: row.expiresAt as string } : null;
}

export interface LinkDescription {
  purpose: LinkPurpose;
  account: Pick<Account, 'name' | 'email'> | null;
  expiresAt: string;
}

/** What a link is for, so the page can greet the person; refused when unknown, spent or expired. */
export async function describeAccountLink(db: GraphDatabase, token: unknown): Promise<LinkDescription> {
  const [row] = isWellFormedSecret(token) ? await db.read('account/link', { tokenHash: secretHash(token) }) : [];
  if (!row || row.expired || (row.purpose === 'FIRST_ADMIN' && Number(row.users) > 0)) throw linkGone();
  const user = row.user as Account | null;
  return { purpose: row.purpose as LinkPurpose, account: user ? { name: user.name, email: user.email } : null, expiresAt: row.expiresAt as string };
}

function linkGone(): AppError {
  return new AppError('LINK_INVALID', 'This link is unknown, already used or expired; ask an admin for a new one. / Ссылка неизвестна, уже использована или устарела; попросите администратора о новой.', { field: 'link' });
}

/**
 * Uses a one-time link: sets the password (and, for the first admin, creates the account with the name and
 * e-mail given), ends every session of the account, spends the link, audited, in one transaction.
 */
export async function useAccountLink(db: GraphDatabase, settings: AccountSettings, input: { link: unknown; password: unknown; name?: unknown; email?: unknown }): Promise<Account> {
  const described = await describeAccountLink(db, input.link);
  if (typeof input.password !== 'string') throw new BadInputError('password', 'is required / укажите пароль');
  const first = described.purpose === 'FIRST_ADMIN';
  const name = first ? normaliseName(String(input.name ?? '')) : described.account!.name;
  const email = first ? normaliseEmail(String(input.email ?? '')) : described.account!.email;
  checkPasswordRules(input.password, { name, email });
  const passwordHash = await hashPassword(input.password, settings.passwordCost);
  return db.write(async (tx) => {
    const [row] = await tx.run('account/use-link', { tokenHash: secretHash(input.link as string), passwordHash, newId: `user-${randomUUID()}`, name, email });
    if (!row) throw linkGone();
    const account = row.user as Account;
    await recordChange(tx, {
      action: first ? ChangeAction.CREATED : ChangeAction.UPDATED, entityType: 'User', subjectId: account.id, entityIds: [account.id],
      summary: first ? `Created the first admin, ${account.name} <${account.email}>` : `${account.email} set a password (${String(row.purpose).toLowerCase().replace('_', ' ')} link); their sessions ended`,
      after: first ? audited(account) : { passwordChanged: true },
    });
    return account;
  });
}

/** Admins: every account, newest first. */
export async function listAccounts(db: GraphDatabase, first = 500): Promise<Account[]> {
  const rows = await db.read('account/users', { first: cypherInt(Math.min(Math.max(first, 1), 1000)) });
  return rows.map((row) => row.user as Account);
}

/**
 * Admins change an account's role or status; disabling ends its sessions and links at once. The last active
 * admin cannot be disabled or demoted, or nobody could manage accounts any more.
 */
export async function updateAccount(db: GraphDatabase, id: string, input: { role?: string | null; status?: AccountStatus | null }): Promise<Account> {
  const role = input.role == null ? null : requireRole(input.role);
  if (input.status != null && input.status !== 'ACTIVE' && input.status !== 'DISABLED') throw new BadInputError('status', 'must be ACTIVE or DISABLED');
  return db.write(async (tx) => {
    const [row] = await tx.run('account/update-user', { id, role, status: input.status ?? null });
    if (!row) throw new NotFoundError('account', id, 'id');
    const account = row.user as Account;
    const before = row.before as { role: Role; status: AccountStatus };
    if (before.role === 'admin' && before.status === 'ACTIVE' && (account.role !== 'admin' || account.status !== 'ACTIVE')) {
      const [admins] = await tx.run('account/admin-count', { id });
      if (Number(admins!.others) === 0) throw new AppError('FORBIDDEN', 'The last active admin cannot be disabled or given another role. / Нельзя отключить последнего администратора или сменить ему роль.', { field: 'id' });
    }
    if (before.role !== account.role || before.status !== account.status) {
      await recordChange(tx, {
        action: ChangeAction.UPDATED, entityType: 'User', subjectId: id, entityIds: [id],
        summary: `Account ${account.email}: ${before.role}/${before.status} → ${account.role}/${account.status}`,
        before, after: { role: account.role, status: account.status },
      });
    }
    return account;
  });
}
