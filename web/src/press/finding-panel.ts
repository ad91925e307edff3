/**
 * The panel of one finding: what it is (an existing node among the scored candidates or found by search, a new
 * one, or "not a mention"), and for a new organisation its name and kind, for a person their post and the
 * organisation they represent, for both their role.
 */
import type { NameRef } from '../api/queries.js';
import { nameOf, type Lang, type Translator } from '../i18n.js';
import { keepFocus } from '../import/focus.js';
import { el, uid } from '../ui/dom.js';
import type { FindingKind, PressCandidate, PressDecision, SearchFound } from './press-api.js';
import { PARTICIPATION_ROLES, PRESS_ORGANISATION_KINDS, type Finding, type FindingChange, type PressReview } from '../shaping/press-review.js';
import type { PressText } from './press-text.js';

export interface FindingPanelActions {
  change(key: string, change: FindingChange): void;
  /** Another finding (one overlapping this one). */
  open(key: string): void;
  close(key: string): void;
  search(kind: FindingKind, text: string, signal: AbortSignal): Promise<SearchFound[]>;
  useAsPlace(id: string): void;
  remove(key: string): void;
}

export interface FindingPanelData {
  t: PressText;
  i18n: Translator;
  names: Lang;
  review: PressReview;
  finding: Finding;
  /** Names of candidate nodes, by id. */
  nodeNames: ReadonlyMap<string, NameRef>;
}

const DECISIONS: readonly PressDecision[] = ['MATCH', 'CREATE', 'IGNORE'];

type Search = { status: 'idle' } | { status: 'loading'; text: string } | { status: 'ready'; text: string; found: SearchFound[] } | { status: 'error'; text: string; message: string };

