/** Step 4: the dry run row by row: status, name, the person and organisation found (score, reason), problems, and choices. */
import { el, uid } from '../ui/dom.js';
import type { Translator } from '../i18n.js';
import { IMPORT_STATUSES, NEW_ORGANISATION_KINDS, type ImportCandidate, type ImportPreview, type ImportResolution, type ImportRow, type ImportTarget } from './import-api.js';
import { choiceKey, filterRows, skipKey, statusCount, type Choice, type RowFilter } from './import-model.js';
import { importedLabel, importLabel, type ImportText } from './import-text.js';
import { keepFocus } from './focus.js';

export interface DryRunData {
  t: ImportText;
  i18n: Translator;
  preview: ImportPreview;
  /** The user chose a new event (say whether the preview found it recorded already). */
  newEventMode: boolean;
  /** The import was confirmed: the texts say what was done instead of what will be. */
  done: boolean;
  choices: ReadonlyMap<string, Choice>;
  candidates: ReadonlyMap<string, ImportCandidate[]>;
}

const PAGE = 100;
const FILTERS: readonly RowFilter[] = ['ALL', ...IMPORT_STATUSES];

export class DryRunTable {
  readonly element: HTMLElement;
  private readonly body = el('div');
  private filter: RowFilter = 'ALL';
  private shown = PAGE;
  private last: DryRunData | null = null;
  private scores = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  constructor(private readonly choose: (row: number, target: ImportTarget, choice: Choice | null) => void) {
    this.element = el('div', { class: 'dry-run', attrs: { 'data-testid': 'dry-run' } }, this.body);
  }

  update(data: DryRunData): void {
    const last = this.last;
    if (last && last.t === data.t && last.preview === data.preview && last.newEventMode === data.newEventMode && last.done === data.done && last.choices === data.choices && last.candidates === data.candidates) return;
    this.last = data;
    this.render();
  }

  private setFilter(filter: RowFilter): void {
    this.filter = filter;
    this.shown = PAGE;
    this.render();
  }

