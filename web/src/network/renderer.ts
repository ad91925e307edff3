/**
 * Draws the network on a 2D canvas: links in one batched path, nodes batched by colour, labels in screen space
 * with a halo and without overlaps. Everything outside the viewport is skipped, so panning a large graph stays cheap.
 */

export interface Transform {
  x: number;
  y: number;
  k: number;
}

export interface Scene {
  width: number;
  height: number;
  dpr: number;
  transform: Transform;
  /** x, y interleaved, in layout units; NaN until the layout has placed a node. */
  positions: Float32Array;
  radii: Float32Array;
  /** Colour index of each node into `palette`. */
  colourIndex: Uint8Array;
  palette: readonly string[];
  labels: readonly string[];
  /** Node indices, most important first: the order in which labels get room. */
  labelOrder: Int32Array;
  /** Links as node indices, source and target interleaved. */
  links: Uint32Array;
  /** 1 where the node is shown. */
  visible: Uint8Array;
  /** When set, 1 marks the selection and its neighbours; the rest is drawn faded. */
  focus: Uint8Array | null;
  /** Links (by index) and nodes on the shortest path. */
  pathLinks: Uint8Array | null;
  pathNodes: Uint8Array | null;
  selected: number;
  hovered: number;
  font: string;
}

const BACKGROUND = '#ffffff';
const LINK_COLOUR = '#8a96a3';
const LINK_FOCUS_COLOUR = '#3e4c59';
const PATH_COLOUR = '#d9480f';
const LABEL_COLOUR = '#1f2933';
const HALO_COLOUR = 'rgba(255,255,255,0.92)';
const SELECTED_RING = '#102a43';
const LABEL_MAX_CHARS = 38;
const CELL = 48;

/** Label widths, measured once per text and font. */
const widthCache = new Map<string, number>();

function labelWidth(context: CanvasRenderingContext2D, text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  let width = widthCache.get(key);
  if (width === undefined) {
    width = context.measureText(text).width;
    if (widthCache.size > 50_000) widthCache.clear();
    widthCache.set(key, width);
  }
  return width;
}

export function shortLabel(text: string): string {
  return text.length > LABEL_MAX_CHARS ? `${text.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…` : text;
}

/** Non-overlapping label boxes, found through a coarse grid. */
class LabelSpace {
  private readonly cells = new Map<number, number[]>();
  private readonly boxes: number[] = [];

  constructor(private readonly columns: number) {}

  tryPlace(x0: number, y0: number, x1: number, y1: number): boolean {
    if (!this.isFree(x0, y0, x1, y1)) return false;
    this.occupy(x0, y0, x1, y1);
    return true;
  }

  isFree(x0: number, y0: number, x1: number, y1: number): boolean {
    const c0 = Math.floor(x0 / CELL), c1 = Math.floor(x1 / CELL), r0 = Math.floor(y0 / CELL), r1 = Math.floor(y1 / CELL);
    for (let r = r0; r <= r1; r += 1) {
      for (let c = c0; c <= c1; c += 1) {
        const list = this.cells.get(r * this.columns + c);
        if (!list) continue;
        for (const box of list) {
          const b = box * 4;
          if (x0 < this.boxes[b + 2]! && x1 > this.boxes[b]! && y0 < this.boxes[b + 3]! && y1 > this.boxes[b + 1]!) return false;
        }
      }
    }
    return true;
  }

  occupy(x0: number, y0: number, x1: number, y1: number): void {
    const c0 = Math.floor(x0 / CELL), c1 = Math.floor(x1 / CELL), r0 = Math.floor(y0 / CELL), r1 = Math.floor(y1 / CELL);
    const index = this.boxes.length / 4;
    this.boxes.push(x0, y0, x1, y1);
    for (let r = r0; r <= r1; r += 1) {
      for (let c = c0; c <= c1; c += 1) {
        const key = r * this.columns + c;
        const list = this.cells.get(key);
        if (list) list.push(index);
        else this.cells.set(key, [index]);
      }
    }
  }
}

/** How many labels fit comfortably on the screen. */
function labelBudget(width: number, height: number): number {
  return Math.max(20, Math.min(220, Math.round((width * height) / 7000)));
}

