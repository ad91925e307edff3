/**
 * The planners' map: rayons coloured by the share of municipalities engaged or by how many programmes overlap,
 * a sortable ranking of rayons and oblasts, the not-engaged list (narrowed to one oblast on demand) with XLSX
 * and CSV, and the 3W table.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3';
import type { EngagementResult, NameRef, PhaseRef, Programme, SummaryRow } from '../api/queries.js';
import { nameOf, type Lang, type Translator } from '../i18n.js';
import { NO_DATA_COLOUR, shareColour } from '../shaping/colours.js';
import { BOM } from '../shaping/csv.js';
import { groupUnengaged, sharesByPcode, unengagedCsv, unitIndex, type OblastGroup, type UnitShare } from '../shaping/engagement.js';
import { featuresByOblast, type AdminFeature } from '../shaping/geo.js';
import { OVERLAP_CLASSES, OVERLAP_COLOURS, areaOnlyProgrammes, classCounts, overlapByPcode, overlapGaps, type OverlapRow, type UnitOverlap } from '../shaping/overlap.js';
import {
  engagementBreakdown,
  firstDirection,
  groupsInOblast,
  municipalitiesInOblast,
  planningFileName,
  rankRows,
  rowsInOblast,
  sortRanking,
  unengagedSheetRows,
  type RankKey,
  type RankLevel,
  type RankRow,
  type SortDirection,
} from '../shaping/planning.js';
import { clear, download, el, svg, uid } from '../ui/dom.js';
import type { Loadable } from '../ui/resource.js';
import { errorMessage, StatusBox, type StatusState } from '../ui/status.js';
import { base64Bytes, downloadBytes, XLSX_TYPE } from './file-download.js';
import type { MapScope, TableDownload, TableFormat } from './map-query.js';
import { mapText } from './map-text.js';
import { unengagedWorkbook } from './unengaged-xlsx.js';
import './planning.css';

export interface MapViewData {
  i18n: Translator;
  names: Lang;
  status: StatusState;
  programmes: Programme[];
  /** The programme the selector shows: `all`, or a programme's id. */
  programmeChoice: string;
  phases: PhaseRef[];
  phaseId: string | null;
  scope: MapScope;
  /** Name of what the map is about (a phase, a programme or all programmes), for labels. */
  scopeName: string;
  /** For file names: the phase or programme id, or `all-programmes`. */
  scopeSlug: string;
  since: string | null;
  features: Loadable<AdminFeature[]>;
  engagement: Loadable<EngagementResult>;
  /** Asked for only in the overlap mode. */
  overlap: Loadable<OverlapRow[]> | null;
  mode: 'engaged' | 'overlap';
  oblast: string | null;
  selected: string | null;
}

export interface MapViewActions {
  setProgramme(choice: string): void;
  setPhase(id: string | null): void;
  setSince(date: string | null): void;
  setMode(mode: 'engaged' | 'overlap'): void;
  setOblast(id: string | null): void;
  select(id: string): void;
  retry(): void;
  whoDoesWhatWhere(format: TableFormat): Promise<TableDownload>;
}

interface Shape {
  key: string;
  territoryId: string | null;
  element: SVGElement;
  label: string;
  share: UnitShare | null;
  overlap: UnitOverlap | null;
}

const RANK_COLUMNS: readonly RankKey[] = ['name', 'notEngaged', 'engaged', 'total', 'share'];

