/**
 * Coverage over time beside the engagement map: stacked bars of municipalities reached for the first time and
 * again per period, the share reached so far as a line on a second axis, an interval switch, the numbers as a
 * table (the text alternative) and a CSV with the oblast rows.
 */
import { axisBottom, axisLeft, axisRight, line, scaleBand, scaleLinear, select, type ScaleBand, type ScaleLinear } from 'd3';
import type { Translator } from '../i18n.js';
import { BOM } from '../shaping/csv.js';
import { countTicks, coverageBars, coverageCsv, coverageFileName, coverageSummary, labelEvery, periodLabel, type CoverageBar } from '../shaping/coverage.js';
import { clear, download, el, svg, uid } from '../ui/dom.js';
import type { Loadable } from '../ui/resource.js';
import { StatusBox, type StatusState } from '../ui/status.js';
import { INTERVALS, type CoverageReport, type Interval } from './coverage-query.js';
import { coverageText } from './coverage-text.js';
import { mapText } from './map-text.js';
import type { EngagementBreakdown } from '../shaping/planning.js';
import './coverage.css';

export interface CoverageChartData {
  i18n: Translator;
  phaseId: string | null;
  phaseName: string;
  since: string | null;
  interval: Interval;
  /** Null while there is no phase to ask about. */
  report: Loadable<CoverageReport> | null;
  /** What the map counts as engaged for the same phase and date: the chart says which part it does not draw. */
  mapBreakdown: EngagementBreakdown | null;
}

export interface CoverageChartActions {
  setInterval(interval: Interval): void;
  retry(): void;
}

const COLOURS = { firstTime: '#1d4f91', repeat: '#7aa7dc', share: '#c2410c' };
const HEIGHT = 280;
const MARGIN = { top: 16, right: 64, bottom: 48, left: 60 };
/** The widest a period's slot gets (bar plus gaps), in pixels. */
const MAX_BAND = 90;

export class CoverageChart {
  readonly element: HTMLElement;
  private readonly title = el('h2', { class: 'panel-title', attrs: { id: uid('coverage-title') } });
  private readonly hint = el('p', { class: 'hint coverage-hint' });
  private readonly agreement = el('p', { class: 'hint coverage-agreement', attrs: { 'data-testid': 'coverage-agreement' } });
  private readonly intervalLabel = el('span', { class: 'field-label', attrs: { id: uid('coverage-interval') } });
  private readonly intervalButtons: Record<Interval, HTMLButtonElement>;
  private readonly status: StatusBox;
  private readonly chartBox = el('div', { class: 'coverage-box' });
  private readonly legend = el('ul', { class: 'coverage-legend' });
  private readonly tableSummary = el('summary');
  private readonly table = el('div', { class: 'coverage-table-wrap', attrs: { 'data-testid': 'coverage-table' } });
  private readonly csvButton: HTMLButtonElement;
  private readonly resizeObserver: ResizeObserver;
  private data: CoverageChartData | null = null;
  private key = '';
  private width = 0;

  constructor(actions: CoverageChartActions) {
    this.status = new StatusBox(() => actions.retry());
    const buttons = {} as Record<Interval, HTMLButtonElement>;
    for (const interval of INTERVALS) {
      buttons[interval] = el('button', { class: 'button small', attrs: { type: 'button', 'data-interval': interval }, on: { click: () => actions.setInterval(interval) } });
    }
    this.intervalButtons = buttons;
    this.csvButton = el('button', { class: 'button', attrs: { type: 'button', 'data-testid': 'coverage-csv' }, on: { click: () => this.downloadCsv() } });
    this.element = el(
      'section',
      { class: 'panel coverage-panel', attrs: { 'aria-labelledby': this.title.id, 'data-testid': 'coverage' } },
      el('div', { class: 'panel-head' }, this.title, this.csvButton),
      this.hint,
      this.agreement,
      el('div', { class: 'coverage-intervals', attrs: { role: 'group', 'aria-labelledby': this.intervalLabel.id } }, this.intervalLabel, ...INTERVALS.map((interval) => buttons[interval])),
      this.status.element,
      this.chartBox,
      this.legend,
      el('details', { class: 'coverage-details' }, this.tableSummary, this.table),
    );
    this.resizeObserver = new ResizeObserver(() => {
      if (this.data && this.chartBox.clientWidth !== this.width) {
        this.key = '';
        this.update(this.data);
      }
    });
    this.resizeObserver.observe(this.chartBox);
  }

