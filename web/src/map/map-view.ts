/** The planners' map: rayons coloured by the share of municipalities engaged, per-oblast table, and the not-engaged list with CSV. */
import { geoMercator, geoPath, type GeoProjection } from 'd3';
import type { EngagementResult, PhaseRef, SummaryRow } from '../api/queries.js';
import { nameOf, type Lang, type Translator } from '../i18n.js';
import { NO_DATA_COLOUR, shareColour } from '../shaping/colours.js';
import { BOM } from '../shaping/csv.js';
import { csvFileName, groupUnengaged, sharesByPcode, unengagedCsv, unitIndex, type OblastGroup, type UnitShare } from '../shaping/engagement.js';
import { featuresByOblast, type AdminFeature } from '../shaping/geo.js';
import { clear, download, el, svg, uid } from '../ui/dom.js';
import type { Loadable } from '../ui/resource.js';
import { StatusBox, type StatusState } from '../ui/status.js';

export interface MapViewData {
  i18n: Translator;
  names: Lang;
  status: StatusState;
  phases: PhaseRef[];
  phaseId: string | null;
  since: string | null;
  features: Loadable<AdminFeature[]>;
  engagement: Loadable<EngagementResult>;
  selected: string | null;
}

export interface MapViewActions {
  setPhase(id: string): void;
  setSince(date: string | null): void;
  select(id: string): void;
  retry(): void;
}

interface Shape {
  key: string;
  territoryId: string | null;
  element: SVGElement;
  label: string;
  share: UnitShare | null;
}

export class MapView {
  readonly element: HTMLElement;
  /** The map's column, where the page adds the coverage chart under the map. */
  readonly main: HTMLElement;
  private readonly status: StatusBox;
  private readonly title = el('h2', { class: 'panel-title', attrs: { id: uid('map-title') } });
  private readonly phaseLabel = el('label', { class: 'field-label' });
  private readonly phaseSelect = el('select', { class: 'select', attrs: { id: uid('map-phase') } });
  private readonly sinceLabel = el('label', { class: 'field-label' });
  private readonly sinceInput = el('input', { class: 'date-input', attrs: { type: 'date', id: uid('map-since') } });
  private readonly sinceHint = el('p', { class: 'hint', attrs: { id: uid('since-hint') } });
  private readonly mapBox = el('div', { class: 'map-box', attrs: { 'data-testid': 'map' } });
  private readonly tooltip = el('div', { class: 'map-tooltip', attrs: { hidden: true, 'aria-hidden': 'true' } });
  private readonly legend = el('div', { class: 'map-legend' });
  private readonly notes = el('div', { class: 'map-notes' });
  private readonly oblastTitle = el('h2', { class: 'panel-title', attrs: { id: uid('oblast-title') } });
  private readonly oblastTable = el('div', { class: 'oblast-table-wrap', attrs: { 'data-testid': 'oblast-table' } });
  private readonly listTitle = el('h2', { class: 'panel-title', attrs: { id: uid('unengaged-title') } });
  private readonly listSummary = el('p', { class: 'list-summary', attrs: { 'data-testid': 'unengaged-summary' } });
  private readonly csvButton: HTMLButtonElement;
  private readonly list = el('div', { class: 'unengaged-list', attrs: { 'data-testid': 'unengaged-list' } });
  private readonly resizeObserver: ResizeObserver;
  private data: MapViewData | null = null;
  private groups: OblastGroup[] = [];
  private shapes: Shape[] = [];
  private mapKey = '';
  private listKey = '';
  private focusIndex = 0;

  constructor(private readonly actions: MapViewActions) {
    this.status = new StatusBox(() => actions.retry());
    this.phaseLabel.htmlFor = this.phaseSelect.id;
    this.sinceLabel.htmlFor = this.sinceInput.id;
    this.sinceInput.setAttribute('aria-describedby', this.sinceHint.id);
    this.phaseSelect.addEventListener('change', () => actions.setPhase(this.phaseSelect.value));
    this.sinceInput.addEventListener('change', () => actions.setSince(/^\d{4}-\d{2}-\d{2}$/.test(this.sinceInput.value) ? this.sinceInput.value : null));
    this.csvButton = el('button', { class: 'button', attrs: { type: 'button', 'data-testid': 'download-csv' }, on: { click: () => this.downloadCsv() } });
    this.main = el(
      'div',
      { class: 'map-main' },
      el(
        'section',
        { class: 'panel map-panel', attrs: { 'aria-labelledby': this.title.id } },
        this.title,
        el(
          'div',
          { class: 'map-controls' },
          el('div', { class: 'field' }, this.phaseLabel, this.phaseSelect),
          el('div', { class: 'field' }, this.sinceLabel, this.sinceInput, this.sinceHint),
        ),
        this.status.element,
        el('div', { class: 'map-stage' }, this.mapBox, this.tooltip),
        this.legend,
        this.notes,
      ),
    );
    this.element = el(
      'div',
      { class: 'map-view' },
      this.main,
      el(
        'div',
        { class: 'map-side' },
        el('section', { class: 'panel', attrs: { 'aria-labelledby': this.oblastTitle.id } }, this.oblastTitle, this.oblastTable),
        el(
          'section',
          { class: 'panel', attrs: { 'aria-labelledby': this.listTitle.id } },
          el('div', { class: 'panel-head' }, this.listTitle, this.csvButton),
          this.listSummary,
          this.list,
        ),
      ),
    );
    this.resizeObserver = new ResizeObserver(() => {
      this.mapKey = '';
      if (this.data) this.update(this.data);
    });
    this.resizeObserver.observe(this.mapBox);
  }

