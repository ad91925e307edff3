/** Events: a timeline by date over the programme phases, a list, and the chosen event's participants as a bipartite view. */
import { axisBottom, scaleSqrt, scaleUtc, select, utcYear } from 'd3';
import type { EventDetail, EventSummary, NameRef, PhaseRef } from '../api/queries.js';
import { nameOf, otherNameOf, type Lang, type Translator } from '../i18n.js';
import { CATEGORY_COLOURS } from '../shaping/colours.js';
import { categoryOf } from '../shaping/categories.js';
import { bipartite, byDate, type Bipartite } from '../shaping/events.js';
import { labelLanes, labelSpanAt } from '../shaping/timeline-lanes.js';
import { clear, el, svg, uid } from '../ui/dom.js';
import { eventsText } from './events-text.js';
import type { Loadable } from '../ui/resource.js';
import { StatusBox, type StatusState } from '../ui/status.js';

export interface EventsViewData {
  i18n: Translator;
  names: Lang;
  status: StatusState;
  events: EventSummary[];
  phases: PhaseRef[];
  /** The event shown (chosen, or the latest). */
  eventId: string | null;
  event: Loadable<EventDetail | null> | null;
  /** The selection shared with the other views. */
  selected: string | null;
  /** Events the selected person or organisation took part in. */
  related: ReadonlySet<string>;
}

export interface EventsViewActions {
  chooseEvent(id: string): void;
  select(id: string): void;
  retry(): void;
}

/** Role colours, dark enough for text on white (WCAG AA). */
const ROLE_COLOURS: Record<string, string> = {
  SPEAKER: '#2f5d8a',
  PRESENTER: '#7d4b72',
  PARTICIPANT: '#52606d',
  ORGANISER: '#9a4a00',
  HOST: '#a4262c',
};

/** Timeline labels: at most this many lanes above the marks; the rest are named by the tooltip and the table. */
const MAX_LABEL_LANES = 4;
const LABEL_FONT = '12px';
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
let measureContext: CanvasRenderingContext2D | null | undefined;

/** Width of a text in the page's font, measured on a scratch canvas (falls back to an estimate). */
function textWidth(text: string, font: string): number {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * 7;
  measureContext.font = `${font} ${FONT_FAMILY}`;
  return measureContext.measureText(text).width;
}

