/**
 * The release's text with every finding as a focusable button coloured by kind (organisation, person, territory)
 * and marked by decision; selected text can be added as a finding of a chosen kind, and a finding the text
 * names in another way can be typed.
 */
import type { FindingKind } from './press-api.js';
import { el, uid } from '../ui/dom.js';
import { keepFocus } from '../import/focus.js';
import { segmentText } from '../shaping/press-segments.js';
import type { Finding, PressReview } from '../shaping/press-review.js';
import type { PressText } from './press-text.js';

export const FINDING_KINDS: readonly FindingKind[] = ['ORGANISATION', 'PERSON', 'TERRITORY'];

export interface ReleaseTextActions {
  open(key: string): void;
  add(kind: FindingKind, text: string, start: number | null, end: number | null): void;
}

/** The selection's offset in the release text: every piece of text is a span carrying its start. */
function offsetOf(container: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!piece || !container.contains(piece)) return null;
    return Number(piece.dataset.start) + offset;
  }
  if (!(node instanceof Element) || !container.contains(node)) return null;
  const pieces = [...container.querySelectorAll<HTMLElement>('[data-start]')];
  const after = node.childNodes[offset];
  const next = after ? pieces.find((piece) => after === piece || after.contains(piece) || (after.compareDocumentPosition(piece) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) : undefined;
  if (next) return Number(next.dataset.start);
  const last = pieces.at(-1);
  return last ? Number(last.dataset.start) + (last.textContent ?? '').length : null;
}

export class ReleaseTextView {
  readonly element: HTMLElement;
  private readonly heading = el('h3', { class: 'panel-title', attrs: { id: uid('press-text') } });
  private readonly intro = el('p', { class: 'hint' });
  private readonly legend = el('p', { class: 'press-legend' });
  private readonly facts = el('p', { class: 'hint', attrs: { 'data-testid': 'press-event-facts' } });
  private readonly body = el('div', { class: 'press-release-text', attrs: { 'data-testid': 'press-text' } });
  /** Findings the editor typed: they have no place in the text, so their buttons are listed here. */
  private readonly typed = el('div', { class: 'press-legend', attrs: { hidden: true, 'data-testid': 'press-typed-findings' } });
  private readonly selectionBar = el('div', { class: 'press-selection', attrs: { hidden: true, 'data-testid': 'press-selection', role: 'group' } });
  private readonly typedSummary = el('summary');
  private readonly typedText = el('input', { class: 'search-input', attrs: { type: 'text', 'data-testid': 'press-typed-text', autocomplete: 'off' } });
  private readonly typedTextLabel = el('label', { class: 'field-label', attrs: { for: uid('press-typed') } });
  private readonly typedKind = el('select', { class: 'select', attrs: { 'data-testid': 'press-typed-kind' } });
  private readonly typedKindLabel = el('label', { class: 'field-label' });
  private readonly typedButton = el('button', { class: 'button', attrs: { type: 'button', 'data-testid': 'press-typed-add' } });
  private review: PressReview | null = null;
  private t: PressText | null = null;
  private selected: { text: string; start: number; end: number } | null = null;

  constructor(private readonly actions: ReleaseTextActions) {
    this.typedText.id = this.typedTextLabel.htmlFor;
    this.typedKind.id = uid('press-typed-kind');
    this.typedKindLabel.htmlFor = this.typedKind.id;
    this.typedButton.addEventListener('click', () => {
      const text = this.typedText.value.trim();
      if (!text) return;
      this.actions.add(this.typedKind.value as FindingKind, text, null, null);
      this.typedText.value = '';
    });
    const readSelection = () => this.readSelection();
    this.body.addEventListener('mouseup', readSelection);
    this.body.addEventListener('keyup', readSelection);
    this.body.setAttribute('aria-labelledby', this.heading.id);
    this.body.setAttribute('role', 'region');
    this.element = el(
      'section',
      { class: 'panel import-step', attrs: { 'aria-labelledby': this.heading.id, 'data-testid': 'press-text-step' } },
      this.heading,
      this.intro,
      this.legend,
      this.facts,
      this.body,
      this.typed,
      this.selectionBar,
      el(
        'details',
        { class: 'press-typed' },
        this.typedSummary,
        el('div', { class: 'import-grid' }, el('div', { class: 'field' }, this.typedTextLabel, this.typedText), el('div', { class: 'field' }, this.typedKindLabel, this.typedKind)),
        this.typedButton,
      ),
    );
  }

