/** The keyboard path into the network: the visible nodes as buttons, most linked first. */
import { nameOf, type Lang, type Translator } from '../i18n.js';
import { CATEGORY_COLOURS } from '../shaping/colours.js';
import { nodesByDegree, type Network } from '../shaping/graph.js';
import { clear, el, uid } from '../ui/dom.js';

export const NODES_LIST_LIMIT = 250;

export interface NodesListData {
  network: Network | null;
  visible: Uint8Array;
  visibleCount: number;
  selected: string | null;
  i18n: Translator;
  names: Lang;
}

export class NodesList {
  readonly element: HTMLElement;
  private readonly heading = el('h2', { class: 'panel-title', attrs: { id: uid('nodes-title') } });
  private readonly list = el('ul', { class: 'nodes-list', attrs: { 'data-testid': 'nodes-list' } });
  private readonly note = el('p', { class: 'hint' });
  private key = '';

  constructor(private readonly select: (id: string) => void) {
    this.element = el('section', { class: 'panel nodes-panel', attrs: { 'aria-labelledby': this.heading.id } }, this.heading, this.note, this.list);
  }

  update(data: NodesListData): void {
    const { i18n, names, network } = data;
    this.heading.textContent = `${i18n.t('nodesList')} (${i18n.formatNumber(data.visibleCount)})`;
    const key = `${i18n.lang}|${names}|${data.selected}|${data.visibleCount}|${network?.nodes.length}|${network ? '' : 'none'}`;
    if (key === this.key && network) return;
    this.key = key;
    const focusedId = this.list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.id : undefined;
    clear(this.list);
    if (!network) return;
    const nodes = nodesByDegree(network, data.visible, NODES_LIST_LIMIT);
    this.note.hidden = data.visibleCount <= NODES_LIST_LIMIT;
    this.note.textContent = i18n.t('nodesListMore', { shown: nodes.length, total: data.visibleCount });
    for (const node of nodes) {
      const button = el(
        'button',
        {
          class: 'node-button',
          attrs: { type: 'button', 'data-id': node.id, 'aria-current': node.id === data.selected ? 'true' : null },
          on: { click: () => this.select(node.id) },
        },
        el('span', { class: 'swatch', attrs: { 'aria-hidden': 'true', style: `background:${CATEGORY_COLOURS[node.category]}` } }),
        el('span', { class: 'node-name', text: nameOf(node, names) }),
        el('span', { class: 'count', text: String(node.degree), attrs: { title: i18n.t('links') } }),
      );
      this.list.append(el('li', {}, button));
      if (node.id === focusedId) button.focus({ preventScroll: true });
    }
  }

  destroy(): void {
    this.element.remove();
  }
}