export class MapView {
  readonly element: HTMLElement;
  /** The map's column, where the page adds the coverage chart under the map. */
  readonly main: HTMLElement;
  private readonly status: StatusBox;
  private readonly title = el('h2', { class: 'panel-title', attrs: { id: uid('map-title') } });
  private readonly programmeLabel = el('label', { class: 'field-label' });
  private readonly programmeSelect = el('select', { class: 'select', attrs: { id: uid('map-programme'), 'data-testid': 'programme-select' } });
  private readonly phaseField = el('div', { class: 'field' });
  private readonly phaseLabel = el('label', { class: 'field-label' });
  private readonly phaseSelect = el('select', { class: 'select', attrs: { id: uid('map-phase'), 'data-testid': 'phase-select' } });
  private readonly sinceLabel = el('label', { class: 'field-label' });
  private readonly sinceInput = el('input', { class: 'date-input', attrs: { type: 'date', id: uid('map-since') } });
  private readonly sinceHint = el('p', { class: 'hint', attrs: { id: uid('since-hint') } });
  private readonly modeLabel = el('span', { class: 'field-label', attrs: { id: uid('map-mode') } });
  private readonly modeButtons: Record<'engaged' | 'overlap', HTMLButtonElement>;
  private readonly means = el('p', { class: 'hint engaged-means', attrs: { 'data-testid': 'engaged-means' } });
  private readonly breakdown = el('p', { class: 'hint engaged-breakdown', attrs: { 'data-testid': 'engaged-breakdown' } });
  private readonly mapBox = el('div', { class: 'map-box', attrs: { 'data-testid': 'map' } });
  private readonly tooltip = el('div', { class: 'map-tooltip', attrs: { hidden: true, 'aria-hidden': 'true' } });
  private readonly legend = el('div', { class: 'map-legend', attrs: { 'data-testid': 'map-legend' } });
  private readonly notes = el('div', { class: 'map-notes' });
  private readonly threeWTitle = el('h3', { class: 'subtitle' });
  private readonly threeWHint = el('p', { class: 'hint' });
  private readonly threeWButtons: Record<TableFormat, HTMLButtonElement>;
  private readonly threeWStatus = el('p', { class: 'hint', attrs: { role: 'status', 'data-testid': 'three-w-status' } });
  private readonly oblastTitle = el('h2', { class: 'panel-title', attrs: { id: uid('oblast-title') } });
  private readonly rankLevelLabel = el('span', { class: 'field-label', attrs: { id: uid('rank-level') } });
  private readonly rankLevelButtons: Record<RankLevel, HTMLButtonElement>;
  private readonly rankHint = el('p', { class: 'hint' });
  private readonly filterBar = el('div', { class: 'oblast-filter', attrs: { 'data-testid': 'oblast-filter' } });
  private readonly oblastTable = el('div', { class: 'oblast-table-wrap', attrs: { 'data-testid': 'oblast-table' } });
  private readonly gapsSection = el('section', { class: 'panel', attrs: { 'data-testid': 'gaps', hidden: true } });
  private readonly listTitle = el('h2', { class: 'panel-title', attrs: { id: uid('unengaged-title') } });
  private readonly listSummary = el('p', { class: 'list-summary', attrs: { 'data-testid': 'unengaged-summary' } });
  private readonly downloadsLabel = el('span', { class: 'field-label', attrs: { id: uid('downloads') } });
  private readonly xlsxButton: HTMLButtonElement;
  private readonly csvButton: HTMLButtonElement;
  private readonly downloadStatus = el('p', { class: 'hint', attrs: { role: 'status', 'data-testid': 'download-status' } });
  private readonly list = el('div', { class: 'unengaged-list', attrs: { 'data-testid': 'unengaged-list' } });
  private readonly resizeObserver: ResizeObserver;
  private data: MapViewData | null = null;
  private groups: OblastGroup[] = [];
  private shapes: Shape[] = [];
  private mapKey = '';
  private listKey = '';
  private focusIndex = 0;
  /** Ranking choices: of this page only, like the chart's interval. */
  private rankLevel: RankLevel = 'OBLAST';
  private rankKey: RankKey = 'notEngaged';
  private rankDirection: SortDirection = 'descending';