export function draw(context: CanvasRenderingContext2D, scene: Scene): void {
  const { width, height, dpr, transform, positions, radii, visible, focus } = scene;
  const { k } = transform;
  context.setTransform(dpr, 0, 0, dpr, 0, 0);
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, width, height);
  context.setTransform(dpr * k, 0, 0, dpr * k, dpr * transform.x, dpr * transform.y);

  // The viewport in layout units, with a margin for the largest nodes.
  const margin = 30;
  const left = (-transform.x) / k - margin;
  const top = (-transform.y) / k - margin;
  const right = (width - transform.x) / k + margin;
  const bottom = (height - transform.y) / k + margin;

  // Links: one path for the ordinary ones, one for the focused ones, one for the path.
  const links = scene.links;
  const linkCount = links.length / 2;
  const ordinary = new Path2D();
  const focused = new Path2D();
  const onPath = new Path2D();
  let hasFocused = false;
  let hasPath = false;
  for (let l = 0; l < linkCount; l += 1) {
    const s = links[2 * l]!;
    const t = links[2 * l + 1]!;
    if (!visible[s] || !visible[t]) continue;
    const x1 = positions[2 * s]!, y1 = positions[2 * s + 1]!, x2 = positions[2 * t]!, y2 = positions[2 * t + 1]!;
    if ((x1 < left && x2 < left) || (x1 > right && x2 > right) || (y1 < top && y2 < top) || (y1 > bottom && y2 > bottom)) continue;
    if (x1 !== x1 || x2 !== x2) continue; // NaN: not placed yet
    if (scene.pathLinks?.[l]) {
      onPath.moveTo(x1, y1);
      onPath.lineTo(x2, y2);
      hasPath = true;
    } else if (focus && focus[s] && focus[t] && (s === scene.selected || t === scene.selected)) {
      focused.moveTo(x1, y1);
      focused.lineTo(x2, y2);
      hasFocused = true;
    } else {
      ordinary.moveTo(x1, y1);
      ordinary.lineTo(x2, y2);
    }
  }
  context.lineCap = 'round';
  context.strokeStyle = LINK_COLOUR;
  context.globalAlpha = focus || scene.pathNodes ? 0.22 : 0.55;
  context.lineWidth = 1.1 / k;
  context.stroke(ordinary);
  context.globalAlpha = 1;
  if (hasFocused) {
    context.strokeStyle = LINK_FOCUS_COLOUR;
    context.lineWidth = 1.6 / k;
    context.stroke(focused);
  }
  if (hasPath) {
    context.strokeStyle = PATH_COLOUR;
    context.lineWidth = 3.5 / k;
    context.stroke(onPath);
  }

  // Nodes: one path per colour and emphasis; tiny nodes are squares (much cheaper than arcs).
  const paletteSize = scene.palette.length;
  const bright: Path2D[] = [];
  const faded: Path2D[] = [];
  for (let c = 0; c < paletteSize; c += 1) {
    bright.push(new Path2D());
    faded.push(new Path2D());
  }
  const count = radii.length;
  const highlight = focus ?? scene.pathNodes;
  let drawnNodes = 0;
  for (let i = 0; i < count; i += 1) {
    if (!visible[i]) continue;
    const x = positions[2 * i]!, y = positions[2 * i + 1]!;
    if (x < left || x > right || y < top || y > bottom || x !== x) continue;
    const r = radii[i]!;
    const path = (highlight && !highlight[i] ? faded : bright)[scene.colourIndex[i]!]!;
    if (r * k < 1.6) path.rect(x - r, y - r, 2 * r, 2 * r);
    else {
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, 2 * Math.PI);
    }
    drawnNodes += 1;
  }
  const outline = drawnNodes < 3000 && k > 0.35;
  context.lineWidth = 1 / k;
  context.strokeStyle = '#ffffff';
  for (let c = 0; c < paletteSize; c += 1) {
    context.fillStyle = scene.palette[c]!;
    context.globalAlpha = 0.25;
    context.fill(faded[c]!);
    context.globalAlpha = 1;
    context.fill(bright[c]!);
    if (outline) context.stroke(bright[c]!);
  }

  // Rings: path nodes, hovered, selected.
  const ring = (i: number, colour: string, widthPx: number, gapPx: number) => {
    const x = positions[2 * i];
    const y = positions[2 * i + 1];
    if (x === undefined || y === undefined || x !== x) return;
    context.beginPath();
    context.arc(x, y, radii[i]! + gapPx / k, 0, 2 * Math.PI);
    context.strokeStyle = colour;
    context.lineWidth = widthPx / k;
    context.stroke();
  };
  if (scene.pathNodes) for (let i = 0; i < count; i += 1) if (scene.pathNodes[i] && visible[i]) ring(i, PATH_COLOUR, 2.5, 2);
  if (scene.hovered >= 0) ring(scene.hovered, '#52606d', 1.5, 2);
  if (scene.selected >= 0) ring(scene.selected, SELECTED_RING, 3, 3);

  drawLabels(context, scene);
}