  update(data: CoverageChartData): void {
    this.data = data;
    const { i18n } = data;
    const t = coverageText(i18n.lang);
    this.title.textContent = t('title');
    this.hint.textContent = t('hint');
    this.agreement.textContent = this.agreementText(data);
    this.intervalLabel.textContent = t('interval');
    for (const interval of INTERVALS) {
      this.intervalButtons[interval].textContent = t(interval);
      this.intervalButtons[interval].setAttribute('aria-pressed', interval === data.interval ? 'true' : 'false');
    }
    this.tableSummary.textContent = t('tableToggle');
    this.csvButton.textContent = t('downloadCsv');

    const report = data.report?.status === 'ready' ? data.report.value : null;
    const hasPeriods = !!report && report.overall.periods.length > 0;
    let status: StatusState = { kind: 'none' };
    if (data.report?.status === 'loading') status = { kind: 'loading' };
    else if (data.report?.status === 'error') status = { kind: 'error', error: data.report.error };
    else if (report && !hasPeriods) status = { kind: 'empty', text: t('empty') };
    this.status.show(status, i18n);
    this.csvButton.disabled = !hasPeriods;

    const key = [i18n.lang, data.phaseId, data.phaseName, data.since, data.interval, data.report?.status].join('|');
    if (key === this.key) return;
    this.key = key;
    this.width = this.chartBox.clientWidth;
    clear(this.chartBox);
    clear(this.legend);
    clear(this.table);
    if (!report || !hasPeriods) return;
    this.renderChart(report, data);
    this.renderLegend(i18n);
    this.renderTable(report, data);
  }

  /**
   * The map counts partner municipalities as engaged, the chart only events (a partner link has no date to
   * place in a period): say so with the map's own numbers, so both count the same municipalities visibly.
   */
  private agreementText(data: CoverageChartData): string {
    const m = mapText(data.i18n.lang);
    if (!data.phaseId) return m('chartPhaseOnly');
    const counts = data.mapBreakdown;
    if (!counts || counts.partnerOnly === 0) return '';
    const format = data.i18n.formatNumber;
    return m('chartAgreement', { engaged: format(counts.engaged), events: format(counts.throughEvents), partners: format(counts.partnerOnly) });
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.element.remove();
  }

  private summaryText(report: CoverageReport, data: CoverageChartData): string {
    const { i18n } = data;
    const t = coverageText(i18n.lang);
    const summary = coverageSummary(report.overall)!;
    const label = t('chartLabel', {
      per: t(`per${data.interval}`),
      phase: data.phaseName,
      first: periodLabel(summary.first, i18n.lang),
      last: periodLabel(summary.last, i18n.lang),
      reached: i18n.formatNumber(summary.reachedSoFar),
      total: i18n.formatNumber(summary.total),
      share: i18n.formatShare(summary.share),
      events: i18n.formatNumber(summary.events),
    });
    const busiest = summary.busiest
      ? t('chartBusiest', { period: periodLabel(summary.busiest.period, i18n.lang), count: i18n.formatNumber(summary.busiest.firstTime) })
      : t('chartNoneReached');
    return `${label} ${busiest} ${t('chartTableNote')}`;
  }