  constructor(private readonly actions: MapViewActions) {
    this.status = new StatusBox(() => actions.retry());
    this.programmeLabel.htmlFor = this.programmeSelect.id;
    this.phaseLabel.htmlFor = this.phaseSelect.id;
    this.sinceLabel.htmlFor = this.sinceInput.id;
    this.sinceInput.setAttribute('aria-describedby', this.sinceHint.id);
    this.programmeSelect.addEventListener('change', () => actions.setProgramme(this.programmeSelect.value));
    this.phaseSelect.addEventListener('change', () => actions.setPhase(this.phaseSelect.value || null));
    this.sinceInput.addEventListener('change', () => actions.setSince(/^\d{4}-\d{2}-\d{2}$/.test(this.sinceInput.value) ? this.sinceInput.value : null));
    const modeButton = (mode: 'engaged' | 'overlap') =>
      el('button', { class: 'button small', attrs: { type: 'button', 'data-mode': mode }, on: { click: () => actions.setMode(mode) } });
    this.modeButtons = { engaged: modeButton('engaged'), overlap: modeButton('overlap') };
    const levelButton = (level: RankLevel) =>
      el('button', {
        class: 'button small',
        attrs: { type: 'button', 'data-level': level },
        on: {
          click: () => {
            this.rankLevel = level;
            this.listKey = '';
            if (this.data) this.update(this.data);
          },
        },
      });
    this.rankLevelButtons = { RAYON: levelButton('RAYON'), OBLAST: levelButton('OBLAST') };
    const threeWButton = (format: TableFormat) =>
      el('button', { class: 'button', attrs: { type: 'button', 'data-testid': `three-w-${format.toLowerCase()}` }, on: { click: () => void this.downloadThreeW(format) } });
    this.threeWButtons = { XLSX: threeWButton('XLSX'), CSV: threeWButton('CSV') };
    this.xlsxButton = el('button', { class: 'button', attrs: { type: 'button', 'data-testid': 'download-xlsx' }, on: { click: () => void this.downloadXlsx() } });
    this.csvButton = el('button', { class: 'button', attrs: { type: 'button', 'data-testid': 'download-csv' }, on: { click: () => this.downloadCsv() } });
    this.phaseField.append(this.phaseLabel, this.phaseSelect);
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
          el('div', { class: 'field' }, this.programmeLabel, this.programmeSelect),
          this.phaseField,
          el('div', { class: 'field' }, this.sinceLabel, this.sinceInput, this.sinceHint),
        ),
        el('div', { class: 'coverage-intervals map-modes', attrs: { role: 'group', 'aria-labelledby': this.modeLabel.id } }, this.modeLabel, this.modeButtons.engaged, this.modeButtons.overlap),
        this.means,
        this.breakdown,
        this.status.element,
        el('div', { class: 'map-stage' }, this.mapBox, this.tooltip),
        this.legend,
        el('div', { class: 'three-w', attrs: { 'data-testid': 'three-w' } }, this.threeWTitle, this.threeWHint, el('div', { class: 'button-row' }, this.threeWButtons.XLSX, this.threeWButtons.CSV), this.threeWStatus),
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
        el(
          'section',
          { class: 'panel', attrs: { 'aria-labelledby': this.oblastTitle.id } },
          this.oblastTitle,
          el('div', { class: 'coverage-intervals', attrs: { role: 'group', 'aria-labelledby': this.rankLevelLabel.id } }, this.rankLevelLabel, this.rankLevelButtons.OBLAST, this.rankLevelButtons.RAYON),
          this.rankHint,
          this.filterBar,
          this.oblastTable,
        ),
        this.gapsSection,
        el(
          'section',
          { class: 'panel', attrs: { 'aria-labelledby': this.listTitle.id } },
          this.listTitle,
          this.listSummary,
          el('div', { class: 'button-row', attrs: { role: 'group', 'aria-labelledby': this.downloadsLabel.id } }, this.downloadsLabel, this.xlsxButton, this.csvButton),
          this.downloadStatus,
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
    const previous = this.data;
    this.data = data;
    const { i18n, names } = data;
    const m = mapText(i18n.lang);
    this.title.textContent = i18n.t('mapTitle');
    this.programmeLabel.textContent = m('programme');
    this.phaseLabel.textContent = i18n.t('mapPhase');
    this.sinceLabel.textContent = i18n.t('mapSince');
    this.sinceHint.textContent = i18n.t('mapSinceHint');
    this.modeLabel.textContent = m('mode');
    this.modeButtons.engaged.textContent = m('modeEngaged');
    this.modeButtons.overlap.textContent = m('modeOverlap');
    for (const mode of ['engaged', 'overlap'] as const) this.modeButtons[mode].setAttribute('aria-pressed', data.mode === mode ? 'true' : 'false');
    this.means.textContent = data.mode === 'overlap' ? `${m('overlapMeans')} ${data.scope.kind === 'phase' ? m('overlapAllNote') : ''}`.trim() : data.scope.kind === 'phase' ? m('meansPhase') : m('meansProgrammes');
    this.threeWTitle.textContent = m('threeWTitle');
    this.threeWHint.textContent = m('threeWHint');
    this.threeWButtons.XLSX.textContent = m('threeWXlsx');
    this.threeWButtons.CSV.textContent = m('threeWCsv');
    this.oblastTitle.textContent = m('rankingTitle');
    this.rankLevelLabel.textContent = m('rankLevel');
    this.rankLevelButtons.OBLAST.textContent = m('rankOblasts');
    this.rankLevelButtons.RAYON.textContent = m('rankRayons');
    for (const level of ['OBLAST', 'RAYON'] as const) this.rankLevelButtons[level].setAttribute('aria-pressed', this.rankLevel === level ? 'true' : 'false');
    this.rankHint.textContent = m('oblastHint');
    this.listTitle.textContent = i18n.t('unengagedTitle');
    this.downloadsLabel.textContent = m('downloadsLabel');
    this.xlsxButton.textContent = m('downloadXlsx');
    this.csvButton.textContent = m('downloadCsv');
    this.status.show(data.status, i18n);
    this.renderProgrammeOptions(data);
    this.renderPhaseOptions(data);
    if (document.activeElement !== this.sinceInput) this.sinceInput.value = data.since ?? '';
    if (previous && (previous.oblast !== data.oblast || previous.scopeSlug !== data.scopeSlug)) {
      this.downloadStatus.textContent = '';
      this.threeWStatus.textContent = '';
    }

    const engagement = data.engagement.status === 'ready' ? data.engagement.value : null;
    const features = data.features.status === 'ready' ? data.features.value : null;
    const overlap = data.mode === 'overlap' && data.overlap?.status === 'ready' ? data.overlap.value : null;
    const key = [i18n.lang, names, data.selected, engagement ? 'e' : '', features ? 'f' : '', overlap ? 'o' : '', data.mode, data.scopeSlug, data.since, data.oblast].join('|');
    if (key !== this.mapKey) {
      this.mapKey = key;
      this.renderMap(features, engagement, overlap, data);
      if (data.mode === 'overlap') this.renderOverlapLegend(i18n, overlap);
      else this.renderLegend(i18n);
      this.renderGaps(overlap, data);
    }
    if (`${key}|${this.rankLevel}|${this.rankKey}|${this.rankDirection}` !== this.listKey) {
      this.listKey = `${key}|${this.rankLevel}|${this.rankKey}|${this.rankDirection}`;
      this.groups = engagement ? groupsInOblast(groupUnengaged(engagement.municipalities), data.oblast) : [];
      this.renderBreakdown(engagement, data);
      this.renderFilter(engagement, data);
      this.renderRanking(engagement, data);
      this.renderList(engagement, data);
    }
    this.csvButton.disabled = !engagement;
    this.xlsxButton.disabled = !engagement;
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.element.remove();
  }

