/** The network explorer's layout: search, filters and node list | canvas | details. Renders what it is given. */
import type { SearchHit } from '../api/queries.js';
import type { Lang, Translator } from '../i18n.js';
import { nameOf } from '../i18n.js';
import type { Network } from '../shaping/graph.js';
import { el, uid } from '../ui/dom.js';
import { StatusBox, type StatusState } from '../ui/status.js';
import { NetworkCanvas } from './canvas.js';
import { DetailsPanel, type DetailsActions, type DetailsData } from './details-panel.js';
import { FiltersPanel, type FiltersActions, type FiltersData, type PathInfo } from './filters-panel.js';
import { NodesList } from './nodes-list.js';
import { download, pictureAsPng, pictureSvg } from './picture-svg.js';
import { CATEGORY_LABELS } from '../shaping/colours.js';
import { SearchBox } from './search-box.js';

export interface NetworkViewData {
  i18n: Translator;
  names: Lang;
  status: StatusState;
  network: Network | null;
  visible: Uint8Array;
  counts: { nodes: number; links: number };
  selected: string | null;
  pathNodes: ReadonlySet<string> | null;
  pathLinks: ReadonlySet<string> | null;
  path: PathInfo;
  filters: Omit<FiltersData, 'i18n' | 'names' | 'path'>;
  details: Omit<DetailsData, 'i18n' | 'names'>;
}

export interface NetworkViewActions extends FiltersActions, Omit<DetailsActions, 'select'> {
  select(id: string | null): void;
  search(text: string, signal: AbortSignal): Promise<SearchHit[]>;
}

export class NetworkView {
  readonly element: HTMLElement;
  private readonly search: SearchBox;
  private readonly filters: FiltersPanel;
  private readonly nodes: NodesList;
  private readonly details: DetailsPanel;
  private readonly canvas: NetworkCanvas;
  private readonly status: StatusBox;
  private readonly counter = el('p', { class: 'counter', attrs: { 'data-testid': 'network-count' } });
  private readonly truncated = el('p', { class: 'counter warning', attrs: { hidden: true } });
  private readonly keysHint = el('p', { class: 'visually-hidden', attrs: { id: uid('canvas-keys') } });
  private readonly zoomIn: HTMLButtonElement;
  private readonly zoomOut: HTMLButtonElement;
  private readonly zoomFit: HTMLButtonElement;
  private readonly exportPng: HTMLButtonElement;
  private readonly exportSvg: HTMLButtonElement;
  private lastData: NetworkViewData | null = null;
  private readonly layoutNote = el('p', { class: 'counter muted', attrs: { hidden: true, 'aria-hidden': 'true' } });

  constructor(actions: NetworkViewActions, options: { debug: boolean; noLayerCache: boolean }) {
    const { debug } = options;
    this.search = new SearchBox({ search: actions.search, pick: (hit) => actions.select(hit.entity.id) });
    this.filters = new FiltersPanel(actions);
    this.nodes = new NodesList((id) => actions.select(id));
    this.details = new DetailsPanel({ ...actions, select: (id) => actions.select(id) });
    this.canvas = new NetworkCanvas({
      noLayerCache: options.noLayerCache,
      select: (id) => actions.select(id),
      layoutState: (settled) => {
        this.layoutNote.hidden = settled;
      },
    });
    this.canvas.canvas.setAttribute('aria-describedby', this.keysHint.id);
    this.status = new StatusBox(() => actions.retry());
    const tool = (onClick: () => void, text: string) => el('button', { class: 'tool-button', text, attrs: { type: 'button' }, on: { click: onClick } });
    this.zoomIn = tool(() => this.canvas.zoomBy(1.5), '+');
    this.zoomOut = tool(() => this.canvas.zoomBy(1 / 1.5), '−');
    this.zoomFit = tool(() => this.canvas.fit(true), '⤢');
    this.exportPng = tool(() => void this.exportPicture('png'), 'PNG');
    this.exportSvg = tool(() => void this.exportPicture('svg'), 'SVG');
    this.exportPng.dataset.testid = 'export-png';
    this.exportSvg.dataset.testid = 'export-svg';

    this.element = el(
      'div',
      { class: 'network-view' },
      el('aside', { class: 'sidebar left' }, this.search.element, this.filters.element, this.nodes.element),
      el(
        'div',
        { class: 'stage' },
        this.canvas.element,
        el('div', { class: 'stage-top' }, this.counter, this.truncated, this.layoutNote),
        el('div', { class: 'stage-tools' }, this.zoomIn, this.zoomOut, this.zoomFit, this.exportPng, this.exportSvg),
        el('div', { class: 'stage-status' }, this.status.element),
        this.keysHint,
      ),
      el('aside', { class: 'sidebar right' }, this.details.element),
    );
    if (debug) {
      // Read-only hooks for the browser tests and the benchmark (only with ?debug=1).
      (window as unknown as { aimakNetwork: unknown }).aimakNetwork = {
        stats: this.canvas.stats,
        positions: () => this.canvas.positionsById(),
        screenPosition: (id: string) => this.canvas.screenPosition(id),
      };
    }
  }