  private renderChart(report: CoverageReport, data: CoverageChartData): void {
    const { i18n } = data;
    const t = coverageText(i18n.lang);
    const bars = coverageBars(report.overall, i18n.lang);
    const width = Math.max(340, this.width || 640);
    const bottom = HEIGHT - MARGIN.bottom;
    // A few periods get bars of a readable width, centred, rather than slabs across the whole chart.
    const inner = width - MARGIN.left - MARGIN.right;
    const used = Math.min(inner, bars.length * MAX_BAND);
    const left = MARGIN.left + (inner - used) / 2;
    const x = scaleBand<string>().domain(bars.map((bar) => bar.period)).range([left, left + used]).paddingInner(0.25).paddingOuter(0.2);
    const ticks = countTicks(Math.max(...bars.map((bar) => bar.reached)));
    const y = scaleLinear().domain([0, ticks.at(-1)!]).range([bottom, MARGIN.top]);
    const share = scaleLinear().domain([0, 1]).range([bottom, MARGIN.top]);
    const labels = new Map(bars.map((bar) => [bar.period, bar.label]));
    const step = labelEvery(bars.length, width - MARGIN.left - MARGIN.right);

    const root = svg('svg', {
      class: 'coverage-chart',
      width,
      height: HEIGHT,
      viewBox: `0 0 ${width} ${HEIGHT}`,
      role: 'img',
      'aria-label': this.summaryText(report, data),
      'data-testid': 'coverage-chart',
    });
    const grid = svg('g', { class: 'coverage-grid', 'aria-hidden': 'true' });
    for (const tick of ticks) grid.append(svg('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(tick), y2: y(tick) }));
    const xAxis = svg('g', { class: 'axis', transform: `translate(0, ${bottom})` });
    const countAxis = svg('g', { class: 'axis', transform: `translate(${MARGIN.left}, 0)` });
    const shareAxis = svg('g', { class: 'axis axis-share', transform: `translate(${width - MARGIN.right}, 0)` });
    select(xAxis).call(axisBottom(x).tickSizeOuter(0).tickFormat((period, index) => (index % step === 0 ? labels.get(period) ?? period : '')));
    select(countAxis).call(axisLeft(y).tickValues(ticks).tickFormat((value) => i18n.formatNumber(Number(value))));
    select(shareAxis).call(axisRight(share).ticks(5).tickFormat((value) => i18n.formatShare(Number(value))));
    const middle = (MARGIN.top + bottom) / 2;
    const axisTitles = svg('g', { class: 'axis-title' });
    axisTitles.append(
      svg('text', { transform: `translate(16, ${middle}) rotate(-90)`, 'text-anchor': 'middle' }, t('axisCount')),
      svg('text', { transform: `translate(${width - 10}, ${middle}) rotate(90)`, 'text-anchor': 'middle' }, t('axisShare')),
      svg('text', { x: (MARGIN.left + width - MARGIN.right) / 2, y: HEIGHT - 8, 'text-anchor': 'middle' }, t(data.interval)),
    );

    const barsLayer = svg('g', { class: 'coverage-bars' });
    for (const bar of bars) barsLayer.append(this.barGroup(bar, x, y, data));
    const centre = (bar: CoverageBar) => x(bar.period)! + x.bandwidth() / 2;
    const shareLine = line<CoverageBar>().x(centre).y((bar) => share(bar.cumulativeShare));
    const lineLayer = svg('g', { class: 'coverage-line' });
    // A white halo keeps the line readable where it crosses the dark bars.
    const path = shareLine(bars) ?? '';
    lineLayer.append(svg('path', { d: path, fill: 'none', stroke: '#ffffff', 'stroke-width': 5 }), svg('path', { d: path, fill: 'none', stroke: COLOURS.share, 'stroke-width': 2 }));
    // Smaller markers when months make them crowd each other.
    const radius = bars.length > 24 ? 2.5 : 4;
    for (const bar of bars) {
      lineLayer.append(svg('circle', { cx: centre(bar), cy: share(bar.cumulativeShare), r: radius, fill: '#ffffff', stroke: COLOURS.share, 'stroke-width': 2, 'data-period': bar.period, 'data-share': bar.cumulativeShare }));
    }
    root.append(grid, barsLayer, lineLayer, xAxis, countAxis, shareAxis, axisTitles);
    this.chartBox.append(root);
  }

  private barGroup(bar: CoverageBar, x: ScaleBand<string>, y: ScaleLinear<number, number>, data: CoverageChartData): SVGGElement {
    const { i18n } = data;
    const t = coverageText(i18n.lang);
    const left = x(bar.period)!;
    const bandwidth = x.bandwidth();
    const group = svg('g', { class: 'coverage-bar', 'data-period': bar.period, 'data-first-time': bar.firstTime, 'data-repeat': bar.repeat });
    group.append(
      svg('title', {}, t('barTitle', { period: bar.label, first: i18n.formatNumber(bar.firstTime), again: i18n.formatNumber(bar.repeat), share: i18n.formatShare(bar.cumulativeShare) })),
      svg('rect', { class: 'bar-first', x: left, width: bandwidth, y: y(bar.firstTime), height: y(0) - y(bar.firstTime), fill: COLOURS.firstTime }),
      svg('rect', { class: 'bar-repeat', x: left, width: bandwidth, y: y(bar.reached), height: y(bar.firstTime) - y(bar.reached), fill: COLOURS.repeat, stroke: COLOURS.firstTime, 'stroke-width': bar.repeat ? 1 : 0 }),
    );
    return group;
  }

  private renderLegend(i18n: Translator): void {
    const t = coverageText(i18n.lang);
    const item = (className: string, colour: string, text: string) =>
      el('li', {}, el('span', { class: `coverage-key ${className}`, attrs: { style: `--key:${colour}`, 'aria-hidden': 'true' } }), text);
    this.legend.append(item('bar', COLOURS.firstTime, t('legendFirst')), item('bar', COLOURS.repeat, t('legendRepeat')), item('line', COLOURS.share, t('legendShare')));
  }

  private renderTable(report: CoverageReport, data: CoverageChartData): void {
    const { i18n } = data;
    const t = coverageText(i18n.lang);
    const number = (value: number | null) => (value === null ? '' : i18n.formatNumber(value));
    const head = el('tr', {}, ...(['colPeriod', 'colEvents', 'colFirst', 'colRepeat', 'colReached', 'colSoFar', 'colShare', 'colNamed', 'colReported'] as const).map((key, index) =>
      el('th', { text: t(key), attrs: { scope: 'col', class: index ? 'numeric' : null } }),
    ));
    const body = el('tbody');
    for (const p of report.overall.periods) {
      const cell = (col: string, text: string) => el('td', { class: 'numeric', text, attrs: { 'data-col': col } });
      body.append(
        el(
          'tr',
          { attrs: { 'data-period': p.period } },
          el('th', { text: periodLabel(p.period, i18n.lang), attrs: { scope: 'row' } }),
          cell('events', number(p.events)),
          cell('first-time', number(p.firstTime)),
          cell('repeat', number(p.repeat)),
          cell('reached', number(p.reached)),
          cell('so-far', number(p.cumulativeReached)),
          cell('share', i18n.formatShare(p.cumulativeShare)),
          cell('named', number(p.namedParticipants)),
          cell('reported', number(p.reportedParticipants)),
        ),
      );
    }
    const caption = el('caption', { text: t('tableCaption', { per: t(`per${data.interval}`), total: i18n.formatNumber(report.overall.totalMunicipalities) }) });
    this.table.append(el('table', { class: 'data-table compact' }, caption, el('thead', {}, head), body));
  }

  private downloadCsv(): void {
    const data = this.data;
    if (data?.report?.status !== 'ready' || !data.phaseId) return;
    download(coverageFileName(data.phaseId, data.since, data.interval), `${BOM}${coverageCsv(data.report.value)}`, 'text/csv;charset=utf-8');
  }
}
