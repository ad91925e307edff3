/**
 * Keeps the drawn network as a bitmap a margin larger than the view. Panning within the margin only copies
 * that bitmap (a software-rendered canvas rasterises 20,000 antialiased lines in about 80 ms, but copies a
 * bitmap in about 1 ms); zooming shows it scaled until the gesture pauses. Anything else — new positions,
 * selection, filters, names, size — draws it anew.
 */
import { draw, type Scene } from './renderer.js';

/** Largest bitmap kept, in device pixels (about 64 MB). */
const MAX_PIXELS = 16_000_000;

interface CachedView {
  version: number;
  x: number;
  y: number;
  k: number;
  margin: number;
  width: number;
  height: number;
  dpr: number;
}

export type PresentMode = 'copy' | 'scaled' | 'drawn';

export class LayerCache {
  private readonly canvas = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D;
  private view: CachedView | null = null;

  constructor() {
    const context = this.canvas.getContext('2d', { alpha: false });
    if (!context) throw new Error('Canvas 2D is not available');
    this.context = context;
  }

  /** Puts the frame on `target`; `version` changes whenever anything but the view transform changed. */
  present(target: CanvasRenderingContext2D, scene: Scene, version: number, zooming: boolean): PresentMode {
    const t = scene.transform;
    const view = this.view;
    const sameContent = !!view && view.version === version && view.width === scene.width && view.height === scene.height && view.dpr === scene.dpr;
    if (view && sameContent && view.k === t.k && Math.abs(t.x - view.x) <= view.margin && Math.abs(t.y - view.y) <= view.margin) {
      this.copy(target, view, t.x, t.y, 1, scene.dpr);
      return 'copy';
    }
    if (view && sameContent && zooming) {
      target.setTransform(1, 0, 0, 1, 0, 0);
      target.fillStyle = '#ffffff';
      target.fillRect(0, 0, scene.width * scene.dpr, scene.height * scene.dpr);
      this.copy(target, view, t.x, t.y, t.k / view.k, scene.dpr);
      return 'scaled';
    }
    this.render(scene, version);
    this.copy(target, this.view!, t.x, t.y, 1, scene.dpr);
    return 'drawn';
  }

  private render(scene: Scene, version: number): void {
    const { width, height, dpr, transform } = scene;
    let margin = Math.round(0.6 * Math.max(width, height));
    while (margin > 0 && (width + 2 * margin) * (height + 2 * margin) * dpr * dpr > MAX_PIXELS) margin = Math.floor(margin * 0.8);
    this.canvas.width = Math.round((width + 2 * margin) * dpr);
    this.canvas.height = Math.round((height + 2 * margin) * dpr);
    draw(this.context, {
      ...scene,
      width: width + 2 * margin,
      height: height + 2 * margin,
      transform: { x: transform.x + margin, y: transform.y + margin, k: transform.k },
      hovered: -1,
    });
    this.view = { version, x: transform.x, y: transform.y, k: transform.k, margin, width, height, dpr };
  }

  /** Copies the bitmap so that it lines up with the view (x, y, scaled by `ratio` of the zoom it was drawn at). */
  private copy(target: CanvasRenderingContext2D, view: CachedView, x: number, y: number, ratio: number, dpr: number): void {
    target.setTransform(ratio, 0, 0, ratio, (x - (view.x + view.margin) * ratio) * dpr, (y - (view.y + view.margin) * ratio) * dpr);
    if (ratio === 1) target.setTransform(1, 0, 0, 1, Math.round((x - view.x - view.margin) * dpr), Math.round((y - view.y - view.margin) * dpr));
    target.imageSmoothingEnabled = ratio !== 1;
    target.drawImage(this.canvas, 0, 0);
    target.setTransform(1, 0, 0, 1, 0, 0);
  }
}
