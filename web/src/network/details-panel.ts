/** The details of the selected node: names, kind, territory, posts with dates, events, links, and what to do next. */
import type { EntityDetail, NameRef, ParticipationDetail, PositionDetail } from '../api/queries.js';
import { nameOf, otherNameOf, type Lang, type Translator } from '../i18n.js';
import { CATEGORY_COLOURS } from '../shaping/colours.js';
import type { Neighbour, NetworkNode } from '../shaping/graph.js';
import { clear, el } from '../ui/dom.js';
import type { Loadable } from '../ui/resource.js';
import { StatusBox } from '../ui/status.js';
import { HISTORY_TYPES } from './history-api.js';
import { HistorySection, type HistoryLoader } from './history-section.js';

export interface DetailsData {
  id: string | null;
  node: NetworkNode | null;
  detail: Loadable<EntityDetail | null>;
  neighbours: Neighbour[];
  hiddenByFilters: boolean;
  expanded: boolean;
  /** What "show neighbours" brought into the picture once loaded (null while loading or not asked). */
  expansionAdded: { nodes: number; links: number } | null;
  i18n: Translator;
  names: Lang;
  /** The audit trail, for roles that may read it (null: the section is not offered). */
  history: HistoryLoader | null;
}

export interface DetailsActions {
  select(id: string): void;
  expand(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  showEvent(id: string): void;
  showOnMap(id: string): void;
  retry(): void;
}

const MAX_LINKS_PER_GROUP = 40;

export class DetailsPanel {
  readonly element: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly body: HTMLDivElement;
  private readonly status: StatusBox;
  private key = '';
  /** Kept while the same node stays selected, so an opened history stays open when the panel is rebuilt. */
  private history: HistorySection | null = null;

  constructor(private readonly actions: DetailsActions) {
    this.heading = el('h2', { class: 'panel-title', attrs: { id: 'details-title' } });
    this.status = new StatusBox(() => actions.retry());
    this.body = el('div', { class: 'details-body' });
    this.element = el('section', { class: 'details panel', attrs: { 'aria-labelledby': 'details-title' } }, this.heading, this.status.element, this.body);
  }