  update(data: MapViewData): void {
    this.data = data;
    const { i18n, names } = data;
    this.title.textContent = i18n.t('mapTitle');
    this.phaseLabel.textContent = i18n.t('mapPhase');
    this.sinceLabel.textContent = i18n.t('mapSince');
    this.sinceHint.textContent = i18n.t('mapSinceHint');
    this.oblastTitle.textContent = i18n.t('oblastsTable');
    this.listTitle.textContent = i18n.t('unengagedTitle');
    this.csvButton.textContent = i18n.t('downloadCsv');
    this.status.show(data.status, i18n);
    this.renderPhaseOptions(data);
    if (document.activeElement !== this.sinceInput) this.sinceInput.value = data.since ?? '';

    const engagement = data.engagement.status === 'ready' ? data.engagement.value : null;
    const features = data.features.status === 'ready' ? data.features.value : null;
    const key = [i18n.lang, names, data.selected, engagement ? 'e' : '', features ? 'f' : '', data.phaseId, data.since].join('|');
    if (key !== this.mapKey) {
      this.mapKey = key;
      this.renderMap(features, engagement, data);
      this.renderLegend(i18n);
    }
    if (`${key}|list` !== this.listKey) {
      this.listKey = `${key}|list`;
      this.groups = engagement ? groupUnengaged(engagement.municipalities) : [];
      this.renderOblasts(engagement, data);
      this.renderList(engagement, data);
    }
    this.csvButton.disabled = !engagement;
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.element.remove();
  }

  private renderPhaseOptions(data: MapViewData): void {
    const key = `${data.names}|${data.phases.map((phase) => phase.id).join()}`;
    if (this.phaseSelect.dataset.key !== key) {
      this.phaseSelect.dataset.key = key;
      clear(this.phaseSelect);
      for (const phase of data.phases) {
        const years = `${phase.startDate?.slice(0, 4) ?? '?'}–${phase.endDate?.slice(0, 4) ?? ''}`;
        this.phaseSelect.append(el('option', { text: `${nameOf(phase, data.names)} (${years})`, attrs: { value: phase.id } }));
      }
    }
    this.phaseSelect.value = data.phaseId ?? '';
  }

