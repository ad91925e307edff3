/** What every page gets from the app: the API, the shared results cache and a way to change the state. */
import type { Api } from './api/api.js';
import type { GraphQLClient } from './api/client.js';
import type { Session } from './api/session.js';
import type { ResourceCache } from './ui/resource.js';
import type { AppState } from './url-state.js';

export type NavigationMode = 'push' | 'replace';

export interface AppContext {
  api: Api;
  /** The raw client, for feature modules with their own typed calls (analysis, import). */
  client: GraphQLClient;
  /** Who the server says is asking, so views offer only what the role may use. */
  session(): Promise<Session>;
  cache: ResourceCache;
  /** Changes the state; `push` adds a history entry (a new view or selection), `replace` does not (filters, languages). */
  navigate(patch: Partial<AppState>, mode?: NavigationMode): void;
  /** Exposes read-only hooks for tests and the benchmark (`?debug=1`). */
  debug: boolean;
  /** `?debug=nocache`: always redraw the whole network (the benchmark's baseline). */
  noLayerCache: boolean;
}

/** One of the views: builds its DOM once, then follows the state. */
export interface Page {
  readonly element: HTMLElement;
  update(state: AppState): void;
  destroy(): void;
}
