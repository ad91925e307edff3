/**
 * The explorer's picture as a stand-alone SVG document for slides and reports: the visible nodes and links where
 * the layout put them, the title, the date, the counts and a legend of the kinds drawn. Every style is an
 * attribute (no stylesheet, no web font), so the file looks the same in PowerPoint, Inkscape, a browser, or as an
 * image drawn into a canvas for the PNG; the font list names system fonts with Cyrillic.
 */
import { CATEGORIES, type Category } from '../shaping/categories.js';
import { CATEGORY_COLOURS } from '../shaping/colours.js';
import { nodeRadius, type Network } from '../shaping/graph.js';

export interface PictureInput {
  network: Network;
  visible: Uint8Array;
  /** Layout positions by node index (x, y pairs), as the canvas holds them. */
  positions: Float32Array | Float64Array | number[];
  labels: readonly string[];
  title: string;
  /** Already worded: "As of 5 Dec 2026". */
  dateLine: string;
  countsLine: string;
  legendLabel: (category: Category) => string;
  /** Nodes always labelled (selection, path); the most linked ones are labelled too. */
  emphasised: ReadonlySet<string>;
}

export const PICTURE_WIDTH = 1600;
export const PICTURE_HEIGHT = 1000;
const FONT = "'DejaVu Sans', 'Noto Sans', 'Segoe UI', Arial, sans-serif";
const HEADER = 90;
const LEGEND_WIDTH = 260;
const MARGIN = 40;
const MOST_LINKED_LABELLED = 40;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
const round = (value: number) => Math.round(value * 10) / 10;

export function pictureSvg(input: PictureInput): string {
  const { network, visible, positions } = input;
  const shown = network.nodes.filter((node) => visible[node.index] && Number.isFinite(positions[2 * node.index]));
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const node of shown) {
    const x = positions[2 * node.index]!, y = positions[2 * node.index + 1]!;
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  const areaWidth = PICTURE_WIDTH - LEGEND_WIDTH - 2 * MARGIN;
  const areaHeight = PICTURE_HEIGHT - HEADER - 2 * MARGIN;
  const scale = shown.length ? Math.min(2, areaWidth / (x1 - x0 || 1), areaHeight / (y1 - y0 || 1)) : 1;
  const offsetX = MARGIN + (areaWidth - (x1 - x0) * scale) / 2;
  const offsetY = HEADER + MARGIN + (areaHeight - (y1 - y0) * scale) / 2;
  const px = (index: number) => round(offsetX + (positions[2 * index]! - x0) * scale);
  const py = (index: number) => round(offsetY + (positions[2 * index + 1]! - y0) * scale);

  const links = network.links
    .filter((link) => visible[link.sourceIndex] && visible[link.targetIndex] && Number.isFinite(positions[2 * link.sourceIndex]) && Number.isFinite(positions[2 * link.targetIndex]))
    .map((link) => `<line x1="${px(link.sourceIndex)}" y1="${py(link.sourceIndex)}" x2="${px(link.targetIndex)}" y2="${py(link.targetIndex)}"/>`);
  const nodes = shown.map((node) => {
    const r = round(Math.max(2.5, nodeRadius(node.degree) * Math.min(1, scale * 1.5)));
    return `<circle cx="${px(node.index)}" cy="${py(node.index)}" r="${r}" fill="${CATEGORY_COLOURS[node.category]}"><title>${escapeXml(input.labels[node.index] ?? node.id)}</title></circle>`;
  });
  const labelled = new Set([...shown].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1)).slice(0, MOST_LINKED_LABELLED).map((node) => node.id));
  for (const id of input.emphasised) labelled.add(id);
  const labels = shown
    .filter((node) => labelled.has(node.id))
    .map((node) => `<text x="${round(px(node.index) + nodeRadius(node.degree) * Math.min(1, scale * 1.5) + 4)}" y="${round(py(node.index) + 4)}">${escapeXml(input.labels[node.index] ?? node.id)}</text>`);

  const present = new Set(shown.map((node) => node.category));
  const legendX = PICTURE_WIDTH - LEGEND_WIDTH;
  const legend = CATEGORIES.filter((category) => present.has(category)).map(
    (category, row) =>
      `<g transform="translate(${legendX} ${HEADER + MARGIN + row * 26})"><circle cx="8" cy="0" r="7" fill="${CATEGORY_COLOURS[category]}"/><text x="24" y="5">${escapeXml(input.legendLabel(category))}</text></g>`,
  );

  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${PICTURE_HEIGHT}" viewBox="0 0 ${PICTURE_WIDTH} ${PICTURE_HEIGHT}" font-family="${FONT}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text data-part="title" x="${MARGIN}" y="44" font-size="28" font-weight="bold" fill="#1a1a1a">${escapeXml(input.title)}</text>`,
    `<text data-part="date" x="${MARGIN}" y="74" font-size="16" fill="#444444">${escapeXml(`${input.dateLine} · ${input.countsLine}`)}</text>`,
    `<g data-part="links" stroke="#9aa0a6" stroke-opacity="0.55" stroke-width="1">${links.join('')}</g>`,
    `<g data-part="nodes" stroke="#ffffff" stroke-width="0.8">${nodes.join('')}</g>`,
    `<g data-part="labels" font-size="12" fill="#1a1a1a" stroke="#ffffff" stroke-width="3" paint-order="stroke">${labels.join('')}</g>`,
    `<g data-part="legend" font-size="15" fill="#1a1a1a">${legend.join('')}</g>`,
    `</svg>`,
  ].join('\n');
}

/** The SVG drawn into a canvas at twice its size (sharp on slides and high-density screens), as PNG bytes. */
export async function pictureAsPng(svg: string, scale = 2): Promise<Blob> {
  // A data: URL, not a blob: one: the page's Content-Security-Policy allows images from 'self' and data: only.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = PICTURE_WIDTH * scale;
  canvas.height = PICTURE_HEIGHT * scale;
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, PICTURE_WIDTH, PICTURE_HEIGHT);
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** Hands a file to the browser's download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
