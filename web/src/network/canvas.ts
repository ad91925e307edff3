/**
 * The network on a canvas: zoom and pan (d3-zoom), drag (d3-drag), hover and click through a quadtree,
 * keyboard panning and zooming, and the layout from the worker. Redraws at most once per animation frame.
 */
import { drag, pointer, quadtree, select, zoom, zoomIdentity, type D3DragEvent, type Quadtree, type ZoomBehavior, type ZoomTransform } from 'd3';
import { LayoutClient, type LayoutUpdate } from '../layout/layout-client.js';
import { startPositions } from '../layout/placement.js';
import { CATEGORIES } from '../shaping/categories.js';
import { CATEGORY_COLOURS } from '../shaping/colours.js';
import { adjacency, nodeRadius, type Network } from '../shaping/graph.js';
import { el } from '../ui/dom.js';
import { LayerCache } from './layer-cache.js';
import { draw, drawHover, type Scene } from './renderer.js';

/** From this many nodes plus links on, frames are copied from a cached layer while panning. */
const CACHE_FROM = 2500;

export interface CanvasData {
  network: Network;
  visible: Uint8Array;
  labels: string[];
  selected: string | null;
  pathNodes: ReadonlySet<string> | null;
  pathLinks: ReadonlySet<string> | null;
  ariaLabel: string;
}

export interface CanvasCallbacks {
  /** Draw every frame in full even for large networks (benchmark baseline). */
  noLayerCache?: boolean;
  select(id: string | null): void;
  /** Told when the layout starts running or settles. */
  layoutState?(settled: boolean): void;
}

export interface CanvasStats {
  frames: number;
  lastFrameMs: number;
  layoutTicks: number;
  settled: boolean;
}

interface DragSubject {
  index: number;
  x: number;
  y: number;
}

