/** The schema panel: labels and relationship types with counts, and their properties; a name chosen goes into the query. */
import type { Translator } from '../i18n.js';
import { el, uid } from '../ui/dom.js';
import type { Loadable } from '../ui/resource.js';
import type { GraphSchema, SchemaProperty } from './analysis-api.js';
import { schemaText } from './schema-text.js';

export class SchemaPanel {
  readonly element: HTMLElement;
  private readonly title = el('h2', { class: 'panel-title', attrs: { id: uid('schema-title') } });
  private readonly body = el('div', { class: 'schema-body' });
  private key = '';

  /** `insert` is null where there is no console to insert into (readers). */
  constructor(private readonly insert: ((text: string) => void) | null) {
    this.element = el('section', { class: 'panel schema-panel', attrs: { 'aria-labelledby': this.title.id, 'data-testid': 'schema-panel' } }, this.title, this.body);
  }

  update(schema: Loadable<GraphSchema>, i18n: Translator): void {
    const t = schemaText(i18n.lang);
    this.title.textContent = t('schemaTitle');
    const key = `${i18n.lang}|${schema.status}`;
    if (key === this.key) return;
    this.key = key;
    if (schema.status !== 'ready') {
      this.body.replaceChildren(el('p', { class: 'hint', text: schema.status === 'loading' ? i18n.t('loading') : String(schema.error instanceof Error ? schema.error.message : schema.error) }));
      return;
    }
    const properties = (list: SchemaProperty[]) =>
      list.length
        ? el('ul', { class: 'schema-properties' }, ...list.map((property) => el('li', {}, this.name(`.${property.key}`, property.key), ` ${i18n.formatNumber(property.count)}`)))
        : el('p', { class: 'hint', text: t('noProperties') });
    const section = (heading: string, entries: { name: string; insert: string; count: string; properties: SchemaProperty[] }[], testId: string) =>
      el(
        'div',
        { class: 'schema-section', attrs: { 'data-testid': testId } },
        el('h3', { class: 'section-title', text: heading }),
        el(
          'ul',
          { class: 'schema-list' },
          ...entries.map((entry) =>
            // The name (a button) stays outside the summary: an interactive element inside another is unreachable for some readers.
            el('li', { attrs: { 'data-name': entry.name } }, this.name(entry.insert, entry.name), el('details', { class: 'schema-entry' }, el('summary', { class: 'schema-count', text: entry.count }), properties(entry.properties))),
          ),
        ),
      );
    const { labels, relationshipTypes } = schema.value;
    this.body.replaceChildren(
      el('p', { class: 'hint', text: t('schemaIntro') }),
      el(
        'div',
        { class: 'schema-sections' },
        section(t('labels'), labels.map((entry) => ({ name: entry.label, insert: `:${entry.label}`, count: t('nodesCount', { count: i18n.formatNumber(entry.nodes) }), properties: entry.properties })), 'schema-labels'),
        section(
          t('relationshipTypes'),
          relationshipTypes.map((entry) => ({ name: entry.type, insert: `:${entry.type}`, count: t('relationshipsCount', { count: i18n.formatNumber(entry.relationships) }), properties: entry.properties })),
          'schema-types',
        ),
      ),
    );
  }

  /** A name: a button that inserts it into the query where there is a console, plain code otherwise. */
  private name(insert: string, text: string): HTMLElement {
    const code = el('code', { text });
    if (!this.insert) return code;
    const insertText = this.insert;
    return el('button', { class: 'link-button schema-name', attrs: { type: 'button', 'data-insert': insert }, on: { click: (event) => { event.preventDefault(); insertText(insert); } } }, code);
  }
}