  private renderProgrammeOptions(data: MapViewData): void {
    const key = `${data.i18n.lang}|${data.names}|${data.programmes.map((programme) => programme.id).join()}`;
    if (this.programmeSelect.dataset.key !== key) {
      this.programmeSelect.dataset.key = key;
      clear(this.programmeSelect);
      this.programmeSelect.append(el('option', { text: mapText(data.i18n.lang)('allProgrammes'), attrs: { value: 'all' } }));
      for (const programme of data.programmes) this.programmeSelect.append(el('option', { text: nameOf(programme, data.names), attrs: { value: programme.id } }));
    }
    this.programmeSelect.value = data.programmeChoice;
  }

  private renderPhaseOptions(data: MapViewData): void {
    // Phases are a choice within one programme; "all programmes" has none.
    this.phaseField.hidden = data.programmeChoice === 'all';
    const key = `${data.i18n.lang}|${data.names}|${data.phases.map((phase) => phase.id).join()}`;
    if (this.phaseSelect.dataset.key !== key) {
      this.phaseSelect.dataset.key = key;
      clear(this.phaseSelect);
      this.phaseSelect.append(el('option', { text: mapText(data.i18n.lang)('allPhases'), attrs: { value: '' } }));
      for (const phase of data.phases) {
        const years = `${phase.startDate?.slice(0, 4) ?? '?'}–${phase.endDate?.slice(0, 4) ?? ''}`;
        this.phaseSelect.append(el('option', { text: `${nameOf(phase, data.names)} (${years})`, attrs: { value: phase.id } }));
      }
    }
    this.phaseSelect.value = data.phaseId ?? '';
  }

