/** Who the server says is asking (`Query.session`): views offer only what the role may use. */
import type { GraphQLClient } from './client.js';

export type Capability = 'read' | 'read-personal' | 'write' | 'analyse' | 'admin';

export interface Session {
  id: string;
  role: 'VIEWER' | 'EDITOR' | 'ANALYST' | 'ADMIN' | null;
  authenticated: boolean;
  capabilities: Capability[];
  /** The signed-in person's name (accounts only). */
  name: string | null;
  /** session, token, apiKey or none. */
  signedInWith: string;
}

export const SESSION = /* GraphQL */ `
  query Session {
    session { id role authenticated capabilities name signedInWith }
  }
`;

export async function fetchSession(client: GraphQLClient): Promise<Session> {
  return (await client.request<{ session: Session }>(SESSION)).session;
}

export function may(session: Session, capability: Capability): boolean {
  return session.capabilities.includes(capability);
}
