/**
 * A result's graph part as a small SVG drawing: the network explorer's seeded force layout (the same graph is
 * always drawn the same way), colours by kind, one tab stop with arrow keys between nodes, Enter opens a node.
 */
import { nameOf, type Lang, type Translator } from '../i18n.js';
import { settle } from '../layout/layout.js';
import { CATEGORY_COLOURS, CATEGORY_LABELS } from '../shaping/colours.js';
import { buildNetwork, nodeRadius, type ApiGraph, type NetworkNode } from '../shaping/graph.js';
import { el, svg } from '../ui/dom.js';
import { analysisText } from './analysis-text.js';

/** Above this the layout would hold up the page, and the drawing would be unreadable at this size anyway. */
const MAX_DRAWN_NODES = 300;
const HEIGHT = 440;
const PAD = 28;
/** Every node is labelled in small graphs; in larger ones only the most linked. */
const LABEL_ALL = 40;
const LABEL_TOP = 15;

/** A long name cut after a whole word, so the label still reads as the start of the node's accessible name. */
function shortName(node: NetworkNode, names: Lang): string {
  const name = nameOf(node, names);
  if (name.length <= 32) return name;
  const cut = name.slice(0, 31);
  const space = cut.lastIndexOf(' ');
  return `${(space > 12 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

export function resultGraph(graph: ApiGraph, i18n: Translator, names: Lang, width: number, select: (id: string) => void): HTMLElement {
  const t = analysisText(i18n.lang);
  const network = buildNetwork([graph]);
  const count = network.nodes.length;
  if (count > MAX_DRAWN_NODES) return el('p', { class: 'note', text: t('graphTooLarge', { nodes: i18n.formatNumber(count) }) });

  const radii = network.nodes.map((node) => nodeRadius(node.degree));
  const links = network.links.flatMap((link) => [link.sourceIndex, link.targetIndex]);
  const positions = settle({ radii, links });
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  network.nodes.forEach((node, i) => {
    const r = radii[i]!;
    minX = Math.min(minX, positions[2 * i]! - r);
    maxX = Math.max(maxX, positions[2 * i]! + r);
    minY = Math.min(minY, positions[2 * i + 1]! - r);
    maxY = Math.max(maxY, positions[2 * i + 1]! + r);
  });
  // Fit the layout into the box (never enlarging a tiny graph past 1.6×), labels keep their pixel size.
  const scale = Math.min((width - 2 * PAD) / Math.max(1, maxX - minX), (HEIGHT - 2 * PAD) / Math.max(1, maxY - minY), 1.6);
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (HEIGHT - (maxY - minY) * scale) / 2;
  const px = (i: number) => (positions[2 * i]! - minX) * scale + offsetX;
  const py = (i: number) => (positions[2 * i + 1]! - minY) * scale + offsetY;

  const root = svg('svg', {
    class: 'result-graph-svg',
    width,
    height: HEIGHT,
    viewBox: `0 0 ${width} ${HEIGHT}`,
    role: 'group',
    'aria-label': t('graphLabel', { nodes: i18n.formatNumber(count), links: i18n.formatNumber(network.links.length) }),
  });
  const edgeLayer = svg('g', { class: 'result-edges', 'aria-hidden': 'true' });
  for (const link of network.links) {
    edgeLayer.append(svg('line', { x1: px(link.sourceIndex), y1: py(link.sourceIndex), x2: px(link.targetIndex), y2: py(link.targetIndex), 'data-type': link.type }));
  }
  const labelled = new Set(count <= LABEL_ALL ? network.nodes.map((node) => node.id) : [...network.nodes].sort((a, b) => b.degree - a.degree).slice(0, LABEL_TOP).map((node) => node.id));
  const nodeLayer = svg('g', { class: 'result-nodes' });
  const items: SVGGElement[] = [];
  for (const node of network.nodes) {
    const i = node.index;
    const kind = i18n.enumLabel(node.kind ?? node.entityType);
    const item = svg('g', { class: 'result-node', role: 'button', tabindex: i === 0 ? 0 : -1, 'aria-label': `${nameOf(node, names)} (${kind})`, 'data-id': node.id, transform: `translate(${px(i)}, ${py(i)})` });
    item.append(
      svg('title', {}, `${nameOf(node, names)} — ${kind}`),
      svg('circle', { r: Math.max(4, radii[i]! * scale), fill: CATEGORY_COLOURS[node.category] }),
    );
    if (labelled.has(node.id)) item.append(svg('text', { x: Math.max(4, radii[i]! * scale) + 3, y: 4, class: 'result-node-label' }, shortName(node, names)));
    item.addEventListener('click', () => select(node.id));
    item.addEventListener('keydown', (event) => onKey(event, i));
    nodeLayer.append(item);
    items.push(item);
  }
  root.append(edgeLayer, nodeLayer);

  function onKey(event: KeyboardEvent, index: number): void {
    let next = index;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % items.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(network.nodes[index]!.id);
      return;
    } else return;
    event.preventDefault();
    items[index]!.setAttribute('tabindex', '-1');
    items[next]!.setAttribute('tabindex', '0');
    items[next]!.focus();
  }

  const present = new Map<NetworkNode['category'], number>();
  for (const node of network.nodes) present.set(node.category, (present.get(node.category) ?? 0) + 1);
  const legend = el(
    'ul',
    { class: 'result-graph-legend', attrs: { 'aria-label': t('graphLegend') } },
    ...[...present].map(([category, number]) =>
      el('li', {}, el('span', { class: 'swatch', attrs: { style: `background:${CATEGORY_COLOURS[category]}`, 'aria-hidden': 'true' } }), `${CATEGORY_LABELS[category][i18n.lang]} ${i18n.formatNumber(number)}`),
    ),
  );
  const notes = graph.truncated ? el('p', { class: 'note', text: t('graphTruncated') }) : null;
  return el('div', { class: 'result-graph', attrs: { 'data-testid': 'result-graph' } }, notes, root, legend);
}
