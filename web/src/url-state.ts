/** The page's state, and its round trip through the URL so that a link restores the same view. */
import type { Lang } from './i18n.js';
import { CATEGORIES, type Category } from './shaping/categories.js';

export type ViewName = 'network' | 'events' | 'map' | 'analysis' | 'import';
export const VIEWS: readonly ViewName[] = ['network', 'events', 'map', 'analysis', 'import'];

export interface AppState {
  view: ViewName;
  /** Interface language. */
  lang: Lang;
  /** Language of the names shown (data keeps both). */
  names: Lang;
  /** The selected entity, shared by all views. */
  node: string | null;
  /** The event the events view shows. */
  event: string | null;
  /** Nodes whose neighbours were added to the network. */
  expand: string[];
  /** Ends of the shortest path. */
  from: string | null;
  to: string | null;
  /** Network filters. */
  hide: Category[];
  area: string | null;
  fphase: string | null;
  fevent: string | null;
  /** Engagement map: phase and date. */
  phase: string | null;
  since: string | null;
  /** Engagement map: `all` for every programme, or one programme's id (all its phases unless `phase` is given). */
  programme: string | null;
  /** Engagement map: the oblast (or city) the ranking, list and downloads are narrowed to. */
  oblast: string | null;
  /** Engagement map: what the map colours: the share engaged (default) or how many programmes overlap. */
  mapMode: 'engaged' | 'overlap';
}

export const DEFAULT_STATE: AppState = {
  view: 'network',
  lang: 'ru',
  names: 'ru',
  node: null,
  event: null,
  expand: [],
  from: null,
  to: null,
  hide: [],
  area: null,
  fphase: null,
  fevent: null,
  phase: null,
  since: null,
  programme: null,
  oblast: null,
  mapMode: 'engaged',
};

const ID = /^[\w.:|-]{1,200}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function id(value: string | null): string | null {
  return value && ID.test(value) ? value : null;
}

function lang(value: string | null, fallback: Lang): Lang {
  return value === 'ru' || value === 'en' ? value : fallback;
}

function list(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter((part) => ID.test(part)))];
}

/** Reads the state from a query string; anything unknown or malformed falls back to the default. */
export function parseState(search: string, defaults: AppState = DEFAULT_STATE): AppState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const since = params.get('since');
  return {
    view: VIEWS.includes(view as ViewName) ? (view as ViewName) : defaults.view,
    lang: lang(params.get('lang'), defaults.lang),
    names: lang(params.get('names') ?? params.get('lang'), defaults.names),
    node: id(params.get('node')),
    event: id(params.get('event')),
    expand: list(params.get('expand')),
    from: id(params.get('from')),
    to: id(params.get('to')),
    hide: list(params.get('hide')).filter((part): part is Category => (CATEGORIES as readonly string[]).includes(part)),
    area: id(params.get('area')),
    fphase: id(params.get('fphase')),
    fevent: id(params.get('fevent')),
    phase: id(params.get('phase')),
    since: since && DATE.test(since) ? since : null,
    programme: id(params.get('programme')),
    oblast: id(params.get('oblast')),
    mapMode: params.get('mapmode') === 'overlap' ? 'overlap' : 'engaged',
  };
}

/** Writes the state as a query string, leaving out what equals the default (short, shareable links). */
export function serializeState(state: AppState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  params.set('lang', state.lang);
  if (state.names !== state.lang) params.set('names', state.names);
  const optional: [string, string | null][] = [
    ['node', state.node],
    ['event', state.event],
    ['expand', state.expand.join(',') || null],
    ['from', state.from],
    ['to', state.to],
    ['hide', state.hide.join(',') || null],
    ['area', state.area],
    ['fphase', state.fphase],
    ['fevent', state.fevent],
    ['phase', state.phase],
    ['since', state.since],
    ['programme', state.programme],
    ['oblast', state.oblast],
    ['mapmode', state.mapMode === 'overlap' ? 'overlap' : null],
  ];
  for (const [key, value] of optional) if (value) params.set(key, value);
  return `?${params.toString()}`;
}
