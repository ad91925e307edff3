/** What a role may do. Checked before any database work (see authorization.ts). */
export enum Role {
  VIEWER = 'viewer',
  EDITOR = 'editor',
  ANALYST = 'analyst',
  ADMIN = 'admin',
}

export type Capability =
  /** Read the graph, without personal contact data. */
  | 'read'
  /** Read personal contact data (phone, e-mail). */
  | 'read-personal'
  /** Create, change and delete records, import attendance sheets. */
  | 'write'
  /** Run named analyses and read-only Cypher. */
  | 'analyse'
  /** Merges, restores, exports of everything. */
  | 'admin';

const capabilities: Record<Role, readonly Capability[]> = {
  [Role.VIEWER]: ['read'],
  [Role.EDITOR]: ['read', 'read-personal', 'write'],
  [Role.ANALYST]: ['read', 'analyse'],
  [Role.ADMIN]: ['read', 'read-personal', 'write', 'analyse', 'admin'],
};

export function can(role: Role | null, capability: Capability): boolean {
  return role !== null && capabilities[role].includes(capability);
}

export function capabilitiesOf(role: Role | null): readonly Capability[] {
  return role === null ? [] : capabilities[role];
}

export function parseRole(value: unknown): Role | null {
  return Object.values(Role).includes(value as Role) ? (value as Role) : null;
}

/** Who is asking: an authenticated user or API key, or anonymous (role from configuration, possibly none). */
export interface Principal {
  id: string;
  role: Role | null;
  authenticated: boolean;
  /** The person's name, for a signed-in account (server/accounts/). */
  name?: string;
  /** Set for a password or single-sign-on session (cookie); tokens and API keys leave it out. */
  session?: true;
}