/** Just the hovered node's ring and name, over a frame copied from the layer cache. */
export function drawHover(context: CanvasRenderingContext2D, scene: Scene): void {
  const i = scene.hovered;
  if (i < 0 || !scene.visible[i]) return;
  const { dpr, transform, positions, radii } = scene;
  const x = positions[2 * i]!, y = positions[2 * i + 1]!;
  if (x !== x) return;
  const sx = transform.x + x * transform.k, sy = transform.y + y * transform.k;
  const r = radii[i]! * transform.k;
  context.setTransform(dpr, 0, 0, dpr, 0, 0);
  context.beginPath();
  context.arc(sx, sy, r + 2, 0, 2 * Math.PI);
  context.strokeStyle = '#52606d';
  context.lineWidth = 1.5;
  context.stroke();
  const text = shortLabel(scene.labels[i] ?? '');
  if (!text) return;
  context.font = scene.font;
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.strokeStyle = HALO_COLOUR;
  context.lineWidth = 3.5;
  context.strokeText(text, sx + r + 4, sy);
  context.fillStyle = LABEL_COLOUR;
  context.fillText(text, sx + r + 4, sy);
}

function drawLabels(context: CanvasRenderingContext2D, scene: Scene): void {
  const { width, height, dpr, transform, positions, radii, visible, labels } = scene;
  const { k } = transform;
  context.setTransform(dpr, 0, 0, dpr, 0, 0);
  context.font = scene.font;
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  const space = new LabelSpace(Math.ceil(width / CELL) + 2);
  const budget = labelBudget(width, height);
  const emphasised = scene.focus ?? scene.pathNodes;
  const order = scene.labelOrder;
  const count = radii.length;
  let placed = 0;

  const tryLabel = (i: number, force: boolean, bold: boolean): void => {
    const x = positions[2 * i], y = positions[2 * i + 1];
    if (x === undefined || y === undefined || x !== x || !visible[i]) return;
    const sx = transform.x + x * k;
    const sy = transform.y + y * k;
    if (sx < -200 || sx > width + 20 || sy < -20 || sy > height + 20) return;
    const text = shortLabel(labels[i] ?? '');
    if (!text) return;
    const font = bold ? `600 ${scene.font}` : scene.font;
    context.font = font;
    const w = labelWidth(context, text, font);
    const r = radii[i]! * k;
    // Right of the node, else left, below, above.
    const candidates: [number, number][] = [
      [sx + r + 4, sy],
      [sx - r - 4 - w, sy],
      [sx - w / 2, sy + r + 10],
      [sx - w / 2, sy - r - 10],
    ];
    let chosen: [number, number] | null = null;
    for (const [lx, ly] of candidates) {
      if (lx < 2 || lx + w > width - 2) continue;
      if (space.isFree(lx - 2, ly - 8, lx + w + 2, ly + 8)) {
        chosen = [lx, ly];
        break;
      }
    }
    if (!chosen) {
      if (!force) return;
      chosen = candidates[0]!;
    }
    const [lx, ly] = chosen;
    space.occupy(lx - 2, ly - 8, lx + w + 2, ly + 8);
    context.strokeStyle = HALO_COLOUR;
    context.lineWidth = 3.5;
    context.strokeText(text, lx, ly);
    context.fillStyle = LABEL_COLOUR;
    context.fillText(text, lx, ly);
    placed += 1;
  };

  // 1. The selected and hovered nodes are always named.
  if (scene.selected >= 0) tryLabel(scene.selected, true, true);
  if (scene.hovered >= 0 && scene.hovered !== scene.selected) tryLabel(scene.hovered, true, false);
  // 2. Then the selection's neighbours (or the path), or else the few most linked nodes; these labels may cross circles.
  if (emphasised) {
    for (let i = 0; i < emphasised.length && placed < budget; i += 1) if (emphasised[i] && i !== scene.selected && i !== scene.hovered) tryLabel(i, false, false);
  }
  const hubs = emphasised ? 0 : Math.min(order.length, 6);
  for (let o = 0; o < hubs; o += 1) {
    const i = order[o]!;
    if (i !== scene.selected && i !== scene.hovered) tryLabel(i, false, false);
  }
  if (emphasised) return;
  // 3. Other labels never cover a node: the nodes on screen take their room first.
  if (count <= 4000) {
    for (let i = 0; i < count; i += 1) {
      if (!visible[i]) continue;
      const x = positions[2 * i]!, y = positions[2 * i + 1]!;
      const r = radii[i]! * k;
      if (r < 2.5 || x !== x) continue;
      const sx = transform.x + x * k, sy = transform.y + y * k;
      if (sx < -r || sx > width + r || sy < -r || sy > height + r) continue;
      space.occupy(sx - r, sy - r, sx + r, sy + r);
    }
  }
  // 4. The rest by importance.
  for (let o = hubs; o < order.length && placed < budget; o += 1) {
    const i = order[o]!;
    if (i === scene.selected || i === scene.hovered) continue;
    // Small nodes get a label only once zoomed in enough to tell them apart.
    if (radii[i]! * k < 3.2) continue;
    tryLabel(i, false, false);
  }
}