  private renderBreakdown(engagement: EngagementResult | null, data: MapViewData): void {
    this.breakdown.textContent = '';
    if (!engagement || data.mode === 'overlap') return;
    const m = mapText(data.i18n.lang);
    const counts = engagementBreakdown(municipalitiesInOblast(engagement.municipalities, data.oblast));
    const format = data.i18n.formatNumber;
    const params = { engaged: format(counts.engaged), total: format(counts.total), events: format(counts.throughEvents), partners: format(counts.partnerOnly), locations: format(counts.locationOnly) };
    this.breakdown.textContent = data.scope.kind === 'phase' ? m('breakdown', params) : m('breakdownLocations', params);
    this.breakdown.dataset.engaged = String(counts.engaged);
    this.breakdown.dataset.events = String(counts.throughEvents);
    this.breakdown.dataset.partners = String(counts.partnerOnly);
  }

  private oblastName(engagement: EngagementResult | null, data: MapViewData): string | null {
    if (!data.oblast || !engagement) return null;
    const row = engagement.oblasts.find((item) => item.territory.id === data.oblast);
    if (!row) return null;
    return row.territory.level === 'CITY' ? data.i18n.t('cityUnit', { name: nameOf(row.territory, data.names) }) : nameOf(row.territory, data.names);
  }

  private renderFilter(engagement: EngagementResult | null, data: MapViewData): void {
    clear(this.filterBar);
    const name = this.oblastName(engagement, data);
    this.filterBar.hidden = !name;
    if (!name) return;
    const m = mapText(data.i18n.lang);
    this.filterBar.append(
      el('strong', { text: m('filtered', { name }) }),
      el('button', { class: 'button small', text: m('wholeCountry'), attrs: { type: 'button', 'data-testid': 'whole-country' }, on: { click: () => this.actions.setOblast(null) } }),
    );
  }

  private rankName(row: RankRow, data: MapViewData): string {
    return row.isCity ? data.i18n.t('cityUnit', { name: nameOf(row.name, data.names) }) : nameOf(row.name, data.names);
  }

  private renderRanking(engagement: EngagementResult | null, data: MapViewData): void {
    const { i18n, names } = data;
    const m = mapText(i18n.lang);
    clear(this.oblastTable);
    if (!engagement) return;
    const byRayon = this.rankLevel === 'RAYON';
    const all = byRayon ? rowsInOblast(rankRows(engagement.rayons, engagement.oblasts), data.oblast) : rankRows(engagement.oblasts, engagement.oblasts);
    const rows = sortRanking(all, this.rankKey, this.rankDirection, (row) => this.rankName(row, data), i18n.lang);
    const headers: Record<RankKey, string> = { name: byRayon ? m('colName') : i18n.t('oblast'), notEngaged: m('colNotEngaged'), engaged: m('colEngaged'), total: m('colTotal'), share: m('colShare') };
    const head = el('tr');
    for (const column of RANK_COLUMNS) {
      const sorted = column === this.rankKey;
      head.append(
        el(
          'th',
          { attrs: { scope: 'col', class: column === 'name' ? null : 'numeric', 'aria-sort': sorted ? this.rankDirection : null, 'data-sort': column } },
          el('button', {
            class: 'sort-button',
            text: `${headers[column]}${sorted ? (this.rankDirection === 'ascending' ? ' ▲' : ' ▼') : ''}`,
            attrs: { type: 'button', title: m('sortBy', { column: headers[column] }) },
            on: { click: () => this.sortBy(column) },
          }),
        ),
      );
      if (column === 'name' && byRayon) head.append(el('th', { text: m('colOblast'), attrs: { scope: 'col' } }));
    }
    const body = el('tbody');
    for (const row of rows) {
      const chosen = data.selected === row.id || (!byRayon && data.oblast === row.id);
      const name = this.rankName(row, data);
      body.append(
        el(
          'tr',
          { attrs: { 'data-id': row.id, class: chosen ? 'chosen' : null } },
          el(
            'th',
            { attrs: { scope: 'row' } },
            el('button', {
              class: 'link-button',
              text: name,
              attrs: { type: 'button', 'aria-pressed': byRayon ? null : data.oblast === row.id ? 'true' : 'false' },
              // An oblast narrows the view to itself (a second click widens it again); a rayon is selected.
              on: { click: () => (byRayon ? this.actions.select(row.id) : this.actions.setOblast(data.oblast === row.id ? null : row.id)) },
            }),
          ),
          ...(byRayon ? [el('td', { text: row.oblast ? nameOf(row.oblast, names) : '', attrs: { 'data-col': 'oblast' } })] : []),
          el('td', { class: 'numeric', text: i18n.formatNumber(row.notEngaged), attrs: { 'data-col': 'not-engaged' } }),
          el('td', { class: 'numeric', text: i18n.formatNumber(row.engaged), attrs: { 'data-col': 'engaged' } }),
          el('td', { class: 'numeric', text: i18n.formatNumber(row.total), attrs: { 'data-col': 'total' } }),
          el(
            'td',
            { class: 'share-cell' },
            el('span', { class: 'share-bar', attrs: { 'aria-hidden': 'true' } }, el('span', { attrs: { style: `width:${Math.round(row.share * 100)}%; background:${shareColour(row.share)}` } })),
            el('span', { class: 'share-text', text: i18n.formatShare(row.share) }),
          ),
        ),
      );
    }
    this.oblastTable.append(el('table', { class: 'data-table compact', attrs: { 'data-level': this.rankLevel } }, el('thead', {}, head), body));
  }