  private render(): void {
    const data = this.last;
    if (!data) return;
    this.scores = new Intl.NumberFormat(data.i18n.lang === 'ru' ? 'ru-RU' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    keepFocus(this.body, () => this.body.replaceChildren(...this.build(data)));
  }

  private build(data: DryRunData): HTMLElement[] {
    const { t, i18n, preview } = data;
    const { summary } = preview;
    const n = (value: number) => i18n.formatNumber(value);
    const nodes: HTMLElement[] = [];
    const done = data.done;
    const eventNote = preview.newEvent ? (done ? 'createdEvent' : 'willCreateEvent') : done ? 'addedToEvent' : 'eventExists';
    if (data.newEventMode) nodes.push(el('p', { class: 'note', text: t(eventNote, { id: preview.eventId }), attrs: { 'data-testid': 'event-note' } }));
    nodes.push(
      el('p', { text: t('rowsSummary', { rows: n(summary.rows), skipped: n(summary.skipped) }), attrs: { 'data-testid': 'rows-summary' } }),
      el('p', {
        text: t(done ? 'wrote' : 'willWrite', { people: n(summary.newPeople), organisations: n(summary.newOrganisations), positions: n(summary.newPositions), participations: n(summary.newParticipations) }),
        attrs: { 'data-testid': 'will-write' },
      }),
    );
    const filterId = uid('filter');
    nodes.push(
      el(
        'div',
        { class: 'import-filters', attrs: { role: 'group', 'aria-labelledby': filterId } },
        el('span', { class: 'field-label', text: t('filterLabel'), attrs: { id: filterId } }),
        ...FILTERS.map((filter) =>
          el(
            'button',
            {
              class: `filter-button status-${filter}`,
              attrs: { type: 'button', 'aria-pressed': filter === this.filter ? 'true' : 'false', 'data-key': `filter-${filter}`, 'data-testid': `filter-${filter}` },
              on: { click: () => this.setFilter(filter) },
            },
            `${filter === 'ALL' ? t('all') : importLabel(i18n.lang, filter)} `,
            el('span', { class: 'filter-count', text: n(statusCount(summary, filter)) }),
          ),
        ),
      ),
    );
    const rows = filterRows(preview.rows, this.filter);
    if (!rows.length) {
      nodes.push(el('p', { class: 'empty', text: t('noRowsForFilter') }));
      return nodes;
    }
    const head = [t('row'), t('status'), t('name'), t('person'), t('organisation'), t('problems')];
    const caption = t(data.done ? 'tableCaptionDone' : 'tableCaption', { file: preview.fileName });
    nodes.push(
      el(
        'div',
        // On a phone the table scrolls sideways, and after confirming it holds no control: keyboard users reach it itself.
        { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': caption } },
        el(
          'table',
          { class: 'data-table compact import-rows', attrs: { 'data-testid': 'dry-run-table' } },
          el('caption', { class: 'visually-hidden', text: caption }),
          el('thead', {}, el('tr', {}, ...head.map((text) => el('th', { text, attrs: { scope: 'col' } })))),
          el('tbody', {}, ...rows.slice(0, this.shown).map((row) => this.rowElement(row, data))),
        ),
      ),
    );
    const left = rows.length - this.shown;
    if (left > 0) {
      const more = () => {
        this.shown += PAGE;
        this.render();
      };
      nodes.push(el('button', { class: 'button small', text: t('showMore', { count: n(Math.min(PAGE, left)), left: n(left) }), attrs: { type: 'button', 'data-key': 'show-more' }, on: { click: more } }));
    }
    return nodes;
  }

  private rowElement(row: ImportRow, data: DryRunData): HTMLTableRowElement {
    const { t, i18n } = data;
    const meta = [row.position, row.organisationText, row.phone, row.role !== 'PARTICIPANT' ? i18n.enumLabel(row.role) : null].filter(Boolean).join(' · ');
    const notes: HTMLElement[] = [
      ...row.errors.map((error) => el('li', { class: 'error-text', text: error.column ? t('columnProblem', { column: error.column, message: error.message }) : error.message })),
      ...row.warnings.map((warning) => el('li', { class: 'warning-text', text: warning })),
    ];
    if (row.duplicateOf !== null) notes.push(el('li', { class: 'muted', text: t('sameAs', { row: row.duplicateOf }) }));
    if (row.alreadyRecorded) notes.push(el('li', { class: 'muted', text: t('alreadyRecorded') }));
    const who = row.organisationTakesPart ? (row.peopleCount ? t('takesPartPeople', { count: row.peopleCount }) : t('takesPart')) : (row.name ?? '—');
    return el(
      'tr',
      { class: `status-row-${row.status}`, attrs: { 'data-row': row.row, 'data-status': row.status } },
      // The sheet's own № first: the officer finds the row by it.
      el('th', { class: 'numeric', text: row.rowLabel ? t('rowLabel', { label: row.rowLabel, row: row.row }) : String(row.row), attrs: { scope: 'row' } }),
      el('td', {}, el('span', { class: `badge status-${row.status}`, text: (data.done ? importedLabel : importLabel)(i18n.lang, row.status) }), this.skipControl(row, data)),
      el('td', {}, el('span', { class: 'item-title block', text: who }), meta ? el('span', { class: 'item-meta block', text: meta }) : null),
      el('td', {}, this.resolution(row, 'PERSON', row.person, data)),
      el('td', {}, row.organisation ? this.resolution(row, 'ORGANISATION', row.organisation, data) : el('span', { class: 'muted', text: row.organisationText ? t('noOrganisation') : '—' })),
      el('td', {}, notes.length ? el('ul', { class: 'plain-list import-notes' }, ...notes) : null),
    );
  }

  /** Invalid rows, and rows still needing a choice, can be left out of the import. */
  private skipControl(row: ImportRow, data: DryRunData): HTMLElement | null {
    const skipped = data.choices.get(skipKey(row.row));
    const isSkipped = Boolean(skipped && 'skip' in skipped);
    if (!isSkipped && row.status !== 'INVALID' && row.status !== 'AMBIGUOUS') return null;
    const box = el('input', {
      attrs: { type: 'checkbox', 'aria-label': data.t('skipRowFor', { row: row.rowLabel ?? row.row }), 'data-key': `skip-${row.row}`, 'data-testid': `skip-${row.row}` },
      on: { change: () => this.choose(row.row, 'PERSON', box.checked ? { skip: true } : null) },
    });
    box.checked = isSkipped;
    return el('label', { class: 'skip-row block' }, box, ` ${data.t('skipRow')}`);
  }

  /** A new organisation's kind, guessed from its legal form, which the editor may change. */
  private kindControl(row: ImportRow, resolution: ImportResolution, data: DryRunData): HTMLElement | null {
    if (resolution.status !== 'CREATE' || !resolution.kind) return null;
    const key = choiceKey(row.row, 'ORGANISATION');
    const choice = data.choices.get(key);
    const select = el(
      'select',
      {
        class: 'select',
        attrs: { 'aria-label': data.t('kindFor', { row: row.rowLabel ?? row.row }), 'data-key': `kind-${row.row}`, 'data-testid': `kind-${row.row}` },
        on: {
          change: () => {
            const kind = select.value;
            this.choose(row.row, 'ORGANISATION', choice && 'createNew' in choice ? { createNew: true, kind } : { kind });
          },
        },
      },
      ...NEW_ORGANISATION_KINDS.map((kind) => el('option', { text: data.i18n.enumLabel(kind), attrs: { value: kind } })),
    );
    select.value = resolution.kind;
    return el('div', { class: 'kind-choice' }, select);
  }

  private resolution(row: ImportRow, target: ImportTarget, resolution: ImportResolution | null, data: DryRunData): HTMLElement {
    if (!resolution) return el('span', { class: 'muted', text: '—' });
    const { t, i18n } = data;
    const key = choiceKey(row.row, target);
    const given = data.choices.get(key);
    // Only a choice of a node (an existing one, or a new one) sets the select below; a kind or a skip has its own control.
    const choice = given && ('id' in given || 'createNew' in given) ? given : undefined;
    const cell = el(
      'div',
      { class: 'resolution' },
      el('span', { class: `badge small status-${resolution.status}`, text: (data.done ? importedLabel : importLabel)(i18n.lang, resolution.status) }),
      resolution.name ? el('span', { class: 'resolution-name', text: ` ${resolution.name}` }) : null,
      resolution.score !== null ? el('span', { class: 'item-meta', text: ` · ${t('score', { score: this.scores.format(resolution.score) })}` }) : null,
      el('span', { class: 'item-meta block', text: resolution.reason }),
      target === 'ORGANISATION' ? this.kindControl(row, resolution, data) : null,
    );
    if (resolution.status !== 'AMBIGUOUS' && !resolution.chosen && !choice) return cell;

    const candidates = resolution.candidates.length ? resolution.candidates : (data.candidates.get(key) ?? []);
    const options = [
      { value: '', text: t('choose') },
      ...candidates.map((candidate) => ({ value: `id:${candidate.id}`, text: `${candidate.name} (${this.scores.format(candidate.score)})` })),
      { value: 'new', text: target === 'PERSON' ? t('createPerson') : t('createOrganisation') },
    ];
    const value = !choice ? '' : 'id' in choice ? `id:${choice.id}` : 'new';
    if (choice && 'id' in choice && !candidates.some((candidate) => candidate.id === choice.id)) options.splice(1, 0, { value, text: resolution.name ?? choice.id });
    const select = el(
      'select',
      {
        class: 'select',
        attrs: {
          'aria-label': t('chooseFor', { target: target === 'PERSON' ? t('person') : t('organisation'), row: row.row }),
          'data-key': `choice-${key}`,
          'data-testid': `choice-${row.row}-${target}`,
        },
        on: {
          change: () => {
            const chosen = select.value;
            this.choose(row.row, target, chosen === '' ? null : chosen === 'new' ? { createNew: true } : { id: chosen.slice(3) });
          },
        },
      },
      ...options.map((option) => el('option', { text: option.text, attrs: { value: option.value } })),
    );
    select.value = value;
    cell.append(select);
    if (resolution.status === 'AMBIGUOUS' && candidates.length) {
      cell.append(el('ul', { class: 'plain-list candidates' }, ...candidates.map((candidate) => el('li', { class: 'item-meta', text: `${candidate.name} (${this.scores.format(candidate.score)}): ${candidate.reason}` }))));
    }
    return cell;
  }
}
