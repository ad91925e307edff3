/**
 * Sign-in token for the API. The server's sign-in link is the page's address with `?token=…`: the page keeps
 * the token for the browser tab (sessionStorage), drops it from the address so it is never shared in a link,
 * and sends it as `Authorization: Bearer …`. Without one the page reads anonymously.
 */
const KEY = 'aimak-graph-token';
const TOKEN = /^[\w-]+\.[\w-]+\.[\w-]+$/;

export function takeToken(search: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null): string | null {
  const fromUrl = new URLSearchParams(search).get('token');
  if (fromUrl && TOKEN.test(fromUrl)) {
    try {
      storage?.setItem(KEY, fromUrl);
    } catch {
      // Storage may be disabled; the token still works for this page load.
    }
    return fromUrl;
  }
  try {
    const stored = storage?.getItem(KEY) ?? null;
    return stored && TOKEN.test(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function forgetToken(storage: Pick<Storage, 'removeItem'> | null): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export const browserTokenStore = sessionStore;
