/** The network explorer's data: which graphs to load for the state, the merged network, filters, path and details. */
import type { AppContext, Page } from '../app-context.js';
import { may } from '../api/session.js';
import type { EntityDetail, EventSummary, Programme } from '../api/queries.js';
import { translator } from '../i18n.js';
import { memoLast } from '../memo.js';
import type { Category } from '../shaping/categories.js';
import {
  buildNetwork,
  categoryCounts,
  countVisible,
  eventScope,
  isFiltering,
  neighboursOf,
  phaseScope,
  visibility,
  type ApiGraph,
  type Network,
} from '../shaping/graph.js';
import { addedByPart } from '../shaping/expansion.js';
import { pathSteps } from '../shaping/path-steps.js';
import { LOADING, type Loadable } from '../ui/resource.js';
import type { StatusState } from '../ui/status.js';
import type { AppState } from '../url-state.js';
import type { PathInfo } from './filters-panel.js';
import { fetchHistory, type Change } from './history-api.js';
import type { HistoryLoader } from './history-section.js';
import { NetworkView } from './network-view.js';

/** The starting network: each programme with everything within three hops (phases, funders, events, partners, people). */
const BASE_DEPTH = 3;
const BASE_LIMIT = 2000;
const EXPAND_LIMIT = 500;

export class NetworkPage implements Page {
  readonly element: HTMLElement;
  private readonly view: NetworkView;
  private state: AppState | null = null;
  private network: Network | null = null;
  /** Whether the role may read the audit trail (null: not known yet). */
  private writeAccess: boolean | null = null;
  private askingAccess = false;
  private readonly history: HistoryLoader;

  private readonly merge = memoLast((...parts: ApiGraph[]) => buildNetwork(parts));
  private readonly hiddenSet = memoLast((hide: string) => new Set(hide ? (hide.split(',') as Category[]) : []));
  private readonly phaseScope = memoLast((network: Network, phaseId: string | null) => (phaseId ? phaseScope(network, phaseId) : null));
  private readonly eventScope = memoLast((network: Network, eventId: string | null) => (eventId ? eventScope(network, eventId) : null));
  private readonly mask = memoLast(
    (network: Network, hidden: Set<Category>, area: Set<string> | null, phase: Set<string> | null, event: Set<string> | null) => {
      const filter = { hidden, area, phase, event };
      const visible = visibility(network, filter);
      return { visible, counts: countVisible(network, visible), filtering: isFiltering(filter) };
    },
  );
  private readonly counts = memoLast((network: Network) => categoryCounts(network));
  private readonly neighbours = memoLast((network: Network, id: string | null) => (id ? neighboursOf(network, id) : []));
  private readonly pathSteps = memoLast((path: ApiGraph | null, fromId: string | null) => (path && fromId ? pathSteps(path, fromId) : []));
  private readonly added = memoLast((parts: readonly ApiGraph[], index: number) => addedByPart(parts, index));
  private readonly pathSets = memoLast((path: ApiGraph | null) =>
    path && path.nodes.length ? { nodes: new Set(path.nodes.map((node) => node.id)), links: new Set(path.edges.map((edge) => edge.id)) } : null,
  );

  constructor(private readonly context: AppContext) {
    const navigate = context.navigate;
    const current = () => this.state!;
    this.view = new NetworkView(
      {
        select: (id) => {
          const node = id ? this.network?.byId.get(id) : undefined;
          navigate({ node: id, ...(node?.entityType === 'EVENT' ? { event: id } : {}) }, 'push');
        },
        search: (text, signal) => context.api.search(text, signal),
        setHidden: (hide) => navigate({ hide }, 'replace'),
        setArea: (area) => navigate({ area }, 'replace'),
        setPhase: (fphase) => navigate({ fphase }, 'replace'),
        setEvent: (fevent) => navigate({ fevent }, 'replace'),
        clearFilters: () => navigate({ hide: [], area: null, fphase: null, fevent: null }, 'replace'),
        selectNode: (id) => navigate({ node: id }, 'push'),
        clearPath: () => navigate({ from: null, to: null }, 'replace'),
        expand: (id) => {
          if (!current().expand.includes(id)) navigate({ expand: [...current().expand, id] }, 'replace');
        },
        pathFrom: (id) => navigate({ from: id }, 'replace'),
        pathTo: (id) => navigate({ to: id }, 'replace'),
        showEvent: (id) => navigate({ view: 'events', event: id, node: id }, 'push'),
        showOnMap: (id) => navigate({ view: 'map', node: id }, 'push'),
        retry: () => context.cache.retryFailed(),
      },
      { debug: context.debug, noLayerCache: context.noLayerCache },
    );
    this.element = this.view.element;
    this.history = (id) => context.cache.get<Change[]>(`history|${id}`, () => fetchHistory(context.client, id));
  }

  update(state: AppState): void {
    this.state = state;
    this.askAccess();
    this.render();
  }

  /** The history is offered only to roles that may read it; after a failure (server down) the next update asks again. */
  private askAccess(): void {
    if (this.writeAccess !== null || this.askingAccess) return;
    this.askingAccess = true;
    this.context.session().then(
      (session) => {
        this.askingAccess = false;
        this.writeAccess = may(session, 'write');
        this.render();
      },
      () => {
        this.askingAccess = false;
      },
    );
  }

  destroy(): void {
    this.view.destroy();
  }