  update(data: DetailsData): void {
    const { i18n } = data;
    this.heading.textContent = i18n.t('details');
    if (!data.id || !data.history) this.history = null;
    else if (this.history?.id !== data.id) this.history = new HistorySection(data.id, data.history, () => this.actions.retry());
    this.history?.update(i18n);
    const key = [!!this.history, data.id, data.detail.status, data.detail.status === 'ready' ? 'r' : '', data.neighbours.length, data.hiddenByFilters, data.expanded, data.expansionAdded?.nodes, data.expansionAdded?.links, i18n.lang, data.names, data.node?.nameRu].join('|');
    if (key === this.key) return;
    this.key = key;

    // Rebuilding the panel must not lose the keyboard focus inside it.
    const focusedKey = (document.activeElement as HTMLElement | null)?.closest?.('[data-key]')?.getAttribute('data-key');
    const hadFocus = this.element.contains(document.activeElement);
    clear(this.body);

    if (!data.id) {
      this.status.show({ kind: 'none' }, i18n);
      this.body.append(el('p', { class: 'empty', text: i18n.t('detailsEmpty') }));
      return;
    }
    if (data.detail.status === 'loading') {
      this.status.show({ kind: 'loading' }, i18n);
      if (data.node) this.body.append(this.titleBlock(data.node, data.node.entityType, data.node.kind, data));
      return;
    }
    if (data.detail.status === 'error') {
      this.status.show({ kind: 'error', error: data.detail.error }, i18n);
      return;
    }
    this.status.show({ kind: 'none' }, i18n);
    const detail = data.detail.value;
    if (!detail) {
      this.body.append(el('p', { class: 'empty', text: i18n.t('noneRecorded') }));
      return;
    }
    const kind = detail.organisationKind ?? detail.level ?? detail.eventKind ?? null;
    this.body.append(this.titleBlock(detail, detail.entityType, kind, data));
    if (data.hiddenByFilters) this.body.append(el('p', { class: 'note', text: i18n.t('notInView') }));
    this.body.append(this.actionsBlock(detail, data));
    for (const section of this.sections(detail, data)) this.body.append(section);
    if (this.history && HISTORY_TYPES.has(detail.__typename)) this.body.append(this.history.element);
    this.body.append(this.linksBlock(data));

    if (hadFocus) {
      const target = focusedKey ? this.body.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusedKey)}"]`) : null;
      (target ?? this.heading).focus({ preventScroll: true });
    }
  }

  destroy(): void {
    this.element.remove();
  }

  private titleBlock(entity: NameRef, entityType: string, kind: string | null, data: DetailsData): HTMLElement {
    const { i18n, names } = data;
    const colour = data.node ? CATEGORY_COLOURS[data.node.category] : '#bab0ac';
    const other = otherNameOf(entity, names);
    return el(
      'div',
      { class: 'details-title' },
      el('span', { class: 'swatch large', attrs: { 'aria-hidden': 'true', style: `background:${colour}` } }),
      el(
        'div',
        {},
        el('h3', { class: 'entity-name', text: nameOf(entity, names), attrs: { 'data-testid': 'details-name' } }),
        other ? el('p', { class: 'entity-other-name', text: other, attrs: { lang: names === 'ru' ? 'en' : 'ru', translate: 'no' } }) : null,
        el('p', { class: 'entity-kind', text: [i18n.enumLabel(entityType), kind && kind !== entityType ? i18n.enumLabel(kind) : null].filter(Boolean).join(' · ') }),
      ),
    );
  }

  private actionsBlock(detail: EntityDetail, data: DetailsData): HTMLElement {
    const { i18n } = data;
    const button = (key: string, text: string, onClick: () => void, disabled = false) =>
      el('button', { class: 'button small', text, attrs: { type: 'button', 'data-key': key, disabled }, on: { click: onClick } });
    const block = el(
      'div',
      { class: 'details-actions' },
      button('expand', data.expanded ? i18n.t('expanded') : i18n.t('expand'), () => this.actions.expand(detail.id), data.expanded),
      button('path-from', i18n.t('pathFromHere'), () => this.actions.pathFrom(detail.id)),
      button('path-to', i18n.t('pathToHere'), () => this.actions.pathTo(detail.id)),
    );
    if (data.expanded && data.expansionAdded) {
      const { nodes, links } = data.expansionAdded;
      const text = nodes || links ? i18n.t('expandAdded', { nodes, links }) : i18n.t('expandAddedNothing');
      block.append(el('p', { class: 'hint', text, attrs: { role: 'status', 'data-testid': 'expand-result' } }));
    }
    if (detail.entityType === 'EVENT') block.append(button('show-event', i18n.t('showEvent'), () => this.actions.showEvent(detail.id)));
    if (detail.level === 'RAYON' || detail.level === 'OBLAST' || detail.level === 'CITY' || detail.level === 'AYIL_AIMAK' || detail.organisationKind === 'AYIL_OKMOTU' || detail.organisationKind === 'TOWN_ADMINISTRATION') {
      block.append(button('show-map', i18n.t('showOnMap'), () => this.actions.showOnMap(detail.id)));
    }
    return block;
  }

  private entityButton(entity: NameRef, data: DetailsData, key: string): HTMLButtonElement {
    return el('button', {
      class: 'link-button',
      text: nameOf(entity, data.names),
      attrs: { type: 'button', 'data-key': key },
      on: { click: () => this.actions.select(entity.id) },
    });
  }

  private section(title: string, ...content: (Node | null)[]): HTMLElement {
    return el('section', { class: 'details-section' }, el('h4', { text: title }), ...content);
  }

  private definitionList(rows: [string, Node | string | null | undefined][]): HTMLElement | null {
    const list = el('dl', { class: 'facts' });
    for (const [term, value] of rows) {
      if (value === null || value === undefined || value === '') continue;
      list.append(el('dt', { text: term }), el('dd', {}, value));
    }
    return list.children.length ? list : null;
  }

  private tenure(position: PositionDetail, i18n: Translator): string {
    const parts: string[] = [];
    if (position.from && position.to) parts.push(`${i18n.formatDate(position.from)} – ${i18n.formatDate(position.to)}`);
    else if (position.from) parts.push(i18n.t('since', { date: i18n.formatDate(position.from) }));
    else if (position.to) parts.push(i18n.t('until', { date: i18n.formatDate(position.to) }));
    if (position.observedOn) parts.push(i18n.t('observed', { date: i18n.formatDate(position.observedOn) }));
    return parts.length ? parts.join(' · ') : i18n.t('datesUnknown');
  }

  private positionsList(positions: PositionDetail[], data: DetailsData, side: 'organisation' | 'person'): HTMLElement {
    if (!positions.length) return el('p', { class: 'empty', text: data.i18n.t('noneRecorded') });
    const list = el('ul', { class: 'plain-list', attrs: { 'data-testid': 'posts' } });
    for (const position of positions) {
      const title = data.names === 'ru' ? position.titleRu ?? position.title : position.title ?? position.titleRu;
      const other = position[side];
      list.append(
        el(
          'li',
          {},
          el('span', { class: 'item-title block', text: title ?? '' }),
          other ? el('span', { class: 'block' }, this.entityButton(other, data, `pos-${position.id}`)) : null,
          el('span', { class: 'item-meta block', text: this.tenure(position, data.i18n) }),
        ),
      );
    }
    return list;
  }

  private participationsList(participations: ParticipationDetail[], data: DetailsData): HTMLElement {
    if (!participations.length) return el('p', { class: 'empty', text: data.i18n.t('noneRecorded') });
    const list = el('ul', { class: 'plain-list', attrs: { 'data-testid': 'events-taken-part' } });
    for (const participation of participations) {
      list.append(
        el(
          'li',
          {},
          this.entityButton(participation.event, data, `ev-${participation.id}`),
          el(
            'span',
            { class: 'item-meta block' },
            [
              data.i18n.formatDate(participation.event.date),
              data.i18n.enumLabel(participation.role),
              participation.representing ? data.i18n.t('representing', { name: nameOf(participation.representing, data.names) }) : null,
            ]
              .filter(Boolean)
              .join(' · '),
          ),
        ),
      );
    }
    return list;
  }

  private entityList(entities: NameRef[], data: DetailsData, prefix: string): HTMLElement {
    if (!entities.length) return el('p', { class: 'empty', text: data.i18n.t('noneRecorded') });
    return el('ul', { class: 'plain-list' }, ...entities.map((entity) => el('li', {}, this.entityButton(entity, data, `${prefix}-${entity.id}`))));
  }

  private sections(detail: EntityDetail, data: DetailsData): HTMLElement[] {
    const { i18n } = data;
    const sections: HTMLElement[] = [];
    const facts: [string, Node | string | null | undefined][] = [];
    const aliases = detail.aliases.filter((alias) => alias !== detail.nameRu && alias !== detail.nameEn);
    if (detail.nameKy) facts.push(['KY', detail.nameKy]);
    // Other spellings are names, not interface text: marked so that translators (and the Russian-text check) leave them.
    if (aliases.length) facts.push([i18n.t('otherNames'), el('span', { text: aliases.join(', '), attrs: { translate: 'no' } })]);

    switch (detail.__typename) {
      case 'Person':
        sections.push(this.section(i18n.t('posts'), this.positionsList(detail.positions ?? [], data, 'organisation')));
        sections.push(this.section(i18n.t('eventsTakenPart'), this.participationsList(detail.participations ?? [], data)));
        break;
      case 'Organisation': {
        const territory = detail.territory;
        if (territory) {
          const place = el('span', {}, this.entityButton(territory, data, 'territory'));
          if (territory.parent) place.append(', ', this.entityButton(territory.parent, data, 'territory-parent'));
          facts.unshift([i18n.t('territory'), place]);
        }
        if (detail.memberOf?.length) sections.push(this.section(i18n.t('memberOf'), this.entityList(detail.memberOf, data, 'member-of')));
        if (detail.members?.length) sections.push(this.section(i18n.t('members'), this.entityList(detail.members, data, 'members')));
        if (detail.positions?.length) sections.push(this.section(i18n.t('postsIn'), this.positionsList(detail.positions, data, 'person')));
        sections.push(this.section(i18n.t('eventsTakenPart'), this.participationsList(detail.participations ?? [], data)));
        break;
      }
      case 'Territory':
        facts.unshift([i18n.t('soate'), detail.soate]);
        if (detail.parent) facts.unshift([i18n.t('partOf'), this.entityButton(detail.parent, data, 'parent')]);
        if (detail.governedBy?.length) sections.push(this.section(i18n.t('governedBy'), this.entityList(detail.governedBy, data, 'governed')));
        break;
      case 'Event':
        facts.unshift(
          [i18n.t('date'), i18n.formatDate(detail.date)],
          [i18n.t('place'), (data.names === 'ru' ? detail.placeRu ?? detail.placeEn : detail.placeEn ?? detail.placeRu) ?? null],
          [i18n.t('phase'), detail.phase ? this.entityButton(detail.phase, data, 'phase') : null],
          [i18n.t('hosts'), detail.hosts?.length ? this.entityList(detail.hosts, data, 'host') : null],
          [i18n.t('reported'), detail.reportedParticipantCount != null ? i18n.formatNumber(detail.reportedParticipantCount) : null],
          [i18n.t('namedPeople'), detail.namedParticipantCount != null ? i18n.formatNumber(detail.namedParticipantCount) : null],
          [i18n.t('organisationsTookPart'), detail.participatingOrganisationCount != null ? i18n.formatNumber(detail.participatingOrganisationCount) : null],
        );
        break;
      case 'Phase':
        facts.unshift(
          [i18n.t('dates'), [detail.startDate, detail.endDate].map((date) => i18n.formatDate(date)).join(' – ')],
          [i18n.t('budget'), detail.budgetChf ? `CHF ${i18n.formatNumber(detail.budgetChf)}` : null],
          [i18n.t('regions'), detail.regions?.join(', ') ?? null],
          [i18n.t('tabNetwork'), detail.programme ? this.entityButton(detail.programme, data, 'programme') : null],
        );
        break;
      case 'Programme':
        facts.unshift([i18n.t('projectNumber'), detail.sdcProjectNumber ?? null]);
        if (detail.funders?.length) sections.push(this.section(i18n.t('funders'), this.entityList(detail.funders, data, 'funder')));
        if (detail.implementers?.length) sections.push(this.section(i18n.t('implementers'), this.entityList(detail.implementers, data, 'implementer')));
        if (detail.phases?.length) sections.push(this.section(i18n.t('phases'), this.entityList(detail.phases, data, 'phase')));
        break;
    }
    const factList = this.definitionList(facts);
    if (factList) sections.unshift(factList);
    return sections;
  }

  private linksBlock(data: DetailsData): HTMLElement {
    const { i18n } = data;
    if (!data.neighbours.length) return this.section(i18n.t('links'), el('p', { class: 'empty', text: i18n.t('noLinks') }));
    const groups = new Map<string, Neighbour[]>();
    for (const neighbour of data.neighbours) {
      const key = `${neighbour.link.type}|${neighbour.direction}`;
      const list = groups.get(key) ?? [];
      list.push(neighbour);
      groups.set(key, list);
    }
    const container = el('div', { class: 'links', attrs: { 'data-testid': 'links' } });
    for (const [key, list] of groups) {
      const [type, direction] = key.split('|') as [string, 'in' | 'out'];
      const label = direction === 'out' ? `→ ${i18n.enumLabel(type)}` : `← ${i18n.enumLabel(type)}`;
      const items = el('ul', { class: 'plain-list compact' });
      list
        .slice()
        .sort((a, b) => nameOf(a.node, data.names).localeCompare(nameOf(b.node, data.names)))
        .slice(0, MAX_LINKS_PER_GROUP)
        .forEach((neighbour) => {
          const role = typeof neighbour.link.properties.role === 'string' ? i18n.enumLabel(neighbour.link.properties.role) : null;
          items.append(
            el(
              'li',
              {},
              el('span', { class: 'swatch', attrs: { 'aria-hidden': 'true', style: `background:${CATEGORY_COLOURS[neighbour.node.category]}` } }),
              this.entityButton(neighbour.node, data, `link-${neighbour.link.id}`),
              role ? el('span', { class: 'item-meta', text: role }) : null,
            ),
          );
        });
      if (list.length > MAX_LINKS_PER_GROUP) items.append(el('li', {}, el('span', { class: 'item-meta', text: `… +${list.length - MAX_LINKS_PER_GROUP}` })));
      container.append(el('h5', { class: 'links-group', text: `${label} (${list.length})` }), items);
    }
    return this.section(`${i18n.t('links')} (${data.neighbours.length})`, container);
  }
}