  private renderMap(features: AdminFeature[] | null, engagement: EngagementResult | null, data: MapViewData): void {
    const { i18n, names } = data;
    clear(this.mapBox);
    this.shapes = [];
    this.tooltip.hidden = true;
    clear(this.notes);
    this.notes.append(el('p', { class: 'attribution', text: i18n.t('attribution') }), el('p', { class: 'hint', text: i18n.t('mapCitiesNote') }));
    if (data.features.status === 'error') {
      this.mapBox.append(el('p', { class: 'error-text', attrs: { role: 'alert' }, text: i18n.t('geoError') }));
      return;
    }
    if (!features || !engagement) return;

    const width = Math.max(360, this.mapBox.clientWidth || 760);
    const height = Math.round(width * 0.52);
    const collection = { type: 'FeatureCollection' as const, features };
    const projection: GeoProjection = geoMercator().fitExtent([[12, 12], [width - 12, height - 12]], collection);
    const path = geoPath(projection);
    const shares = sharesByPcode(engagement.rayons);
    const oblastNames = new Map<string, SummaryRow>();
    for (const row of engagement.oblasts) if (row.territory.ochaPcode) oblastNames.set(row.territory.ochaPcode, row);
    const units = unitIndex(engagement.municipalities);
    const selectedUnit = data.selected ? units.get(data.selected) ?? data.selected : null;
    const phase = data.phases.find((item) => item.id === data.phaseId);

    const root = svg('svg', {
      class: 'map',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': i18n.t('mapLabel', { phase: phase ? nameOf(phase, names) : data.phaseId ?? '' }),
    });
    const shapesLayer = svg('g', { class: 'units' });
    const labelsLayer = svg('g', { class: 'oblast-labels', 'aria-hidden': 'true' });
    root.append(shapesLayer, labelsLayer);

    const describe = (name: string, oblast: string | null, share: UnitShare | null): string => {
      if (!share) return `${name}: ${i18n.t('mapNoMunicipalities')}`;
      return `${name}${oblast ? ` (${oblast})` : ''}: ${i18n.t('engagedOf', { engaged: share.engaged, total: share.total })}, ${i18n.t('notEngagedCount', { count: share.notEngaged })}, ${i18n.formatShare(share.share)}`;
    };

    for (const feature of features) {
      const pcode = feature.properties.ADM2_PCODE;
      const share = shares.get(pcode) ?? null;
      const oblastRow = oblastNames.get(feature.properties.ADM1_PCODE);
      const name = share ? nameOf(share.name, names) : names === 'ru' ? feature.properties.ADM2_RU ?? feature.properties.ADM2_EN : feature.properties.ADM2_EN;
      const label = describe(name, oblastRow ? nameOf(oblastRow.territory, names) : null, share);
      const selected = !!share && share.territoryId === selectedUnit;
      const element = svg('path', {
        d: path(feature) ?? '',
        class: `unit${selected ? ' selected' : ''}`,
        fill: share && share.total > 0 ? shareColour(share.share) : NO_DATA_COLOUR,
        tabindex: -1,
        role: 'button',
        'aria-label': label,
        'aria-pressed': selected ? 'true' : 'false',
        'data-pcode': pcode,
        'data-oblast': feature.properties.ADM1_PCODE,
        'data-engaged': share?.engaged ?? '',
        'data-total': share?.total ?? '',
      });
      shapesLayer.append(element);
      this.shapes.push({ key: pcode, territoryId: share?.territoryId ?? null, element, label, share });
    }

    // Bishkek and Osh have no ADM2 shape: circles at their coordinates.
    for (const row of engagement.rayons) {
      const pcode = row.territory.ochaPcode;
      if (!pcode || features.some((feature) => feature.properties.ADM2_PCODE === pcode)) continue;
      if (row.territory.lat === null || row.territory.lon === null) continue;
      const point = projection([row.territory.lon, row.territory.lat]);
      if (!point) continue;
      const share = shares.get(pcode) ?? null;
      const label = describe(nameOf(row.territory, names), null, share);
      const selected = row.territory.id === selectedUnit;
      const element = svg('circle', {
        cx: point[0],
        cy: point[1],
        r: 7,
        class: `unit city${selected ? ' selected' : ''}`,
        fill: row.total > 0 ? shareColour(row.engaged / row.total) : NO_DATA_COLOUR,
        tabindex: -1,
        role: 'button',
        'aria-label': label,
        'aria-pressed': selected ? 'true' : 'false',
        'data-pcode': pcode,
        'data-engaged': row.engaged,
        'data-total': row.total,
      });
      shapesLayer.append(element);
      this.shapes.push({ key: pcode, territoryId: row.territory.id, element, label, share });
    }

    // Oblast names at the area-weighted centre of their rayons.
    for (const [oblastPcode, group] of featuresByOblast(features)) {
      let sx = 0, sy = 0, total = 0;
      for (const feature of group) {
        const area = path.area(feature);
        const [cx, cy] = path.centroid(feature);
        if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
        sx += cx * area;
        sy += cy * area;
        total += area;
      }
      const row = oblastNames.get(oblastPcode);
      if (!total || !row) continue;
      labelsLayer.append(svg('text', { x: sx / total, y: sy / total, class: 'oblast-label', 'text-anchor': 'middle' }, nameOf({ ...row.territory, nameRu: row.territory.nameRu?.replace(' область', '') ?? null }, names)));
    }

    // One tab stop for the whole map; arrows move between units (roving tabindex).
    const selectedIndex = this.shapes.findIndex((shape) => shape.territoryId === selectedUnit && selectedUnit !== null);
    this.focusIndex = selectedIndex >= 0 ? selectedIndex : 0;
    this.shapes.forEach((shape, index) => {
      shape.element.setAttribute('tabindex', index === this.focusIndex ? '0' : '-1');
      shape.element.addEventListener('pointerenter', (event) => this.showTooltip(shape, event));
      shape.element.addEventListener('pointermove', (event) => this.moveTooltip(event));
      shape.element.addEventListener('pointerleave', () => (this.tooltip.hidden = true));
      shape.element.addEventListener('focus', () => {
        this.focusIndex = index;
        this.showTooltip(shape, null);
      });
      shape.element.addEventListener('blur', () => (this.tooltip.hidden = true));
      shape.element.addEventListener('click', () => {
        if (shape.territoryId) this.actions.select(shape.territoryId);
      });
      shape.element.addEventListener('keydown', (event) => this.onShapeKey(event as KeyboardEvent, index));
    });
    this.mapBox.append(root);
    if (selectedIndex >= 0) shapesLayer.append(this.shapes[selectedIndex]!.element);
  }

