/** The events view's data: the events, the phases, the chosen event and what the selection took part in. */
import type { AppContext, Page } from '../app-context.js';
import type { EventSummary } from '../api/queries.js';
import { translator } from '../i18n.js';
import { byDate } from '../shaping/events.js';
import type { StatusState } from '../ui/status.js';
import type { AppState } from '../url-state.js';
import { EventsView } from './events-view.js';

export class EventsPage implements Page {
  readonly element: HTMLElement;
  private readonly view: EventsView;
  private state: AppState | null = null;

  constructor(private readonly context: AppContext) {
    this.view = new EventsView({
      chooseEvent: (id) => context.navigate({ event: id, node: id }, 'push'),
      select: (id) => context.navigate({ node: id }, 'push'),
      retry: () => context.cache.retryFailed(),
    });
    this.element = this.view.element;
  }

  update(state: AppState): void {
    this.state = state;
    const { api, cache } = this.context;
    const i18n = translator(state.lang);
    const events = cache.get<EventSummary[]>('events', () => api.events());
    const programmes = cache.get('programmes', () => api.programmes());
    const list = events.status === 'ready' ? events.value : [];

    let status: StatusState = { kind: 'none' };
    if (events.status === 'error') status = { kind: 'error', error: events.error };
    else if (programmes.status === 'error') status = { kind: 'error', error: programmes.error };
    else if (events.status === 'loading') status = { kind: 'loading' };
    else if (list.length === 0) status = { kind: 'empty', text: i18n.t('eventsEmpty') };

    // The event shown: the chosen one, else the latest.
    const eventId = state.event ?? byDate(list).at(-1)?.id ?? null;
    const event = eventId ? cache.get(`event|${eventId}`, () => api.event(eventId)) : null;

    // What the selected person or organisation took part in, to mark on the timeline.
    const related = new Set<string>();
    if (state.node && state.node !== eventId) {
      const detail = cache.get(`details|${state.node}`, () => api.details(state.node!));
      if (detail.status === 'ready') for (const participation of detail.value?.participations ?? []) related.add(participation.event.id);
    }

    this.view.update({
      i18n,
      names: state.names,
      status,
      events: list,
      phases: programmes.status === 'ready' ? programmes.value.flatMap((programme) => programme.phases) : [],
      eventId,
      event,
      selected: state.node,
      related,
    });
  }

  destroy(): void {
    this.view.destroy();
  }
}