const PALETTE = CATEGORIES.map((category) => CATEGORY_COLOURS[category]);
const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export class NetworkCanvas {
  readonly element: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly stats: CanvasStats = { frames: 0, lastFrameMs: 0, layoutTicks: 0, settled: true };

  private readonly context: CanvasRenderingContext2D;
  private readonly zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown>;
  private readonly layout: LayoutClient;
  private readonly resizeObserver: ResizeObserver;
  private transform: ZoomTransform = zoomIdentity;
  private width = 0;
  private height = 0;
  private dpr = 1;

  private network: Network | null = null;
  private lastData: CanvasData | null = null;
  private positions: Float32Array = new Float32Array(0);
  private radii: Float32Array = new Float32Array(0);
  private colourIndex: Uint8Array = new Uint8Array(0);
  private links: Uint32Array = new Uint32Array(0);
  private labelOrder: Int32Array = new Int32Array(0);
  private neighbours: number[][] = [];
  private labels: string[] = [];
  private visible: Uint8Array = new Uint8Array(0);
  private focus: Uint8Array | null = null;
  private pathNodes: Uint8Array | null = null;
  private pathLinks: Uint8Array | null = null;
  private selected = -1;
  private hovered = -1;
  private maxRadius = 4;

  /** Set once the user zoomed or panned (or a node was centred): the view then stops fitting itself. */
  private viewChosen = false;
  /** A node to centre once the layout has placed it. */
  private centreWhenSettled: string | null = null;
  private tree: Quadtree<number> | null = null;
  private frameRequest = 0;
  private readonly layer = new LayerCache();
  /** Changes whenever what is drawn changes (not when the view only moves). */
  private version = 0;
  private zooming = false;
  private lastLayoutDraw = 0;
  private zoomTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly callbacks: CanvasCallbacks) {
    this.canvas = el('canvas', { class: 'network-canvas', attrs: { tabindex: 0, role: 'img', 'data-layout': 'idle' } });
    this.element = el('div', { class: 'network-canvas-wrap' }, this.canvas);
    const context = this.canvas.getContext('2d', { alpha: false });
    if (!context) throw new Error('Canvas 2D is not available');
    this.context = context;
    this.layout = new LayoutClient(
      (update) => this.onLayout(update),
      (message) => console.error(message),
    );

    this.zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.02, 12])
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        if (event.transform.k !== this.transform.k) {
          // While the scale changes, large networks show their cached layer scaled; redrawn once the gesture pauses.
          this.zooming = true;
          clearTimeout(this.zoomTimer);
          this.zoomTimer = setTimeout(() => {
            this.zooming = false;
            this.requestDraw();
          }, 160);
        }
        this.transform = event.transform;
        if (event.sourceEvent) this.viewChosen = true;
        this.requestDraw();
      });
    const selection = select(this.canvas);
    selection
      .call(
        drag<HTMLCanvasElement, unknown, DragSubject | undefined>()
          .container(() => this.canvas)
          .subject((event: { x: number; y: number }) => {
            const index = this.nodeAt(event.x, event.y);
            if (index < 0) return undefined;
            return { index, x: this.transform.applyX(this.positions[2 * index]!), y: this.transform.applyY(this.positions[2 * index + 1]!) };
          })
          .on('start drag', (event: D3DragEvent<HTMLCanvasElement, unknown, DragSubject>) => {
            const [x, y] = this.transform.invert([event.x, event.y]);
            this.positions[2 * event.subject.index] = x;
            this.positions[2 * event.subject.index + 1] = y;
            this.version += 1;
            this.tree = null;
            this.layout.pin(event.subject.index, x, y);
            this.requestDraw();
          })
          .on('end', (event: D3DragEvent<HTMLCanvasElement, unknown, DragSubject>) => this.layout.unpin(event.subject.index)),
      )
      .call(this.zoomBehaviour)
      .on('dblclick.zoom', null);

    this.canvas.addEventListener('click', (event) => {
      const [x, y] = pointer(event, this.canvas);
      const index = this.nodeAt(x, y);
      if (index >= 0 && this.network) this.callbacks.select(this.network.nodes[index]!.id);
    });
    this.canvas.addEventListener('pointermove', (event) => {
      const [x, y] = pointer(event, this.canvas);
      const index = this.nodeAt(x, y);
      if (index !== this.hovered) {
        this.hovered = index;
        this.canvas.style.cursor = index >= 0 ? 'pointer' : 'grab';
        this.requestDraw();
      }
    });
    this.canvas.addEventListener('pointerleave', () => {
      if (this.hovered !== -1) {
        this.hovered = -1;
        this.requestDraw();
      }
    });
    this.canvas.addEventListener('keydown', (event) => this.onKey(event));

    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(this.element);
  }

  setData(data: CanvasData): void {
    this.canvas.setAttribute('aria-label', data.ariaLabel);
    const last = this.lastData;
    this.lastData = data;
    if (
      last &&
      last.network === data.network &&
      last.visible === data.visible &&
      last.labels === data.labels &&
      last.selected === data.selected &&
      last.pathNodes === data.pathNodes &&
      last.pathLinks === data.pathLinks
    ) {
      return; // Nothing to draw differently (e.g. only the details panel changed).
    }
    this.version += 1;
    if (data.network !== this.network) this.setNetwork(data.network);
    const network = data.network;
    this.visible = data.visible;
    this.labels = data.labels;
    this.tree = null;

    const selected = data.selected ? network.byId.get(data.selected)?.index ?? -1 : -1;
    const selectionChanged = selected !== this.selected;
    this.selected = selected;
    if (selected >= 0) {
      const focus = new Uint8Array(network.nodes.length);
      focus[selected] = 1;
      for (const other of this.neighbours[selected] ?? []) focus[other] = 1;
      this.focus = focus;
    } else this.focus = null;

    if (data.pathNodes && data.pathLinks) {
      this.pathNodes = new Uint8Array(network.nodes.length);
      for (const id of data.pathNodes) {
        const node = network.byId.get(id);
        if (node) this.pathNodes[node.index] = 1;
      }
      this.pathLinks = new Uint8Array(network.links.length);
      network.links.forEach((link, index) => {
        if (data.pathLinks!.has(link.id)) this.pathLinks![index] = 1;
      });
    } else {
      this.pathNodes = null;
      this.pathLinks = null;
    }
    if (selectionChanged && data.selected && selected >= 0) this.centreOn(data.selected);
    this.requestDraw();
  }

  /** Moves the view so that the node is in the middle (after the layout has placed it). */
  centreOn(id: string): void {
    const node = this.network?.byId.get(id);
    if (!node) return;
    const x = this.positions[2 * node.index];
    const y = this.positions[2 * node.index + 1];
    if (x === undefined || y === undefined || Number.isNaN(x) || !this.stats.settled) {
      this.centreWhenSettled = id;
      return;
    }
    this.viewChosen = true;
    const k = Math.max(this.transform.k, 1);
    const target = zoomIdentity.translate(this.width / 2 - x * k, this.height / 2 - y * k).scale(k);
    const selection = select(this.canvas);
    if (this.width === 0 || matchMedia('(prefers-reduced-motion: reduce)').matches) selection.call(this.zoomBehaviour.transform, target);
    else selection.transition().duration(450).call(this.zoomBehaviour.transform, target);
  }

  /** Fits the visible nodes into the view. */
  fit(animate = false): void {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < this.radii.length; i += 1) {
      if (!this.visible[i]) continue;
      const x = this.positions[2 * i]!, y = this.positions[2 * i + 1]!;
      if (Number.isNaN(x)) continue;
      const r = this.radii[i]!;
      x0 = Math.min(x0, x - r);
      y0 = Math.min(y0, y - r);
      x1 = Math.max(x1, x + r);
      y1 = Math.max(y1, y + r);
    }
    if (!Number.isFinite(x0) || this.width === 0 || this.height === 0) return;
    // Room around for labels, most of it on the right where labels go.
    const padLeft = 50, padRight = Math.min(170, this.width * 0.2), padY = 40;
    const k = Math.min(2, Math.max(0.02, Math.min((this.width - padLeft - padRight) / (x1 - x0 || 1), (this.height - 2 * padY) / (y1 - y0 || 1))));
    const target = zoomIdentity.translate(padLeft + (this.width - padLeft - padRight) / 2 - ((x0 + x1) / 2) * k, this.height / 2 - ((y0 + y1) / 2) * k).scale(k);
    const selection = select(this.canvas);
    if (animate) selection.transition().duration(400).call(this.zoomBehaviour.transform, target);
    else selection.call(this.zoomBehaviour.transform, target);
  }

  zoomBy(factor: number): void {
    select(this.canvas).transition().duration(200).call(this.zoomBehaviour.scaleBy, factor);
    this.viewChosen = true;
  }

  /** The layout's positions by node index (x, y pairs; NaN until placed), for the picture export. */
  layoutPositions(): Float32Array {
    return this.positions;
  }

  /** Positions of all placed nodes, by id (for tests and debugging). */
  positionsById(): Record<string, [number, number]> {
    const result: Record<string, [number, number]> = {};
    this.network?.nodes.forEach((node) => {
      const x = this.positions[2 * node.index]!;
      if (!Number.isNaN(x)) result[node.id] = [x, this.positions[2 * node.index + 1]!];
    });
    return result;
  }

  /** The node's position on the screen, relative to the canvas (for tests). */
  screenPosition(id: string): [number, number] | null {
    const node = this.network?.byId.get(id);
    if (!node) return null;
    return [this.transform.applyX(this.positions[2 * node.index]!), this.transform.applyY(this.positions[2 * node.index + 1]!)];
  }

  destroy(): void {
    cancelAnimationFrame(this.frameRequest);
    clearTimeout(this.zoomTimer);
    this.resizeObserver.disconnect();
    this.layout.destroy();
    select(this.canvas).on('.zoom', null).on('.drag', null);
    this.element.remove();
  }

  private setNetwork(network: Network): void {
    const previous = new Map<string, [number, number]>();
    this.network?.nodes.forEach((node) => {
      const x = this.positions[2 * node.index]!;
      if (!Number.isNaN(x)) previous.set(node.id, [x, this.positions[2 * node.index + 1]!]);
    });
    this.network = network;
    const count = network.nodes.length;
    this.radii = new Float32Array(count);
    this.colourIndex = new Uint8Array(count);
    let maxRadius = 4;
    for (const node of network.nodes) {
      const r = nodeRadius(node.degree);
      this.radii[node.index] = r;
      maxRadius = Math.max(maxRadius, r);
      this.colourIndex[node.index] = CATEGORIES.indexOf(node.category);
    }
    this.maxRadius = maxRadius;
    this.links = new Uint32Array(network.links.length * 2);
    network.links.forEach((link, index) => {
      this.links[2 * index] = link.sourceIndex;
      this.links[2 * index + 1] = link.targetIndex;
    });
    this.labelOrder = Int32Array.from(
      network.nodes
        .slice()
        .sort((a, b) => b.degree - a.degree || a.index - b.index)
        .map((node) => node.index),
    );
    this.neighbours = adjacency(network);
    const { start, alpha } = startPositions(network, previous);
    this.positions = start.slice();
    this.stats.settled = false;
    this.callbacks.layoutState?.(false);
    this.canvas.dataset.layout = 'running';
    this.layout.setGraph(this.radii, start, this.links, alpha);
  }

  private onLayout(update: LayoutUpdate): void {
    if (update.positions.length !== this.positions.length) return;
    this.positions = update.positions;
    this.version += 1;
    this.tree = null;
    this.stats.layoutTicks = update.ticks;
    const wasSettled = this.stats.settled;
    this.stats.settled = update.settled;
    if (wasSettled !== update.settled) this.callbacks.layoutState?.(update.settled);
    if (update.settled && !wasSettled) {
      this.canvas.dataset.layout = 'settled';
      const pending = this.centreWhenSettled;
      this.centreWhenSettled = null;
      if (pending) this.centreOn(pending);
    } else if (!update.settled) this.canvas.dataset.layout = 'running';
    // A large network in motion is drawn a few times a second, leaving the processor to the layout.
    const now = performance.now();
    if (!update.settled && this.radii.length + this.links.length / 2 >= CACHE_FROM && now - this.lastLayoutDraw < 250) return;
    this.lastLayoutDraw = now;
    if (!this.viewChosen) this.fit();
    this.requestDraw();
  }

  private resize(): void {
    const rect = this.element.getBoundingClientRect();
    this.dpr = Math.min(2, window.devicePixelRatio || 1);
    this.width = Math.max(0, Math.round(rect.width));
    this.height = Math.max(0, Math.round(rect.height));
    this.canvas.width = Math.round(this.width * this.dpr);
    this.canvas.height = Math.round(this.height * this.dpr);
    this.canvas.style.width = `${this.width}px`;
    this.canvas.style.height = `${this.height}px`;
    if (!this.viewChosen) this.fit();
    this.requestDraw();
  }

  private requestDraw(): void {
    if (this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.drawNow();
    });
  }

  private drawNow(): void {
    if (!this.network || this.width === 0 || this.height === 0) return;
    const started = performance.now();
    const scene: Scene = {
      width: this.width,
      height: this.height,
      dpr: this.dpr,
      transform: this.transform,
      positions: this.positions,
      radii: this.radii,
      colourIndex: this.colourIndex,
      palette: PALETTE,
      labels: this.labels,
      labelOrder: this.labelOrder,
      links: this.links,
      visible: this.visible,
      focus: this.focus,
      pathLinks: this.pathLinks,
      pathNodes: this.pathNodes,
      selected: this.selected,
      hovered: this.hovered,
      font: FONT,
    };
    if (this.radii.length + this.links.length / 2 >= CACHE_FROM && !this.callbacks.noLayerCache) {
      this.layer.present(this.context, scene, this.version, this.zooming);
      drawHover(this.context, scene);
    } else draw(this.context, scene);
    this.stats.frames += 1;
    this.stats.lastFrameMs = performance.now() - started;
  }

  /** The visible node under a point of the canvas (in CSS pixels), or -1. */
  private nodeAt(sx: number, sy: number): number {
    if (!this.network) return -1;
    if (!this.tree) {
      const indices: number[] = [];
      for (let i = 0; i < this.radii.length; i += 1) if (this.visible[i] && !Number.isNaN(this.positions[2 * i]!)) indices.push(i);
      this.tree = quadtree<number>()
        .x((i) => this.positions[2 * i]!)
        .y((i) => this.positions[2 * i + 1]!)
        .addAll(indices);
    }
    const [x, y] = this.transform.invert([sx, sy]);
    const tolerance = 4 / this.transform.k;
    const found = this.tree.find(x, y, this.maxRadius + tolerance);
    if (found === undefined) return -1;
    const dx = this.positions[2 * found]! - x;
    const dy = this.positions[2 * found + 1]! - y;
    return Math.hypot(dx, dy) <= this.radii[found]! + tolerance ? found : -1;
  }

  private onKey(event: KeyboardEvent): void {
    const selection = select(this.canvas);
    const step = 60;
    const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = moves[event.key];
    if (move) {
      selection.call(this.zoomBehaviour.translateBy, move[0] / this.transform.k, move[1] / this.transform.k);
      this.viewChosen = true;
    } else if (event.key === '+' || event.key === '=') this.zoomBy(1.4);
    else if (event.key === '-' || event.key === '_') this.zoomBy(1 / 1.4);
    else if (event.key === '0') this.fit(true);
    else if (event.key === 'Escape') this.callbacks.select(null);
    else return;
    event.preventDefault();
  }
}