  private onShapeKey(event: KeyboardEvent, index: number): void {
    const shape = this.shapes[index];
    if (!shape) return;
    let next = index;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % this.shapes.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + this.shapes.length) % this.shapes.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = this.shapes.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      if (shape.territoryId) this.actions.select(shape.territoryId);
      event.preventDefault();
      return;
    } else return;
    event.preventDefault();
    shape.element.setAttribute('tabindex', '-1');
    const target = this.shapes[next]!;
    target.element.setAttribute('tabindex', '0');
    (target.element as unknown as HTMLElement).focus();
  }

  private showTooltip(shape: Shape, event: PointerEvent | null): void {
    const { i18n } = this.data!;
    clear(this.tooltip);
    const [title, ...rest] = shape.label.split(': ');
    this.tooltip.append(el('strong', { text: title ?? '' }));
    if (shape.share) {
      this.tooltip.append(
        el('span', { text: i18n.t('engagedCount', { count: shape.share.engaged }) }),
        el('span', { text: i18n.t('notEngagedCount', { count: shape.share.notEngaged }) }),
        el('span', { text: `${i18n.t('share')}: ${i18n.formatShare(shape.share.share)}` }),
      );
    } else this.tooltip.append(el('span', { text: rest.join(': ') }));
    this.tooltip.hidden = false;
    if (event) this.moveTooltip(event);
    else {
      const box = (shape.element as unknown as SVGGraphicsElement).getBoundingClientRect();
      const stage = this.mapBox.getBoundingClientRect();
      this.placeTooltip(box.left - stage.left + box.width / 2, box.top - stage.top + box.height / 2);
    }
  }

  private moveTooltip(event: PointerEvent): void {
    const stage = this.mapBox.getBoundingClientRect();
    this.placeTooltip(event.clientX - stage.left, event.clientY - stage.top);
  }

  private placeTooltip(x: number, y: number): void {
    const width = this.mapBox.clientWidth;
    const left = x > width - 220 ? x - 200 : x + 14;
    this.tooltip.style.left = `${Math.max(0, left)}px`;
    this.tooltip.style.top = `${Math.max(0, y + 14)}px`;
  }

  private renderLegend(i18n: Translator): void {
    clear(this.legend);
    const stops = [0, 0.25, 0.5, 0.75, 1].map((share) => `${shareColour(share)} ${share * 100}%`).join(', ');
    this.legend.append(
      el('span', { class: 'legend-title', text: i18n.t('mapLegend') }),
      el(
        'div',
        { class: 'legend-ramp-wrap' },
        el('div', { class: 'legend-ramp', attrs: { style: `background: linear-gradient(to right, ${stops})`, 'aria-hidden': 'true' } }),
        el('div', { class: 'legend-ticks' }, ...[0, 0.25, 0.5, 0.75, 1].map((share) => el('span', { text: i18n.formatShare(share) }))),
      ),
      el('span', { class: 'legend-nodata' }, el('span', { class: 'swatch', attrs: { style: `background:${NO_DATA_COLOUR}`, 'aria-hidden': 'true' } }), i18n.t('mapNoMunicipalities')),
    );
  }

  private renderOblasts(engagement: EngagementResult | null, data: MapViewData): void {
    const { i18n, names } = data;
    clear(this.oblastTable);
    if (!engagement) return;
    const head = el(
      'tr',
      {},
      el('th', { text: i18n.t('oblast'), attrs: { scope: 'col' } }),
      el('th', { text: i18n.t('engaged'), attrs: { scope: 'col', class: 'numeric' } }),
      el('th', { text: i18n.t('notEngaged'), attrs: { scope: 'col', class: 'numeric' } }),
      el('th', { text: i18n.t('total'), attrs: { scope: 'col', class: 'numeric' } }),
      el('th', { text: i18n.t('share'), attrs: { scope: 'col' } }),
    );
    const body = el('tbody');
    for (const row of engagement.oblasts) {
      const share = row.total ? row.engaged / row.total : 0;
      body.append(
        el(
          'tr',
          { attrs: { 'data-id': row.territory.id, class: data.selected === row.territory.id ? 'chosen' : null } },
          el(
            'th',
            { attrs: { scope: 'row' } },
            el('button', {
              class: 'link-button',
              text: row.territory.level === 'CITY' ? i18n.t('cityUnit', { name: nameOf(row.territory, names) }) : nameOf(row.territory, names),
              attrs: { type: 'button' },
              on: { click: () => this.actions.select(row.territory.id) },
            }),
          ),
          el('td', { class: 'numeric', text: i18n.formatNumber(row.engaged), attrs: { 'data-col': 'engaged' } }),
          el('td', { class: 'numeric', text: i18n.formatNumber(row.notEngaged), attrs: { 'data-col': 'not-engaged' } }),
          el('td', { class: 'numeric', text: i18n.formatNumber(row.total), attrs: { 'data-col': 'total' } }),
          el(
            'td',
            { class: 'share-cell' },
            el('span', { class: 'share-bar', attrs: { 'aria-hidden': 'true' } }, el('span', { attrs: { style: `width:${Math.round(share * 100)}%; background:${shareColour(share)}` } })),
            el('span', { class: 'share-text', text: i18n.formatShare(share) }),
          ),
        ),
      );
    }
    this.oblastTable.append(el('table', { class: 'data-table compact' }, el('thead', {}, head), body));
  }

  private renderList(engagement: EngagementResult | null, data: MapViewData): void {
    const { i18n, names } = data;
    clear(this.list);
    this.listSummary.textContent = '';
    if (!engagement) return;
    const total = this.groups.reduce((sum, group) => sum + group.count, 0);
    this.listSummary.textContent = total ? i18n.t('unengagedCount', { count: i18n.formatNumber(total) }) : i18n.t('unengagedNone');
    const units = unitIndex(engagement.municipalities);
    const selectedUnit = data.selected ? units.get(data.selected) ?? null : null;
    let selectedElement: HTMLElement | null = null;
    for (const group of this.groups) {
      const containsSelection = !!selectedUnit && group.units.some((unit) => unit.unit.id === selectedUnit);
      const details = el('details', { class: 'oblast-group', attrs: { 'data-id': group.oblast.id, open: containsSelection || this.groups.length <= 3 } });
      details.append(
        el(
          'summary',
          {},
          el('span', { class: 'group-name', text: group.isCity ? i18n.t('cityUnit', { name: nameOf(group.oblast, names) }) : nameOf(group.oblast, names) }),
          el('span', { class: 'count', text: i18n.formatNumber(group.count), attrs: { 'data-testid': 'group-count' } }),
        ),
      );
      for (const unit of group.units) {
        const chosen = unit.unit.id === selectedUnit;
        const section = el('div', { class: `unit-group${chosen ? ' chosen' : ''}`, attrs: { 'data-id': unit.unit.id } });
        section.append(
          el(
            'h3',
            { class: 'unit-name' },
            el('button', {
              class: 'link-button',
              text: unit.isCity ? i18n.t('cityUnit', { name: nameOf(unit.unit, names) }) : nameOf(unit.unit, names),
              attrs: { type: 'button' },
              on: { click: () => this.actions.select(unit.unit.id) },
            }),
            el('span', { class: 'count', text: i18n.formatNumber(unit.municipalities.length) }),
          ),
        );
        const items = el('ul', { class: 'municipalities' });
        for (const municipality of unit.municipalities) {
          items.append(
            el(
              'li',
              { attrs: { 'data-id': municipality.id, class: data.selected === municipality.id ? 'chosen' : null } },
              el('button', { class: 'link-button', text: nameOf(municipality.name, names), attrs: { type: 'button' }, on: { click: () => this.actions.select(municipality.id) } }),
            ),
          );
        }
        section.append(items);
        details.append(section);
        if (chosen) selectedElement = section;
      }
      this.list.append(details);
    }
    if (selectedElement) {
      // Scroll the list, not the page, to the chosen unit.
      const target = selectedElement;
      requestAnimationFrame(() => {
        const list = this.list.getBoundingClientRect();
        const item = target.getBoundingClientRect();
        if (item.top < list.top || item.bottom > list.bottom) this.list.scrollTop += item.top - list.top - 8;
      });
    }
  }

  private downloadCsv(): void {
    if (!this.data?.phaseId) return;
    download(csvFileName(this.data.phaseId, this.data.since), `${BOM}${unengagedCsv(this.groups)}`, 'text/csv;charset=utf-8');
  }
}