  private sortBy(column: RankKey): void {
    if (column === this.rankKey) this.rankDirection = this.rankDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.rankKey = column;
      this.rankDirection = firstDirection(column);
    }
    this.listKey = '';
    if (this.data) this.update(this.data);
    this.oblastTable.querySelector<HTMLButtonElement>(`th[data-sort="${column}"] button`)?.focus();
  }

  private renderGaps(overlap: OverlapRow[] | null, data: MapViewData): void {
    clear(this.gapsSection);
    this.gapsSection.hidden = data.mode !== 'overlap' || !overlap;
    if (!overlap) return;
    const { i18n, names } = data;
    const m = mapText(i18n.lang);
    const gaps = overlapGaps(overlap, data.oblast);
    this.gapsSection.append(el('h2', { class: 'panel-title', text: m('gapsTitle') }), el('p', { class: 'list-summary', text: gaps.length ? m('gapsCount', { count: i18n.formatNumber(gaps.length) }) : m('gapsNone') }));
    if (!gaps.length) return;
    const list = el('ul', { class: 'municipalities gaps-list' });
    for (const row of gaps) {
      const name = row.territory.level === 'CITY' ? i18n.t('cityUnit', { name: nameOf(row.territory, names) }) : nameOf(row.territory, names);
      list.append(
        el(
          'li',
          { attrs: { 'data-id': row.territory.id } },
          el('button', { class: 'link-button', text: name, attrs: { type: 'button' }, on: { click: () => this.actions.select(row.territory.id) } }),
          el('span', { class: 'hint', text: areaOnlyProgrammes(row).length ? m('areaOnly', { names: areaOnlyProgrammes(row).map((programme) => nameOf(programme, names)).join(', ') }) : '' }),
        ),
      );
    }
    this.gapsSection.append(list);
  }

  private renderOverlapLegend(i18n: Translator, overlap: OverlapRow[] | null): void {
    clear(this.legend);
    const m = mapText(i18n.lang);
    const counts = overlap ? classCounts(overlapByPcode(overlap).values()) : null;
    const labels = [m('overlap0'), m('overlap1'), m('overlap2'), m('overlap3')];
    this.legend.append(
      el('span', { class: 'legend-title', text: m('overlapLegend') }),
      el(
        'ul',
        { class: 'overlap-legend' },
        ...OVERLAP_CLASSES.map((value) =>
          el(
            'li',
            { attrs: { 'data-class': value } },
            el('span', { class: `swatch${value === 0 ? ' gap-swatch' : ''}`, attrs: { style: `background:${OVERLAP_COLOURS[value]}`, 'aria-hidden': 'true' } }),
            `${labels[value]}${counts ? ` (${i18n.formatNumber(counts[value])})` : ''}`,
          ),
        ),
      ),
    );
  }

  private renderMap(features: AdminFeature[] | null, engagement: EngagementResult | null, overlap: OverlapRow[] | null, data: MapViewData): void {
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
    if (data.mode === 'overlap' && !overlap) return;

    const width = Math.max(360, this.mapBox.clientWidth || 760);
    const height = Math.round(width * 0.52);
    const collection = { type: 'FeatureCollection' as const, features };
    // Zoomed to the chosen oblast, when it has shapes (Bishkek and Osh have none: the whole country then).
    const oblastPcode = data.oblast ? engagement.oblasts.find((row) => row.territory.id === data.oblast)?.territory.ochaPcode ?? null : null;
    const inOblast = oblastPcode ? features.filter((feature) => feature.properties.ADM1_PCODE === oblastPcode) : [];
    const focus = inOblast.length ? { type: 'FeatureCollection' as const, features: inOblast } : collection;
    const projection: GeoProjection = geoMercator().fitExtent([[12, 12], [width - 12, height - 12]], focus);
    const path = geoPath(projection);
    const shares = sharesByPcode(engagement.rayons);
    const overlaps = overlap ? overlapByPcode(overlap) : null;
    const m = mapText(i18n.lang);
    const fillOf = (pcode: string, share: UnitShare | null): string => {
      if (overlaps) {
        const unit = overlaps.get(pcode);
        return unit ? (unit.overlapClass === 0 ? 'url(#gap-hatch)' : OVERLAP_COLOURS[unit.overlapClass]) : NO_DATA_COLOUR;
      }
      return share && share.total > 0 ? shareColour(share.share) : NO_DATA_COLOUR;
    };
    const oblastNames = new Map<string, SummaryRow>();
    for (const row of engagement.oblasts) if (row.territory.ochaPcode) oblastNames.set(row.territory.ochaPcode, row);
    const units = unitIndex(engagement.municipalities);
    const selectedUnit = data.selected ? units.get(data.selected) ?? data.selected : null;

    const root = svg('svg', {
      class: 'map',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': i18n.t('mapLabel', { phase: data.scopeName }),
      'data-mode': data.mode,
    });
    // Gaps are hatched as well as coloured, so they stand out without relying on colour alone.
    const defs = svg('defs');
    const hatch = svg('pattern', { id: 'gap-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    hatch.append(svg('rect', { width: 6, height: 6, fill: OVERLAP_COLOURS[0] }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#9a3412', 'stroke-width': 2 }));
    defs.append(hatch);
    root.append(defs);
    const shapesLayer = svg('g', { class: 'units' });
    const labelsLayer = svg('g', { class: 'oblast-labels', 'aria-hidden': 'true' });
    root.append(shapesLayer, labelsLayer);

    const describe = (name: string, oblast: string | null, share: UnitShare | null, pcode: string): string => {
      const where = `${name}${oblast ? ` (${oblast})` : ''}`;
      if (overlaps) {
        const unit = overlaps.get(pcode);
        if (!unit) return `${where}: ${i18n.t('mapNoMunicipalities')}`;
        const reaching = unit.programmes.length ? `${m('overlapTooltip', { count: unit.programmes.length })} (${unit.programmes.map((programme) => nameOf(programme, names)).join(', ')})` : m('overlapNone');
        const area = unit.areaProgrammes.length ? `; ${m('areaOnly', { names: unit.areaProgrammes.map((programme) => nameOf(programme, names)).join(', ') })}` : '';
        return `${where}: ${reaching}${area}`;
      }
      if (!share) return `${name}: ${i18n.t('mapNoMunicipalities')}`;
      return `${name}${oblast ? ` (${oblast})` : ''}: ${i18n.t('engagedOf', { engaged: share.engaged, total: share.total })}, ${i18n.t('notEngagedCount', { count: share.notEngaged })}, ${i18n.formatShare(share.share)}`;
    };

    for (const feature of features) {
      const pcode = feature.properties.ADM2_PCODE;
      const share = shares.get(pcode) ?? null;
      const oblastRow = oblastNames.get(feature.properties.ADM1_PCODE);
      const name = share ? nameOf(share.name, names) : names === 'ru' ? feature.properties.ADM2_RU ?? feature.properties.ADM2_EN : feature.properties.ADM2_EN;
      const label = describe(name, oblastRow ? nameOf(oblastRow.territory, names) : null, share, pcode);
      const selected = !!share && share.territoryId === selectedUnit;
      const element = svg('path', {
        d: path(feature) ?? '',
        class: `unit${selected ? ' selected' : ''}`,
        fill: fillOf(pcode, share),
        tabindex: -1,
        role: 'button',
        'aria-label': label,
        'aria-pressed': selected ? 'true' : 'false',
        'data-pcode': pcode,
        'data-oblast': feature.properties.ADM1_PCODE,
        'data-engaged': share?.engaged ?? '',
        'data-total': share?.total ?? '',
        'data-programmes': overlaps?.get(pcode)?.programmes.length ?? '',
      });
      shapesLayer.append(element);
      this.shapes.push({ key: pcode, territoryId: share?.territoryId ?? null, element, label, share, overlap: overlaps?.get(pcode) ?? null });
    }

    // Bishkek and Osh have no ADM2 shape: circles at their coordinates.
    for (const row of engagement.rayons) {
      const pcode = row.territory.ochaPcode;
      if (!pcode || features.some((feature) => feature.properties.ADM2_PCODE === pcode)) continue;
      if (row.territory.lat === null || row.territory.lon === null) continue;
      const point = projection([row.territory.lon, row.territory.lat]);
      if (!point) continue;
      const share = shares.get(pcode) ?? null;
      const label = describe(nameOf(row.territory, names), null, share, pcode);
      const selected = row.territory.id === selectedUnit;
      const element = svg('circle', {
        cx: point[0],
        cy: point[1],
        r: 7,
        class: `unit city${selected ? ' selected' : ''}`,
        fill: fillOf(pcode, share),
        tabindex: -1,
        role: 'button',
        'aria-label': label,
        'aria-pressed': selected ? 'true' : 'false',
        'data-pcode': pcode,
        'data-engaged': row.engaged,
        'data-total': row.total,
        'data-programmes': overlaps?.get(pcode)?.programmes.length ?? '',
      });
      shapesLayer.append(element);
      this.shapes.push({ key: pcode, territoryId: row.territory.id, element, label, share, overlap: overlaps?.get(pcode) ?? null });
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
    if (shape.overlap || (this.data?.mode === 'overlap')) this.tooltip.append(el('span', { text: rest.join(': ') }));
    else if (shape.share) {
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

  private sheetRows() {
    const { i18n, names } = this.data!;
    return unengagedSheetRows(this.groups, (entity: NameRef) => nameOf(entity, names), (kind) => i18n.enumLabel(kind), (name) => i18n.t('cityUnit', { name }));
  }

  private fileName(extension: 'csv' | 'xlsx'): string {
    const data = this.data!;
    return planningFileName('not-engaged', data.scopeSlug, data.since, data.oblast, extension);
  }

  private downloadCsv(): void {
    if (!this.data) return;
    download(this.fileName('csv'), `${BOM}${unengagedCsv(this.groups)}`, 'text/csv;charset=utf-8');
  }

  private async downloadXlsx(): Promise<void> {
    if (!this.data) return;
    const m = mapText(this.data.i18n.lang);
    const fileName = this.fileName('xlsx');
    this.downloadStatus.textContent = m('preparing');
    try {
      const headers = { oblast: m('sheetOblast'), rayon: m('sheetRayon'), municipality: m('sheetMunicipality'), kind: m('sheetKind'), soate: m('sheetSoate'), municipalityId: m('sheetId') };
      const bytes = await unengagedWorkbook(m('sheetName'), headers, this.sheetRows());
      downloadBytes(fileName, bytes, XLSX_TYPE);
      this.downloadStatus.textContent = '';
    } catch (error) {
      this.downloadStatus.textContent = m('downloadFailed', { reason: errorMessage(error, this.data.i18n) });
    }
  }

  private async downloadThreeW(format: TableFormat): Promise<void> {
    if (!this.data) return;
    const { i18n } = this.data;
    const m = mapText(i18n.lang);
    const button = this.threeWButtons[format];
    button.disabled = true;
    this.threeWStatus.textContent = m('preparing');
    try {
      const table = await this.actions.whoDoesWhatWhere(format);
      downloadBytes(table.fileName, base64Bytes(table.contentBase64), table.mimeType);
      this.threeWStatus.textContent = m('threeWDone', { count: i18n.formatNumber(table.rowCount), file: table.fileName });
    } catch (error) {
      this.threeWStatus.textContent = m('downloadFailed', { reason: errorMessage(error, i18n) });
    } finally {
      button.disabled = false;
    }
  }
}
