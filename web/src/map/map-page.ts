/** The engagement map's data: phase (chosen or current), boundaries and the engagement answers. */
import type { AppContext, Page } from '../app-context.js';
import type { PhaseRef } from '../api/queries.js';
import { nameOf, translator } from '../i18n.js';
import { adminFeatures, type AdminFeature } from '../shaping/geo.js';
import type { StatusState } from '../ui/status.js';
import type { AppState } from '../url-state.js';
import { CoverageChart } from './coverage-chart.js';
import { fetchCoverage, type Interval } from './coverage-query.js';
import { MapView } from './map-view.js';

export const BOUNDARIES_URL = 'geo/kg-adm2-ocha-cod-2018-simplified.geojson';

/** The phase a planner most likely means: the one running today, else the latest that has started, else the first. */
export function defaultPhase(phases: readonly PhaseRef[], today: string): PhaseRef | undefined {
  const started = phases.filter((phase) => phase.startDate && phase.startDate <= today);
  return (
    started.find((phase) => !phase.endDate || phase.endDate >= today) ??
    started.sort((a, b) => (a.startDate! < b.startDate! ? 1 : -1))[0] ??
    phases[0]
  );
}

async function loadBoundaries(): Promise<AdminFeature[]> {
  const response = await fetch(new URL(BOUNDARIES_URL, document.baseURI));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return adminFeatures(await response.json());
}

export class MapPage implements Page {
  readonly element: HTMLElement;
  private readonly view: MapView;
  private readonly coverage: CoverageChart;
  /** The chart's period length: a choice of this page only, so not kept in the URL. */
  private interval: Interval = 'QUARTER';
  private state: AppState | null = null;

  constructor(private readonly context: AppContext) {
    this.view = new MapView({
      setPhase: (phase) => context.navigate({ phase }, 'replace'),
      setSince: (since) => context.navigate({ since }, 'replace'),
      select: (id) => context.navigate({ node: id }, 'push'),
      retry: () => context.cache.retryFailed(),
    });
    this.element = this.view.element;
    this.coverage = new CoverageChart({
      setInterval: (interval) => {
        this.interval = interval;
        if (this.state) this.update(this.state);
      },
      retry: () => context.cache.retryFailed(),
    });
    this.view.main.append(this.coverage.element);
  }

  update(state: AppState): void {
    this.state = state;
    const { api, cache, client } = this.context;
    const i18n = translator(state.lang);
    const programmes = cache.get('programmes', () => api.programmes());
    const phases = programmes.status === 'ready' ? programmes.value.flatMap((programme) => programme.phases) : [];
    const phaseId = state.phase ?? defaultPhase(phases, new Date().toISOString().slice(0, 10))?.id ?? null;
    const features = cache.get('boundaries', loadBoundaries);
    const engagement = phaseId ? cache.get(`engagement|${phaseId}|${state.since ?? ''}`, () => api.engagement(phaseId, state.since)) : { status: 'loading' as const };

    let status: StatusState = { kind: 'none' };
    if (programmes.status === 'error') status = { kind: 'error', error: programmes.error };
    else if (engagement.status === 'error') status = { kind: 'error', error: engagement.error };
    else if (programmes.status === 'loading' || engagement.status === 'loading' || features.status === 'loading') status = { kind: 'loading' };
    else if (programmes.status === 'ready' && phases.length === 0) status = { kind: 'empty', text: i18n.t('noneRecorded') };

    this.view.update({ i18n, names: state.names, status, phases, phaseId, since: state.since, features, engagement, selected: state.node });

    const { interval } = this;
    const phase = phases.find((item) => item.id === phaseId);
    this.coverage.update({
      i18n,
      phaseId,
      phaseName: phase ? nameOf(phase, state.names) : phaseId ?? '',
      since: state.since,
      interval,
      report: phaseId ? cache.get(`coverage|${phaseId}|${state.since ?? ''}|${interval}`, () => fetchCoverage(client, { phaseId, since: state.since, interval })) : null,
    });
  }

  destroy(): void {
    this.coverage.destroy();
    this.view.destroy();
  }
}