export class FindingPanel {
  readonly element = el('section', { class: 'panel press-finding-panel', attrs: { hidden: true, 'data-testid': 'finding-panel' } });
  private data: FindingPanelData | null = null;
  private key = '';
  private search: Search = { status: 'idle' };
  /** What the search box looks for: the node the finding means, or (people) the organisation they represent. */
  private searchTarget: 'match' | 'represents' = 'match';
  private searchRequest: AbortController | null = null;
  private searchText = '';
  /** Names of nodes found by search (the draft's names map holds only its candidates). */
  private readonly foundNames = new Map<string, NameRef>();
  private readonly scores = { en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }), ru: new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) };

  constructor(private readonly actions: FindingPanelActions) {
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.data) {
        event.preventDefault();
        this.actions.close(this.data.finding.key);
      }
    });
  }

  /** Shows a finding (null: closed); `focus` moves the keyboard into the panel (opened from the text). */
  update(data: FindingPanelData | null, focus = false): void {
    if (!data) {
      this.data = null;
      this.key = '';
      this.element.hidden = true;
      this.element.replaceChildren();
      return;
    }
    const previous = this.data;
    if (data.finding.key !== this.key) {
      this.searchRequest?.abort();
      this.search = { status: 'idle' };
      this.searchTarget = 'match';
      this.searchText = data.finding.kind === 'PERSON' ? data.finding.name : data.finding.text;
    }
    this.key = data.finding.key;
    this.data = data;
    this.element.hidden = false;
    // Typed values stay in their controls; the panel is rebuilt only when what it offers changes.
    const same =
      previous &&
      !focus &&
      previous.t === data.t &&
      previous.names === data.names &&
      previous.nodeNames === data.nodeNames &&
      previous.finding.key === data.finding.key &&
      previous.finding.decision === data.finding.decision &&
      previous.finding.id === data.finding.id &&
      previous.finding.organisationId === data.finding.organisationId &&
      previous.finding.candidates === data.finding.candidates &&
      previous.review.findings.length === data.review.findings.length &&
      organisationTexts(previous.review) === organisationTexts(data.review);
    if (!same) this.render();
    if (focus) this.element.querySelector<HTMLElement>('h3')?.focus();
  }

  private render(): void {
    keepFocus(this.element, () => this.element.replaceChildren(...this.build()));
  }

  private build(): Node[] {
    const data = this.data!;
    const { t, finding } = data;
    const kindLabel = t(`kind${finding.kind}`);
    const heading = el('h3', { class: 'panel-title', text: t('panelTitle', { text: finding.text, kind: kindLabel }), attrs: { id: uid('finding-panel'), tabindex: '-1' } });
    this.element.setAttribute('aria-labelledby', heading.id);
    const nodes: Node[] = [
      el('div', { class: 'panel-head' }, heading, el('button', { class: 'button small', text: t('panelClose'), attrs: { type: 'button', 'data-key': 'close', 'data-testid': 'finding-close' }, on: { click: () => this.actions.close(finding.key) } })),
    ];
    nodes.push(...this.overlapping());
    if (finding.kind === 'TERRITORY' && finding.subtype) nodes.push(el('p', { class: 'hint', text: t('level', { level: data.i18n.enumLabel(finding.subtype) }) }));
    nodes.push(this.decisions());
    if (finding.decision === 'MATCH') nodes.push(...this.matchChoices());
    if (finding.decision === 'CREATE' && finding.kind !== 'TERRITORY') nodes.push(...this.newNode());
    if (finding.decision !== 'IGNORE' && finding.kind === 'PERSON') nodes.push(...this.personFields());
    if (finding.decision !== 'IGNORE' && finding.kind !== 'TERRITORY') nodes.push(this.roleField());
    if (finding.kind === 'TERRITORY' && finding.decision === 'MATCH' && finding.id) {
      const id = finding.id;
      nodes.push(el('p', {}, el('button', { class: 'button small', text: t('useAsPlace'), attrs: { type: 'button', 'data-key': 'use-as-place', 'data-testid': 'finding-use-as-place' }, on: { click: () => this.actions.useAsPlace(id) } })));
    }
    if (!finding.fromDraft) {
      nodes.push(el('p', {}, el('button', { class: 'button small', text: t('removeAdded'), attrs: { type: 'button', 'data-key': 'remove', 'data-testid': 'finding-remove' }, on: { click: () => this.actions.remove(finding.key) } })));
    }
    return nodes;
  }

  /** Findings sharing text with this one (a territory inside an organisation's name): each is reachable from here. */
  private overlapping(): HTMLElement[] {
    const { t, finding, review } = this.data!;
    if (finding.start === null || finding.end === null) return [];
    const others = review.findings.filter((other) => other.key !== finding.key && other.start !== null && other.end !== null && other.start < finding.end! && other.end > finding.start!);
    return others.map((other) =>
      el(
        'p',
        {},
        el('button', {
          class: 'link-button',
          text: t('alsoInside', { text: other.text, kind: t(`kind${other.kind}`) }),
          attrs: { type: 'button', 'data-key': `also-${other.key}`, 'data-testid': 'finding-also' },
          on: { click: () => this.actions.open(other.key) },
        }),
      ),
    );
  }

  private decisions(): HTMLElement {
    const { t, finding } = this.data!;
    const kindLabel = t(`kind${finding.kind}`);
    const group = uid('decision');
    const legend = el('legend', { class: 'field-label', text: t('decisionLegend') });
    // A territory is the gazetteer, never created by a release.
    const offered = finding.kind === 'TERRITORY' ? DECISIONS.filter((decision) => decision !== 'CREATE') : DECISIONS;
    return el(
      'fieldset',
      { class: 'import-modes press-decisions' },
      legend,
      ...offered.map((decision) => {
        const text = decision === 'MATCH' ? t('chooseMatch', { kind: kindLabel }) : decision === 'CREATE' ? t('chooseCreate', { kind: kindLabel }) : t('chooseIgnore');
        const input = el('input', {
          attrs: { type: 'radio', name: group, value: decision, 'data-key': `decision-${decision}`, 'data-testid': `finding-decision-${decision}` },
          on: { change: () => this.actions.change(finding.key, { decision }) },
        });
        input.checked = finding.decision === decision;
        return el('label', { class: 'radio' }, input, el('span', { text }));
      }),
    );
  }

  private nodeName(id: string): string {
    const known = this.data!.nodeNames.get(id) ?? this.foundNames.get(id);
    return known ? nameOf(known, this.data!.names) : id;
  }

  private matchChoices(): Node[] {
    const { t, finding, i18n } = this.data!;
    const scores = this.scores[i18n.lang];
    const group = uid('candidate');
    const options: { id: string; line: string }[] = finding.candidates.map((candidate) => ({
      id: candidate.id,
      line: t('candidateLine', { name: this.nodeName(candidate.id), score: scores.format(candidate.score), reason: candidate.reason }),
    }));
    // The draft's match is offered even when it is not among the candidates.
    if (finding.id && !options.some((option) => option.id === finding.id)) options.unshift({ id: finding.id, line: this.nodeName(finding.id) });
    const title = el('h4', { class: 'field-label', text: t('candidatesTitle'), attrs: { id: uid('candidates') } });
    const list = options.length
      ? el(
          'ul',
          { class: 'press-candidates', attrs: { role: 'radiogroup', 'aria-labelledby': title.id, 'data-testid': 'finding-candidates' } },
          ...options.map((option) => {
            const input = el('input', {
              attrs: { type: 'radio', name: group, value: option.id, 'data-key': `candidate-${option.id}`, 'data-testid': `candidate-${option.id}` },
              on: { change: () => this.actions.change(finding.key, { id: option.id }) },
            });
            input.checked = finding.id === option.id;
            return el('li', {}, el('label', { class: 'radio' }, input, el('span', { text: option.line })));
          }),
        )
      : el('p', { class: 'hint', text: t('noCandidates') });
    return [title, list, this.searchBox('match')];
  }

  private searchBox(target: 'match' | 'represents'): HTMLElement {
    const { t, finding, i18n } = this.data!;
    const suffix = target === 'match' ? '' : '-represents';
    const input = el('input', { class: 'search-input', attrs: { type: 'search', 'data-key': `search-text${suffix}`, 'data-testid': `finding-search${suffix}`, autocomplete: 'off' } });
    input.id = uid('finding-search');
    input.value = target === this.searchTarget ? this.searchText : '';
    input.addEventListener('input', () => {
      this.searchTarget = target;
      this.searchText = input.value;
    });
    const run = () => this.runSearch(target, input.value.trim());
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        run();
      }
    });
    const button = el('button', { class: 'button small', text: t('searchButton'), attrs: { type: 'button', 'data-key': `search-run${suffix}`, 'data-testid': `finding-search-run${suffix}` }, on: { click: run } });
    const search = target === this.searchTarget ? this.search : { status: 'idle' as const };
    const results: Node[] = [];
    if (search.status === 'loading') results.push(el('p', { class: 'hint', text: t('searching'), attrs: { role: 'status' } }));
    if (search.status === 'error') results.push(el('p', { class: 'status status-error', text: search.message, attrs: { role: 'alert' } }));
    if (search.status === 'ready') {
      if (!search.found.length) results.push(el('p', { class: 'hint', text: t('searchNone', { text: search.text }), attrs: { role: 'status' } }));
      else {
        const scores = this.scores[i18n.lang];
        results.push(
          el(
            'ul',
            { class: 'press-search-results', attrs: { 'data-testid': 'finding-search-results' } },
            ...search.found.map((found) => {
              const name = nameOf(found, this.data!.names);
              const candidate: PressCandidate = { id: found.id, score: found.score, reason: t('searchFound') };
              return el(
                'li',
                {},
                el('button', {
                  class: 'link-button',
                  text: `${name}${found.kind ? ` (${i18n.enumLabel(found.kind)})` : ''} · ${scores.format(found.score)}`,
                  attrs: { type: 'button', 'data-key': `found-${found.id}`, 'data-testid': `found-${found.id}` },
                  on: {
                    click: () =>
                      this.actions.change(finding.key, target === 'match' ? { decision: 'MATCH', id: found.id, candidate } : { organisationText: null, organisationId: found.id }),
                  },
                }),
              );
            }),
          ),
        );
      }
    }
    return el(
      'div',
      { class: 'field press-search' },
      el('label', { class: 'field-label', text: target === 'match' ? t('searchLabel') : t('representsSearch'), attrs: { for: input.id } }),
      el('div', { class: 'press-search-row' }, input, button),
      ...results,
    );
  }

  private runSearch(target: 'match' | 'represents', text: string): void {
    const data = this.data;
    if (!data || text.length < 2) return;
    this.searchTarget = target;
    this.searchText = text;
    this.searchRequest?.abort();
    const request = new AbortController();
    this.searchRequest = request;
    this.search = { status: 'loading', text };
    this.render();
    this.actions.search(target === 'match' ? data.finding.kind : 'ORGANISATION', text, request.signal).then(
      (found) => {
        if (this.searchRequest !== request) return;
        for (const node of found) this.foundNames.set(node.id, node);
        this.search = { status: 'ready', text, found };
        this.render();
      },
      (error: unknown) => {
        if (this.searchRequest !== request || request.signal.aborted) return;
        this.search = { status: 'error', text, message: error instanceof Error ? error.message : String(error) };
        this.render();
      },
    );
  }

  private newNode(): Node[] {
    const { t, finding, i18n } = this.data!;
    const name = el('input', { class: 'search-input', attrs: { type: 'text', 'data-key': 'new-name', 'data-testid': 'finding-new-name', autocomplete: 'off' } });
    name.id = uid('finding-name');
    name.value = finding.name;
    const hint = el('p', { class: 'hint', text: t('newNameHint'), attrs: { id: `${name.id}-hint` } });
    name.setAttribute('aria-describedby', hint.id);
    name.addEventListener('change', () => this.actions.change(finding.key, { name: name.value }));
    const nodes: Node[] = [el('div', { class: 'field' }, el('label', { class: 'field-label', text: t('newName'), attrs: { for: name.id } }), name, hint)];
    if (finding.kind === 'ORGANISATION') {
      const kind = el('select', { class: 'select', attrs: { 'data-key': 'new-kind', 'data-testid': 'finding-new-kind' } });
      kind.id = uid('finding-kind');
      const kinds: string[] = [...PRESS_ORGANISATION_KINDS];
      if (!kinds.includes(finding.subtype)) kinds.push(finding.subtype);
      kind.replaceChildren(...kinds.map((value) => el('option', { text: organisationKindLabel(value, i18n), attrs: { value } })));
      kind.value = finding.subtype;
      kind.addEventListener('change', () => this.actions.change(finding.key, { subtype: kind.value }));
      nodes.push(el('div', { class: 'field' }, el('label', { class: 'field-label', text: t('newKind'), attrs: { for: kind.id } }), kind));
    }
    return nodes;
  }

  private personFields(): Node[] {
    const { t, finding, review } = this.data!;
    const post = el('input', { class: 'search-input', attrs: { type: 'text', 'data-key': 'post', 'data-testid': 'finding-post', autocomplete: 'off' } });
    post.id = uid('finding-post');
    post.value = finding.post;
    post.addEventListener('change', () => this.actions.change(finding.key, { post: post.value }));
    const represents = el('select', { class: 'select', attrs: { 'data-key': 'represents', 'data-testid': 'finding-represents' } });
    represents.id = uid('finding-represents');
    const texts = [...new Set(review.findings.filter((other) => other.kind === 'ORGANISATION' && other.decision !== 'IGNORE').map((other) => other.text))];
    if (finding.organisationText && !texts.includes(finding.organisationText)) texts.push(finding.organisationText);
    // An existing organisation found by search goes as `id:<id>`; the release's organisations by their text.
    const chosenId = finding.organisationText ? null : finding.organisationId;
    represents.replaceChildren(
      el('option', { text: t('representsNone'), attrs: { value: '' } }),
      ...texts.map((text) => el('option', { text, attrs: { value: `text:${text}` } })),
      ...(chosenId ? [el('option', { text: this.nodeName(chosenId), attrs: { value: `id:${chosenId}` } })] : []),
    );
    represents.value = finding.organisationText ? `text:${finding.organisationText}` : chosenId ? `id:${chosenId}` : '';
    represents.addEventListener('change', () => {
      const value = represents.value;
      this.actions.change(finding.key, value.startsWith('text:') ? { organisationText: value.slice(5), organisationId: null } : value.startsWith('id:') ? { organisationText: null, organisationId: value.slice(3) } : { organisationText: null, organisationId: null });
    });
    return [
      el('div', { class: 'field' }, el('label', { class: 'field-label', text: t('post'), attrs: { for: post.id } }), post),
      el('div', { class: 'field' }, el('label', { class: 'field-label', text: t('represents'), attrs: { for: represents.id } }), represents),
      this.searchBox('represents'),
    ];
  }

  private roleField(): HTMLElement {
    const { t, finding, i18n } = this.data!;
    const role = el('select', { class: 'select', attrs: { 'data-key': 'role', 'data-testid': 'finding-role' } });
    role.id = uid('finding-role');
    role.replaceChildren(...PARTICIPATION_ROLES.map((value) => el('option', { text: i18n.enumLabel(value), attrs: { value } })));
    role.value = finding.role;
    role.addEventListener('change', () => this.actions.change(finding.key, { role: role.value }));
    return el('div', { class: 'field' }, el('label', { class: 'field-label', text: t('role'), attrs: { for: role.id } }), role);
  }
}

/** The organisation findings' texts, which a person may represent: the panel's list changes with them. */
function organisationTexts(review: PressReview): string {
  return review.findings
    .filter((finding) => finding.kind === 'ORGANISATION' && finding.decision !== 'IGNORE')
    .map((finding) => finding.text)
    .join('\n');
}

function organisationKindLabel(kind: string, i18n: Translator): string {
  return i18n.enumLabel(kind);
}