  private render(): void {
    const state = this.state;
    if (!state) return;
    const { api, cache } = this.context;
    const i18n = translator(state.lang);

    const programmes = cache.get('programmes', () => api.programmes());
    const base: Loadable<ApiGraph>[] =
      programmes.status === 'ready'
        ? programmes.value.map((programme) => cache.get(`nb|${programme.id}|${BASE_DEPTH}|${BASE_LIMIT}`, () => api.neighbourhood(programme.id, BASE_DEPTH, BASE_LIMIT)))
        : [programmes.status === 'error' ? programmes : LOADING];
    const expansions = state.expand.map((id) => cache.get(`nb|${id}|1|${EXPAND_LIMIT}`, () => api.neighbourhood(id, 1, EXPAND_LIMIT)));
    const pathEntry: Loadable<ApiGraph> | null =
      state.from && state.to && state.from !== state.to ? cache.get(`path|${state.from}|${state.to}`, () => api.shortestPath(state.from!, state.to!)) : null;

    const failed = [...base, ...expansions].find((entry) => entry.status === 'error');
    const baseReady = base.every((entry) => entry.status === 'ready');
    let status: StatusState = { kind: 'none' };
    if (failed && failed.status === 'error') status = { kind: 'error', error: failed.error };
    else if (!baseReady || expansions.some((entry) => entry.status === 'loading')) status = { kind: 'loading' };

    let network: Network | null = null;
    let expansionAdded: { nodes: number; links: number } | null = null;
    if (baseReady) {
      const parts = [...base, ...expansions, ...(pathEntry ? [pathEntry] : [])]
        .filter((entry): entry is { status: 'ready'; value: ApiGraph } => entry.status === 'ready')
        .map((entry) => entry.value);
      network = this.merge(...parts);
      const expandedAt = state.node ? state.expand.indexOf(state.node) : -1;
      const expansion = expandedAt >= 0 ? expansions[expandedAt] : undefined;
      if (expansion?.status === 'ready') expansionAdded = this.added(parts, base.length + expandedAt);
      if (programmes.status === 'ready' && network.nodes.length === 0) status = { kind: 'empty', text: i18n.t('detailsEmpty') };
    }
    this.network = network;

    // A selection from elsewhere (search, another view, a shared link) that is not in the network yet brings its neighbours in.
    if (network && baseReady && state.node && !network.byId.has(state.node) && !state.expand.includes(state.node)) {
      const node = state.node;
      queueMicrotask(() => this.context.navigate({ expand: [...state.expand, node] }, 'replace'));
    }

    const areaEntry: Loadable<Set<string>> | null = state.area ? cache.get(`area|${state.area}`, () => api.areaMembers(state.area!)) : null;
    const hidden = this.hiddenSet(state.hide.join(','));
    const empty = { visible: new Uint8Array(0), counts: { nodes: 0, links: 0 }, filtering: false };
    const masked = network
      ? this.mask(
          network,
          hidden,
          areaEntry?.status === 'ready' ? areaEntry.value : null,
          this.phaseScope(network, state.fphase),
          this.eventScope(network, state.fevent),
        )
      : empty;
    if (areaEntry?.status === 'loading' && status.kind === 'none') status = { kind: 'loading' };
    if (areaEntry?.status === 'error' && status.kind !== 'error') status = { kind: 'error', error: areaEntry.error };

    const path = pathEntry?.status === 'ready' ? this.pathSets(pathEntry.value) : null;
    const pathInfo: PathInfo = {
      from: state.from ? network?.byId.get(state.from) ?? { id: state.from, nameRu: null, nameEn: null } : null,
      to: state.to ? network?.byId.get(state.to) ?? { id: state.to, nameRu: null, nameEn: null } : null,
      status: !pathEntry
        ? 'none'
        : pathEntry.status === 'loading'
          ? 'loading'
          : pathEntry.status === 'error'
            ? 'error'
            : path
              ? 'found'
              : 'not-found',
      links: pathEntry?.status === 'ready' ? pathEntry.value.edges.length : 0,
      steps: this.pathSteps(pathEntry?.status === 'ready' ? pathEntry.value : null, state.from),
    };

    const selectedNode = state.node ? network?.byId.get(state.node) ?? null : null;
    const details: Loadable<EntityDetail | null> = state.node ? cache.get(`details|${state.node}`, () => api.details(state.node!)) : LOADING;
    const phases = programmes.status === 'ready' ? programmes.value.flatMap((programme: Programme) => programme.phases) : [];
    const events = cache.get<EventSummary[]>('events', () => api.events());

    this.view.update({
      i18n,
      names: state.names,
      status,
      network,
      visible: masked.visible,
      counts: masked.counts,
      selected: state.node,
      pathNodes: path?.nodes ?? null,
      pathLinks: path?.links ?? null,
      path: pathInfo,
      filters: {
        counts: network ? this.counts(network) : new Map(),
        hidden,
        areas: cache.get('areas', () => api.areas()),
        area: state.area,
        phases,
        phase: state.fphase,
        events,
        event: state.fevent,
        filtering: masked.filtering,
      },
      details: {
        id: state.node,
        node: selectedNode,
        detail: details,
        neighbours: network ? this.neighbours(network, state.node) : [],
        hiddenByFilters: !!selectedNode && !masked.visible[selectedNode.index],
        expanded: !!state.node && state.expand.includes(state.node),
        expansionAdded,
        history: this.writeAccess ? this.history : null,
      },
    });
  }
}
