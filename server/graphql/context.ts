import { randomUUID } from 'node:crypto';
import { defaultAccountSettings, type AccountSettings } from '../accounts/account-settings.js';
import { Role, type Principal } from '../auth/roles.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { BatchLoaders } from './batch-loaders.js';

export interface GraphQLContext {
  /** Made by the server, unique: keys the audit trail (`changesOfRequest`) and is sent back as `x-request-id`. */
  requestId: string;
  /** The caller's own `x-request-id`, for correlation only (logged and recorded with changes; need not be unique). */
  clientRequestId?: string;
  /** Who is asking; their id is recorded in the audit trail. */
  principal: Principal;
  /** The database view for this request (counts its Cypher round trips). */
  db: GraphDatabase;
  loaders: BatchLoaders;
  /** The request's Accept-Language header: the language of messages that have one (imports), when not given. */
  acceptLanguage: string | null;
  /** How long account links live (server/accounts/). */
  accountSettings: AccountSettings;
}

/** Scripts and tests acting with full rights. */
export const systemPrincipal: Principal = { id: 'system', role: Role.ADMIN, authenticated: true };

export function createContext(
  db: GraphDatabase,
  options: { requestId?: string; clientRequestId?: string; principal?: Principal; acceptLanguage?: string | null; accountSettings?: AccountSettings } = {},
): GraphQLContext {
  const requestId = options.requestId ?? randomUUID();
  const principal = options.principal ?? systemPrincipal;
  const requestDb = db.forRequest(requestId, principal.id, undefined, options.clientRequestId);
  return {
    requestId,
    clientRequestId: options.clientRequestId,
    principal,
    db: requestDb,
    loaders: new BatchLoaders(requestDb),
    acceptLanguage: options.acceptLanguage ?? null,
    accountSettings: options.accountSettings ?? defaultAccountSettings,
  };
}