  update(data: NetworkViewData): void {
    this.lastData = data;
    const { i18n, names, network } = data;
    this.search.update(i18n, names);
    this.filters.update({ ...data.filters, i18n, names, path: data.path });
    this.nodes.update({ network, visible: data.visible, visibleCount: data.counts.nodes, selected: data.selected, i18n, names });
    this.details.update({ ...data.details, i18n, names });
    this.status.show(data.status, i18n);
    this.zoomIn.setAttribute('aria-label', i18n.t('zoomIn'));
    this.zoomOut.setAttribute('aria-label', i18n.t('zoomOut'));
    this.zoomFit.setAttribute('aria-label', i18n.t('zoomFit'));
    this.zoomIn.title = i18n.t('zoomIn');
    this.zoomOut.title = i18n.t('zoomOut');
    this.zoomFit.title = i18n.t('zoomFit');
    for (const [button, key] of [[this.exportPng, 'exportPng'], [this.exportSvg, 'exportSvg']] as const) {
      button.setAttribute('aria-label', i18n.t(key));
      button.title = i18n.t(key);
      button.disabled = !network;
    }
    this.keysHint.textContent = i18n.t('canvasKeys');
    this.truncated.textContent = i18n.t('truncated');
    this.truncated.hidden = !network?.truncated;
    this.counter.textContent = network ? i18n.t('nodeCount', { nodes: i18n.formatNumber(data.counts.nodes), links: i18n.formatNumber(data.counts.links) }) : '';
    this.layoutNote.textContent = i18n.t('layoutRunning');
    this.layoutNote.hidden = this.canvas.stats.settled;
    if (network) {
      this.canvas.setData({
        network,
        visible: data.visible,
        labels: this.labelsFor(network, names),
        selected: data.selected,
        pathNodes: data.pathNodes,
        pathLinks: data.pathLinks,
        ariaLabel: i18n.t('canvasLabel', { nodes: data.counts.nodes, links: data.counts.links }),
      });
    }
  }

  /** The visible picture as it is laid out now, with title, date and legend, downloaded as SVG or PNG (2×). */
  private async exportPicture(format: 'png' | 'svg'): Promise<void> {
    const data = this.lastData;
    if (!data?.network) return;
    const { i18n, names, network } = data;
    const today = new Date().toISOString().slice(0, 10);
    const emphasised = new Set<string>([...(data.selected ? [data.selected] : []), ...(data.pathNodes ?? [])]);
    const svg = pictureSvg({
      network,
      visible: data.visible,
      positions: this.canvas.layoutPositions(),
      labels: this.labelsFor(network, names),
      title: i18n.t('exportTitle'),
      dateLine: i18n.t('exportDate', { date: i18n.formatDate(today) }),
      countsLine: i18n.t('exportNodes', { nodes: i18n.formatNumber(data.counts.nodes), links: i18n.formatNumber(data.counts.links) }),
      legendLabel: (category) => CATEGORY_LABELS[category][i18n.lang],
      emphasised,
    });
    const fileName = `aimak-network-${today}.${format}`;
    if (format === 'svg') download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
    else download(await pictureAsPng(svg), fileName);
  }

  private labelCache: { network: Network; names: Lang; labels: string[] } | null = null;

  private labelsFor(network: Network, names: Lang): string[] {
    if (this.labelCache?.network !== network || this.labelCache.names !== names) {
      this.labelCache = { network, names, labels: network.nodes.map((node) => nameOf(node, names)) };
    }
    return this.labelCache.labels;
  }

  destroy(): void {
    this.search.destroy();
    this.filters.destroy();
    this.nodes.destroy();
    this.details.destroy();
    this.canvas.destroy();
    this.element.remove();
  }
}