  update(t: PressText, review: PressReview, facts: string): void {
    const textsChanged = t !== this.t;
    if (!textsChanged && review === this.review) return;
    this.t = t;
    const textChanged = review.text !== this.review?.text;
    this.review = review;
    if (textsChanged) {
      this.heading.textContent = t('stepText');
      this.intro.textContent = t('textIntro');
      this.body.setAttribute('aria-label', t('textLabel'));
      this.legend.replaceChildren(
        el('span', { class: 'field-label', text: `${t('legend')}:` }),
        ...FINDING_KINDS.map((kind) => el('span', { class: `finding-sample kind-${kind}`, text: t(`kind${kind}`) })),
      );
      this.typedSummary.textContent = t('addTyped');
      this.typedTextLabel.textContent = t('addTypedText');
      this.typedKindLabel.textContent = t('addTypedKind');
      this.typedButton.textContent = t('addTypedButton');
      const kind = this.typedKind.value;
      this.typedKind.replaceChildren(...FINDING_KINDS.map((value) => el('option', { text: t(`kind${value}`), attrs: { value } })));
      this.typedKind.value = kind || 'ORGANISATION';
    }
    this.facts.textContent = facts;
    if (textChanged) this.selected = null;
    keepFocus(this.body, () => this.body.replaceChildren(...this.pieces(t, review)));
    const typed = review.findings.filter((finding) => finding.start === null);
    this.typed.hidden = typed.length === 0;
    keepFocus(this.typed, () =>
      this.typed.replaceChildren(
        ...(typed.length ? [el('span', { class: 'field-label', text: t('typedFindings') }), ...typed.map((finding) => this.findingButton(t, finding, finding.text))] : []),
      ),
    );
    this.renderSelection();
  }

  /** The finding's button, to give focus back to when its panel closes. */
  button(key: string): HTMLElement | null {
    return this.element.querySelector<HTMLElement>(`.finding[data-key="${CSS.escape(key)}"]`);
  }

  private pieces(t: PressText, review: PressReview): Node[] {
    const located = review.findings.filter((finding): finding is Finding & { start: number; end: number } => finding.start !== null && finding.end !== null);
    const byKey = new Map(review.findings.map((finding) => [finding.key, finding]));
    return segmentText(review.text, located).map((segment) => {
      const text = el('span', { text: segment.text, attrs: { 'data-start': segment.start } });
      const [innermost, ...outer] = segment.keys.map((key) => byKey.get(key)!);
      if (!innermost) return text;
      return this.findingButton(t, innermost, text, outer.map((finding) => `outer-${finding.kind}`).join(' '));
    });
  }

  private findingButton(t: PressText, finding: Finding, content: Node | string, extraClass = ''): HTMLElement {
    const open = () => this.actions.open(finding.key);
    return el(
      'span',
      {
        class: `finding kind-${finding.kind} decision-${finding.decision} ${extraClass}`.trim(),
        attrs: { role: 'button', tabindex: 0, 'data-key': finding.key, 'data-kind': finding.kind, 'data-decision': finding.decision, 'data-testid': 'finding' },
        on: {
          click: open,
          // What a <button> does by itself: Enter and Space open it.
          keydown: (event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            open();
          },
        },
      },
      content,
      el('span', { class: 'visually-hidden', text: ` (${t('findingName', { kind: t(`kind${finding.kind}`), decision: t(`decision${finding.decision}`) })})` }),
    );
  }

  private readSelection(): void {
    const review = this.review;
    const selection = window.getSelection();
    let selected: typeof this.selected = null;
    if (review && selection && selection.rangeCount > 0 && !selection.isCollapsed) {
      const range = selection.getRangeAt(0);
      const start = offsetOf(this.body, range.startContainer, range.startOffset);
      const end = offsetOf(this.body, range.endContainer, range.endOffset);
      if (start !== null && end !== null && end > start) {
        const text = review.text.slice(start, end);
        if (text.trim()) selected = { text, start, end };
      }
    }
    this.selected = selected;
    this.renderSelection();
  }

  private renderSelection(): void {
    const { t, selected } = this;
    this.selectionBar.hidden = !selected || !t;
    if (!selected || !t) {
      this.selectionBar.replaceChildren();
      return;
    }
    const label = el('span', { class: 'field-label', text: t('addSelected', { text: selected.text.trim() }), attrs: { id: uid('press-selection') } });
    this.selectionBar.setAttribute('aria-labelledby', label.id);
    this.selectionBar.replaceChildren(
      label,
      ...FINDING_KINDS.map((kind) =>
        el('button', {
          class: `button small kind-${kind}`,
          text: t(`kind${kind}`),
          attrs: { type: 'button', 'data-testid': `press-add-${kind}`, 'aria-label': t('addAs', { kind: t(`kind${kind}`) }) },
          on: {
            click: () => {
              this.actions.add(kind, selected.text, selected.start, selected.end);
              this.selected = null;
              window.getSelection()?.removeAllRanges();
              this.renderSelection();
            },
          },
        }),
      ),
    );
  }
}
