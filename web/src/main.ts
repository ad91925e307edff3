/**
 * Entry point: state from the URL, the shell, the views (each view's code fetched and created when first shown),
 * history and re-rendering.
 */
import './styles.css';
import { createApi } from './api/api.js';
import { createClient } from './api/client.js';
import { browserTokenStore, takeToken } from './api/token.js';
import { accountLinkOf } from './account/account-api.js';
import { AccountMenu } from './account/account-menu.js';
import { openSetPassword } from './account/set-password-dialog.js';
import type { AppContext, NavigationMode, Page } from './app-context.js';
import { fetchSession } from './api/session.js';
import { LazyPage } from './ui/lazy-page.js';
import { ResourceCache } from './ui/resource.js';
import { Shell } from './ui/shell.js';
import { localStore, rememberLanguages, startingLanguages, switchInterface } from './ui/language-choice.js';
import { DEFAULT_STATE, parseState, serializeState, type AppState, type ViewName } from './url-state.js';

function start(root: HTMLElement): void {
  // Without `lang` in the address, the remembered choice or the browser's languages decide.
  const defaults = (): AppState => ({ ...DEFAULT_STATE, ...startingLanguages(navigator.languages ?? [navigator.language], localStore()) });
  let state: AppState = parseState(window.location.search, defaults());
  const debugParam = new URLSearchParams(window.location.search).get('debug');
  const debug = debugParam !== null;
  const cache = new ResourceCache();
  const pages: Partial<Record<ViewName, Page>> = {};

  const navigate = (patch: Partial<AppState>, mode: NavigationMode = 'push'): void => {
    state = { ...state, ...patch };
    const search = serializeState(state);
    if (search !== window.location.search) {
      if (mode === 'push') window.history.pushState(null, '', search);
      else window.history.replaceState(null, '', search);
    }
    render();
  };

  // A sign-in link's token is kept for the tab and dropped from the address (serializeState leaves it out).
  const token = takeToken(window.location.search, browserTokenStore());
  const client = createClient(new URL('graphql', document.baseURI), undefined, token);
  let session: ReturnType<AppContext['session']> | null = null;
  const context: AppContext = {
    api: createApi(client),
    client,
    session: () => (session ??= fetchSession(client).catch((error: unknown) => {
      session = null; // asked again after a failure (e.g. the server was down)
      throw error;
    })),
    cache,
    navigate,
    debug,
    noLayerCache: debugParam === 'nocache',
  };
  // One chunk per view: a first visit downloads the shell and the view it opens, nothing else.
  const factories: Record<ViewName, () => Promise<Page>> = {
    network: () => import('./network/network-page.js').then(({ NetworkPage }) => new NetworkPage(context)),
    events: () => import('./events/events-page.js').then(({ EventsPage }) => new EventsPage(context)),
    map: () => import('./map/map-page.js').then(({ MapPage }) => new MapPage(context)),
    analysis: () => import('./analysis/analysis-page.js').then(({ AnalysisPage }) => new AnalysisPage(context)),
    import: () => import('./import/import-page.js').then(({ ImportPage }) => new ImportPage(context)),
  };

  const shell = new Shell({
    showView: (view) => navigate({ view }, 'push'),
    setLang: (lang) => {
      const chosen = switchInterface(state, lang);
      rememberLanguages(localStore(), chosen.lang, chosen.names);
      navigate(chosen, 'replace');
    },
    setNames: (names) => {
      rememberLanguages(localStore(), state.lang, names);
      navigate({ names }, 'replace');
    },
    account: new AccountMenu(client, token !== null, context.session()),
  });
  // A one-time link (invitation, password reset, first admin) opens its form over the page.
  const accountLink = accountLinkOf(window.location.search);
  if (accountLink) void openSetPassword(accountLink, state.lang);

  function render(): void {
    shell.update(state);
    let page = pages[state.view];
    if (!page) {
      page = new LazyPage(factories[state.view]);
      pages[state.view] = page;
      shell.panels[state.view].append(page.element);
    }
    page.update(state);
  }

  root.replaceChildren(shell.element);
  cache.subscribe(render);
  window.addEventListener('popstate', () => {
    state = parseState(window.location.search, defaults());
    render();
  });
  // The URL always shows the full state, so a copied link restores this view.
  window.history.replaceState(null, '', serializeState(state) + (debug ? `&debug=${encodeURIComponent(debugParam ?? '1')}` : ''));
  render();
}

const root = document.getElementById('app');
if (root) {
  try {
    start(root);
  } catch (error) {
    // Never a blank page: say what failed.
    const message = document.createElement('p');
    message.className = 'fatal';
    message.setAttribute('role', 'alert');
    message.textContent = `The page could not start: ${error instanceof Error ? error.message : String(error)}`;
    root.replaceChildren(message);
    throw error;
  }
}
