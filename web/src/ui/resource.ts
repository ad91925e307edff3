/** Results of API calls by key, each loading, ready or failed; the owner re-renders when one settles. */

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

export const LOADING: Loadable<never> = { status: 'loading' };

export class ResourceCache {
  private readonly entries = new Map<string, Loadable<unknown>>();
  private readonly listeners = new Set<() => void>();

  /** The entry for `key`, starting `load` the first time it is asked for (and after a failure is cleared). */
  get<T>(key: string, load: () => Promise<T>): Loadable<T> {
    const known = this.entries.get(key);
    if (known) return known as Loadable<T>;
    this.entries.set(key, LOADING);
    load().then(
      (value) => this.settle(key, { status: 'ready', value }),
      (error: unknown) => this.settle(key, { status: 'error', error }),
    );
    return LOADING;
  }

  /** Forgets every failed entry, so the next `get` asks the API again (the Retry button). */
  retryFailed(): void {
    for (const [key, entry] of this.entries) if (entry.status === 'error') this.entries.delete(key);
    this.notify();
  }

  /** Forgets everything after a change to the graph (an import), so every view asks the API again. */
  forgetAll(): void {
    this.entries.clear();
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private settle(key: string, entry: Loadable<unknown>): void {
    if (this.entries.get(key) !== LOADING) return;
    this.entries.set(key, entry);
    this.notify();
  }

  private scheduled = false;

  /** Settled entries are announced once per microtask burst, so several answers cause one re-render. */
  private notify(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      for (const listener of this.listeners) listener();
    });
  }
}

/** Combines several entries: an error if any failed, loading if any is loading, else all the values. */
export function all<T extends readonly Loadable<unknown>[]>(
  entries: T,
): Loadable<{ [K in keyof T]: T[K] extends Loadable<infer V> ? V : never }> {
  const values: unknown[] = [];
  let loading = false;
  for (const entry of entries) {
    if (entry.status === 'error') return entry;
    if (entry.status === 'loading') loading = true;
    else values.push(entry.value);
  }
  return loading ? LOADING : { status: 'ready', value: values as { [K in keyof T]: T[K] extends Loadable<infer V> ? V : never } };
}
