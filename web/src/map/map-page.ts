/** The engagement map's data: phase (chosen or current), boundaries and the engagement answers. */
import type { AppContext, Page } from '../app-context.js';
import type { PhaseRef } from '../api/queries.js';
import { nameOf, translator } from '../i18n.js';
import { adminFeatures, type AdminFeature } from '../shaping/geo.js';
import { engagementBreakdown } from '../shaping/planning.js';
import type { StatusState } from '../ui/status.js';
import type { AppState } from '../url-state.js';
import { CoverageChart } from './coverage-chart.js';
import { fetchCoverage, type Interval } from './coverage-query.js';
import { fetchOverlap, fetchProgrammesEngagement, fetchWhoDoesWhatWhere, programmeIdsOf, scopeKey, type MapScope } from './map-query.js';
import { mapText } from './map-text.js';
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
  private scope: MapScope | null = null;
  /** The programme shown in the selector, kept when the phase changes. */
  private scopeProgramme: string | null = null;

  constructor(private readonly context: AppContext) {
    this.view = new MapView({
      setProgramme: (programme) => context.navigate({ programme, phase: null }, 'replace'),
      setPhase: (phase) => context.navigate({ phase, programme: this.scopeProgramme }, 'replace'),
      setSince: (since) => context.navigate({ since }, 'replace'),
      setMode: (mapMode) => context.navigate({ mapMode }, 'replace'),
      setOblast: (oblast) => context.navigate({ oblast }, 'replace'),
      select: (id) => context.navigate({ node: id }, 'push'),
      retry: () => context.cache.retryFailed(),
      whoDoesWhatWhere: (format) => fetchWhoDoesWhatWhere(context.client, this.scope ? programmeIdsOf(this.scope) : null, this.state?.oblast ?? null, format, this.state?.lang ?? 'ru'),
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
    const programmeList = programmes.status === 'ready' ? programmes.value : [];
    const phases = programmeList.flatMap((programme) => programme.phases);
    // A phase in the address wins; then "all" or one programme; with neither, today's default phase.
    const phaseId = state.phase ?? (state.programme ? null : defaultPhase(phases, new Date().toISOString().slice(0, 10))?.id ?? null);
    const phaseProgramme = phaseId ? programmeList.find((programme) => programme.phases.some((phase) => phase.id === phaseId)) : undefined;
    const programmeChoice = phaseProgramme?.id ?? (state.programme && state.programme !== 'all' ? state.programme : 'all');
    const scope: MapScope | null = phaseId ? { kind: 'phase', phaseId } : programmeChoice === 'all' ? (state.programme ? { kind: 'all' } : null) : { kind: 'programme', programmeId: programmeChoice };
    this.scope = scope;
    this.scopeProgramme = programmeChoice === 'all' ? null : programmeChoice;
    const chosenProgramme = programmeList.find((programme) => programme.id === programmeChoice);
    const phase = phases.find((item) => item.id === phaseId);
    const scopeName = phase ? nameOf(phase, state.names) : chosenProgramme ? nameOf(chosenProgramme, state.names) : mapText(state.lang)('allProgrammes');
    const scopeSlug = scope?.kind === 'phase' ? scope.phaseId : scope?.kind === 'programme' ? scope.programmeId : 'all-programmes';

    const features = cache.get('boundaries', loadBoundaries);
    const since = state.since;
    const engagement = !scope
      ? { status: 'loading' as const }
      : scope.kind === 'phase'
        ? cache.get(`engagement|${scope.phaseId}|${since ?? ''}`, () => api.engagement(scope.phaseId, since))
        : cache.get(`engagement|${scopeKey(scope)}|${since ?? ''}`, () => fetchProgrammesEngagement(client, programmeIdsOf(scope), since));
    // Overlap compares programmes: one phase looks at all of them.
    const overlapIds = scope && scope.kind !== 'phase' ? programmeIdsOf(scope) : null;
    const overlap = scope && state.mapMode === 'overlap' ? cache.get(`overlap|${overlapIds?.join() ?? 'all'}|${since ?? ''}`, () => fetchOverlap(client, overlapIds, since)) : null;

    let status: StatusState = { kind: 'none' };
    if (programmes.status === 'error') status = { kind: 'error', error: programmes.error };
    else if (engagement.status === 'error') status = { kind: 'error', error: engagement.error };
    else if (overlap?.status === 'error') status = { kind: 'error', error: overlap.error };
    else if (programmes.status === 'loading' || engagement.status === 'loading' || features.status === 'loading' || overlap?.status === 'loading') status = { kind: 'loading' };
    else if (programmes.status === 'ready' && phases.length === 0) status = { kind: 'empty', text: i18n.t('noneRecorded') };

    this.view.update({
      i18n,
      names: state.names,
      status,
      programmes: programmeList,
      programmeChoice,
      phases: chosenProgramme?.phases ?? [],
      phaseId,
      scope: scope ?? { kind: 'all' },
      scopeName,
      scopeSlug,
      since,
      features,
      engagement,
      overlap,
      mode: state.mapMode,
      oblast: state.oblast,
      selected: state.node,
    });

    const { interval } = this;
    const municipalities = engagement.status === 'ready' ? engagement.value.municipalities : null;
    this.coverage.update({
      i18n,
      phaseId,
      phaseName: phase ? nameOf(phase, state.names) : phaseId ?? '',
      since,
      interval,
      report: phaseId ? cache.get(`coverage|${phaseId}|${since ?? ''}|${interval}`, () => fetchCoverage(client, { phaseId, since, interval })) : null,
      // The same rows the map counts, so the chart can say what it leaves out (undated partner links).
      mapBreakdown: phaseId && municipalities ? engagementBreakdown(municipalities) : null,
    });
  }

  destroy(): void {
    this.coverage.destroy();
    this.view.destroy();
  }
}