/** Shortens a name to the room it has (SVG text has no ellipsis). */
function fit(text: string, pixels: number, font: string): string {
  if (textWidth(text, font) <= pixels) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (textWidth(`${text.slice(0, middle).trimEnd()}…`, font) <= pixels) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

export class EventsView {
  readonly element: HTMLElement;
  private readonly status: StatusBox;
  private readonly timelineTitle = el('h2', { class: 'panel-title', attrs: { id: uid('timeline-title') } });
  private readonly timeline = el('div', { class: 'timeline', attrs: { 'data-testid': 'timeline' } });
  private readonly listTitle = el('h2', { class: 'panel-title', attrs: { id: uid('events-list-title') } });
  private readonly list = el('div', { class: 'events-table-wrap' });
  private readonly detail = el('section', { class: 'panel event-detail', attrs: { 'data-testid': 'event-detail' } });
  private readonly detailStatus: StatusBox;
  private readonly resizeObserver: ResizeObserver;
  private data: EventsViewData | null = null;
  private timelineKey = '';
  private listKey = '';
  private detailKey = '';

  constructor(private readonly actions: EventsViewActions) {
    this.status = new StatusBox(() => actions.retry());
    this.detailStatus = new StatusBox(() => actions.retry());
    this.element = el(
      'div',
      { class: 'events-view' },
      this.status.element,
      el('section', { class: 'panel timeline-panel', attrs: { 'aria-labelledby': this.timelineTitle.id } }, this.timelineTitle, this.timeline),
      el('section', { class: 'panel events-list', attrs: { 'aria-labelledby': this.listTitle.id } }, this.listTitle, this.list),
      this.detail,
    );
    this.resizeObserver = new ResizeObserver(() => {
      this.timelineKey = '';
      this.detailKey = '';
      if (this.data) this.update(this.data);
    });
    this.resizeObserver.observe(this.timeline);
  }

  update(data: EventsViewData): void {
    this.data = data;
    const { i18n } = data;
    this.status.show(data.status, i18n);
    this.timelineTitle.textContent = i18n.t('timeline');
    this.listTitle.textContent = i18n.t('eventsList');
    const common = [i18n.lang, data.names, data.eventId, data.selected, [...data.related].join(), data.events.length, data.phases.length].join('|');
    if (common !== this.timelineKey) {
      this.timelineKey = common;
      this.renderTimeline(data);
    }
    if (common !== this.listKey) {
      this.listKey = common;
      this.renderList(data);
    }
    const detailKey = `${common}|${data.event?.status}`;
    if (detailKey !== this.detailKey) {
      this.detailKey = detailKey;
      this.renderDetail(data);
    }
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.element.remove();
  }

  private renderTimeline(data: EventsViewData): void {
    const { i18n, names, events, phases } = data;
    clear(this.timeline);
    const width = Math.max(320, this.timeline.clientWidth || 900);
    const margin = { left: 24, right: 24 };
    const dates: Date[] = [];
    for (const phase of phases) {
      if (phase.startDate) dates.push(new Date(`${phase.startDate}T00:00:00Z`));
      if (phase.endDate) dates.push(new Date(`${phase.endDate}T00:00:00Z`));
    }
    for (const event of events) dates.push(new Date(`${event.date}T00:00:00Z`));
    if (dates.length === 0) {
      this.timeline.append(el('p', { class: 'empty', text: i18n.t('eventsEmpty') }));
      return;
    }
    const min = new Date(Math.min(...dates.map(Number)));
    const max = new Date(Math.max(...dates.map(Number)));
    const x = scaleUtc()
      .domain([utcYear.floor(min), utcYear.ceil(new Date(Number(max) + 1))])
      .range([margin.left, width - margin.right]);
    const reported = scaleSqrt()
      .domain([0, Math.max(1, ...events.map((event) => event.reportedParticipantCount ?? 0))])
      .range([6, 16]);

    // Marks, stacked when they share a day; labels in lanes above them so nearby dates never collide.
    const sorted = byDate(events);
    const stack = new Map<string, number>();
    const marks = sorted.map((event) => {
      const level = stack.get(event.date) ?? 0;
      stack.set(event.date, level + 1);
      const cx = x(new Date(`${event.date}T00:00:00Z`));
      const r = reported(event.reportedParticipantCount ?? 0);
      const font = event.id === data.eventId ? `700 ${LABEL_FONT}` : LABEL_FONT;
      const text = fit(`${i18n.formatDate(event.date)} · ${nameOf(event, names)}`, Math.min(320, width * 0.6), font);
      const span = labelSpanAt(cx, r, textWidth(text, font), width);
      return { event, level, cx, r, text, span };
    });
    const lanes = labelLanes(
      marks.map(({ event, span }) => ({ id: event.id, start: span.start, end: span.end, priority: event.id === data.eventId })),
      MAX_LABEL_LANES,
    );
    const lanesUsed = Math.max(0, ...[...lanes.values()].map((lane) => (lane === null ? -1 : lane + 1)));
    const tallestStack = Math.max(1, ...stack.values());
    const laneHeight = 16;
    const markBase = 8 + lanesUsed * laneHeight + 18 + (tallestStack - 1) * 18;
    const bandTop = markBase + 24;
    const height = bandTop + 24 + 34;

    const summary = events.length ? sorted.map((event) => `${i18n.formatDate(event.date)}: ${nameOf(event, names)}`).join('; ') : i18n.t('eventsEmpty');
    const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${i18n.t('timeline')}. ${summary}` });
    // Phase bands.
    phases.forEach((phase, index) => {
      if (!phase.startDate || !phase.endDate) return;
      const x0 = x(new Date(`${phase.startDate}T00:00:00Z`));
      const x1 = x(new Date(`${phase.endDate}T00:00:00Z`));
      const group = svg('g', { class: 'phase-band' });
      group.append(
        svg('rect', { x: x0, y: bandTop, width: Math.max(1, x1 - x0), height: 24, rx: 4, fill: index % 2 ? '#fde2e4' : '#fcd5d9' }),
        svg('text', { x: x0 + 8, y: bandTop + 16, class: 'phase-label' }, `${nameOf(phase, names)} · ${phase.startDate.slice(0, 4)}–${phase.endDate.slice(0, 4)}`),
      );
      root.append(group);
    });
    const axis = svg('g', { transform: `translate(0, ${height - 28})`, class: 'axis', 'aria-hidden': 'true' });
    root.append(axis);
    select(axis).call(axisBottom(x).ticks(utcYear.every(width > 700 ? 1 : 2)).tickSizeOuter(0));

    for (const { event, level, cx, r, text, span } of marks) {
      const cy = markBase - level * 18;
      const chosen = event.id === data.eventId;
      const related = data.related.has(event.id);
      const mark = svg('g', { class: `event-mark${chosen ? ' chosen' : ''}${related ? ' related' : ''}`, 'data-id': event.id });
      mark.append(
        svg('title', {}, `${i18n.formatDate(event.date)} · ${nameOf(event, names)}`),
        svg('line', { x1: cx, x2: cx, y1: cy + r, y2: bandTop, class: 'event-stem' }),
        svg('circle', { cx, cy, r, fill: CATEGORY_COLOURS.event }),
      );
      const lane = lanes.get(event.id) ?? null;
      if (lane !== null) {
        const baseline = 8 + (lanesUsed - lane) * laneHeight - 4;
        mark.append(
          svg('line', { x1: cx, x2: cx, y1: baseline + 3, y2: cy - r - 1, class: 'event-leader' }),
          svg('text', { x: span.anchor === 'start' ? span.start : span.end, y: baseline, 'text-anchor': span.anchor, class: chosen ? 'event-label chosen' : 'event-label', 'data-lane': lane }, text),
        );
      }
      mark.addEventListener('click', () => this.actions.chooseEvent(event.id));
      root.append(mark);
    }
    this.timeline.append(root);
  }

  private renderList(data: EventsViewData): void {
    const { i18n, names, events } = data;
    clear(this.list);
    if (!events.length) {
      this.list.append(el('p', { class: 'empty', text: i18n.t('eventsEmpty') }));
      return;
    }
    const table = el(
      'table',
      { class: 'data-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...[i18n.t('columnDate'), i18n.t('columnName'), i18n.t('columnKind'), i18n.t('columnPlace'), i18n.t('columnReported'), i18n.t('columnNamed')].map((text, index) =>
            el('th', { text, attrs: { scope: 'col', class: index >= 4 ? 'numeric' : null } }),
          ),
        ),
      ),
    );
    const body = el('tbody');
    for (const event of byDate(events).reverse()) {
      const chosen = event.id === data.eventId;
      body.append(
        el(
          'tr',
          { class: `${chosen ? 'chosen' : ''}${data.related.has(event.id) ? ' related' : ''}` },
          el('td', { text: i18n.formatDate(event.date), attrs: { class: 'nowrap' } }),
          el(
            'td',
            {},
            el('button', {
              class: 'link-button',
              text: nameOf(event, names),
              attrs: { type: 'button', 'aria-current': chosen ? 'true' : null },
              on: { click: () => this.actions.chooseEvent(event.id) },
            }),
          ),
          el('td', { text: i18n.enumLabel(event.kind) }),
          el('td', { text: (names === 'ru' ? event.placeRu ?? event.placeEn : event.placeEn ?? event.placeRu) ?? '—' }),
          el('td', { class: 'numeric', text: event.reportedParticipantCount != null ? i18n.formatNumber(event.reportedParticipantCount) : '—' }),
          el('td', { class: 'numeric', text: i18n.formatNumber(event.namedParticipantCount) }),
        ),
      );
    }
    table.append(body);
    this.list.append(table);
  }

  private renderDetail(data: EventsViewData): void {
    const { i18n, names } = data;
    clear(this.detail);
    this.detail.append(this.detailStatus.element);
    const entry = data.event;
    if (!entry || !data.eventId) {
      this.detailStatus.show({ kind: 'none' }, i18n);
      this.detail.append(el('p', { class: 'empty', text: data.events.length ? i18n.t('chooseEvent') : i18n.t('eventsEmpty') }));
      return;
    }
    if (entry.status !== 'ready') {
      this.detailStatus.show(entry.status === 'loading' ? { kind: 'loading' } : { kind: 'error', error: entry.error }, i18n);
      return;
    }
    this.detailStatus.show({ kind: 'none' }, i18n);
    const event = entry.value;
    if (!event) {
      this.detail.append(el('p', { class: 'empty', text: i18n.t('noneRecorded') }));
      return;
    }
    const shape = bipartite(event, (entity) => nameOf(entity, names));
    const headingId = uid('event-title');
    this.detail.setAttribute('aria-labelledby', headingId);
    const other = otherNameOf(event, names);
    const place = names === 'ru' ? event.placeRu ?? event.placeEn : event.placeEn ?? event.placeRu;
    this.detail.append(el('h2', { class: 'event-title', text: nameOf(event, names), attrs: { id: headingId } }));
    if (other) this.detail.append(el('p', { class: 'entity-other-name', text: other, attrs: { lang: names === 'ru' ? 'en' : 'ru' } }));
    this.detail.append(
      el(
        'p',
        { class: 'event-meta' },
        [i18n.formatDate(event.date), i18n.enumLabel(event.kind), place, event.phase ? i18n.t('phaseN', { number: event.phase.number }) : null].filter(Boolean).join(' · '),
      ),
      this.countsBlock(shape, i18n),
      el('h3', { class: 'section-title', text: i18n.t('participantsTitle') }),
      this.bipartiteSvg(shape, event, data),
      this.participantsTable(shape, data),
    );
  }

  private countsBlock(shape: Bipartite, i18n: Translator): HTMLElement {
    const { counts } = shape;
    const card = (value: number | null, label: string, testId: string) =>
      el('div', { class: 'count-card', attrs: { 'data-testid': testId } }, el('span', { class: 'count-value', text: value === null ? '—' : i18n.formatNumber(value) }), el('span', { class: 'count-label', text: label }));
    const t = eventsText(i18n.lang);
    const fmt = (value: number) => i18n.formatNumber(value);
    const representedOnly = counts.organisations - counts.organisationsInOwnRight;
    const byKind = counts.byKind.map((entry) => `${i18n.formatNumber(entry.count)} ${i18n.enumLabel(entry.kind)}`).join(' · ');
    return el(
      'div',
      { class: 'counts' },
      el(
        'div',
        { class: 'count-cards' },
        card(counts.reported, i18n.t('reported'), 'reported-count'),
        card(counts.namedPeople, i18n.t('namedPeople'), 'named-count'),
        card(counts.notNamed, i18n.t('notNamed'), 'not-named-count'),
        card(counts.organisations, i18n.t('organisationsTookPart'), 'organisations-count'),
      ),
      byKind ? el('p', { class: 'by-kind', text: byKind, attrs: { 'data-testid': 'organisations-by-kind' } }) : null,
      representedOnly > 0
        ? el('p', { class: 'by-kind', text: t('representedOnly', { ownRight: fmt(counts.organisationsInOwnRight), represented: fmt(representedOnly) }), attrs: { 'data-testid': 'organisations-represented-only' } })
        : null,
      el(
        'p',
        { class: 'hint', attrs: { 'data-testid': 'table-explained' } },
        t('tableRows', { rows: fmt(counts.tableRows), people: fmt(counts.namedPeople), orgs: fmt(counts.organisationsInOwnRight) }),
        counts.reported !== null && counts.notNamed !== null
          ? ` ${t('reportedArePeople', { reported: fmt(counts.reported), named: fmt(counts.namedPeople), notNamed: fmt(counts.notNamed) })}`
          : '',
      ),
    );
  }

  private bipartiteSvg(shape: Bipartite, event: EventDetail, data: EventsViewData): Element {
    const { i18n, names } = data;
    const width = Math.max(520, Math.min(1400, (this.detail.clientWidth || 800) - 32));
    const row = 17;
    const groupGap = 26;
    const top = 28;
    const leftWidth = Math.round(width * 0.34);
    const rightX = Math.round(width * 0.52);

    // Right side: organisations by kind.
    const orgY = new Map<string, number>();
    let y = top;
    const groupHeads: { kind: string; y: number; count: number }[] = [];
    for (const group of shape.groups) {
      groupHeads.push({ kind: group.kind, y, count: group.organisations.length });
      y += row + 2;
      for (const organisation of group.organisations) {
        orgY.set(organisation.id, y);
        y += row;
      }
      y += groupGap - row;
    }
    const rightHeight = y;
    // Left side: people, spread over the height their organisations take.
    const peopleRow = 46;
    const peopleHeight = shape.people.length * peopleRow;
    const linked = [...orgY.values()].slice(0, Math.max(1, shape.people.length * 2));
    const centre = linked.length ? (Math.min(...linked) + Math.max(...linked)) / 2 : top + peopleHeight / 2;
    const peopleTop = Math.max(top, centre - peopleHeight / 2);
    const height = Math.max(rightHeight, peopleTop + peopleHeight) + 10;

    const root = svg('svg', {
      class: 'bipartite',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': i18n.t('bipartiteLabel', { name: nameOf(event, names), people: shape.people.length, orgs: orgY.size }),
      'data-testid': 'bipartite',
    });
    root.append(
      svg('text', { x: 0, y: 14, class: 'column-title' }, i18n.t('people')),
      svg('text', { x: rightX, y: 14, class: 'column-title' }, i18n.t('organisations')),
    );

    const personY = new Map<string, number>();
    shape.people.forEach((person, index) => personY.set(person.id, peopleTop + index * peopleRow + 16));

    // Links first, under the labels.
    for (const link of shape.links) {
      const y1 = personY.get(link.personId);
      const y2 = orgY.get(link.organisationId);
      if (y1 === undefined || y2 === undefined) continue;
      const x1 = leftWidth + 8;
      const x2 = rightX - 10;
      const mid = (x1 + x2) / 2;
      const highlighted = data.selected === link.personId || data.selected === link.organisationId;
      root.append(
        svg('path', {
          d: `M${x1},${y1} C${mid},${y1} ${mid},${y2 - 4} ${x2},${y2 - 4}`,
          class: `bipartite-link${highlighted ? ' highlighted' : ''}`,
          stroke: ROLE_COLOURS[link.role] ?? '#8a96a3',
        }),
      );
    }

    if (!shape.people.length) root.append(svg('text', { x: 0, y: top + 16, class: 'muted-text' }, i18n.t('noPeople')));
    for (const person of shape.people) {
      const py = personY.get(person.id)!;
      const selected = data.selected === person.id;
      const group = svg('g', { class: `bipartite-person${selected ? ' selected' : ''}`, 'data-id': person.id });
      group.append(
        svg('rect', { x: 0, y: py - 14, width: leftWidth, height: 38, rx: 6, class: 'person-box' }),
        svg('circle', { cx: 12, cy: py - 4, r: 5, fill: CATEGORY_COLOURS.person }),
        svg('text', { x: 24, y: py, class: 'person-name' }, fit(nameOf(person, names), leftWidth - 32, '600 13px')),
        svg('text', { x: 24, y: py + 16, class: 'person-role', fill: ROLE_COLOURS[person.role] ?? '#52606d' }, i18n.enumLabel(person.role)),
      );
      group.addEventListener('click', () => this.actions.select(person.id));
      root.append(group);
    }
    for (const head of groupHeads) {
      root.append(svg('text', { x: rightX, y: head.y + 4, class: 'group-title' }, `${i18n.enumLabel(head.kind)} (${head.count})`));
    }
    for (const group of shape.groups) {
      const colour = CATEGORY_COLOURS[categoryOf('ORGANISATION', group.kind)];
      for (const organisation of group.organisations) {
        const oy = orgY.get(organisation.id)!;
        const selected = data.selected === organisation.id;
        const item = svg('g', { class: `bipartite-org${selected ? ' selected' : ''}${organisation.representedBy.length ? ' represented' : ''}`, 'data-id': organisation.id });
        const role = organisation.role && organisation.role !== 'PARTICIPANT' ? i18n.enumLabel(organisation.role) : '';
        const room = width - rightX - 14 - (role ? textWidth(role, '600 11px') + 14 : 0);
        const fullName = nameOf(organisation, names);
        item.append(
          svg('title', {}, role ? `${fullName} — ${role}` : fullName),
          svg('rect', { x: rightX - 6, y: oy - 12, width: width - rightX + 6, height: row - 1, rx: 3, class: 'org-box' }),
          svg('circle', { cx: rightX - 2, cy: oy - 4, r: 4, fill: colour }),
          svg('text', { x: rightX + 8, y: oy, class: 'org-name' }, fit(fullName, room, organisation.representedBy.length ? '700 12px' : '12px')),
        );
        if (role) item.append(svg('text', { x: width - 4, y: oy, class: 'org-role', 'text-anchor': 'end' }, role));
        item.addEventListener('click', () => this.actions.select(organisation.id));
        root.append(item);
      }
    }
    return root;
  }

  /** The same participants as a table: the text alternative of the drawing and the keyboard path to each participant. */
  private participantsTable(shape: Bipartite, data: EventsViewData): HTMLElement {
    const { i18n, names } = data;
    const button = (entity: NameRef) =>
      el('button', {
        class: 'link-button',
        text: nameOf(entity, names),
        attrs: { type: 'button', 'aria-current': data.selected === entity.id ? 'true' : null },
        on: { click: () => this.actions.select(entity.id) },
      });
    const body = el('tbody');
    for (const person of shape.people) {
      body.append(
        el(
          'tr',
          {},
          el('td', {}, button(person)),
          el('td', { text: i18n.enumLabel('PERSON') }),
          el('td', { text: i18n.enumLabel(person.role) }),
          el('td', {}, person.representing ? button(person.representing) : ''),
        ),
      );
    }
    for (const group of shape.groups) {
      for (const organisation of group.organisations) {
        if (!organisation.role) continue;
        body.append(
          el('tr', {}, el('td', {}, button(organisation)), el('td', { text: i18n.enumLabel(organisation.kind) }), el('td', { text: i18n.enumLabel(organisation.role) }), el('td', { text: '' })),
        );
      }
    }
    const table = el(
      'table',
      { class: 'data-table compact', attrs: { 'data-testid': 'participants-table' } },
      el(
        'thead',
        {},
        el('tr', {}, ...[i18n.t('participantColumn'), i18n.t('kind'), i18n.t('roleColumn'), i18n.t('representingColumn')].map((text) => el('th', { text, attrs: { scope: 'col' } }))),
      ),
      body,
    );
    return el('details', { class: 'participants-details' }, el('summary', { text: `${i18n.t('participantsTitle')} — ${i18n.formatNumber(body.children.length)}` }), table);
  }
}
