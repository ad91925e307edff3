/**
 * The press-release path of the import view (editor role): a release pasted or as files → its draft, with every
 * finding highlighted in the text → the editor's corrections and the event's fields → confirmPressRelease.
 * Several files are drafted one by one into a review list, from which each draft opens here; drafts of one event are
 * grouped there, and confirming one of a group records the others with it (they are not sent).
 */
import './press.css';
import type { AppContext } from '../app-context.js';
import { ApiError, isAbort } from '../api/client.js';
import type { EventSummary, NameRef } from '../api/queries.js';
import { nameOf, translator, type Translator } from '../i18n.js';
import { el, uid } from '../ui/dom.js';
import { errorMessage, RebuiltAlert, StatusBox } from '../ui/status.js';
import { serializeState, type AppState } from '../url-state.js';
import {
  addFinding,
  changeEvent,
  changeFinding,
  confirmInput,
  removeFinding,
  reviewFromDraft,
  type ConfirmProblem,
  type PressReview,
} from '../shaping/press-review.js';
import { groupReviews, type DraftGrouping } from '../shaping/press-grouping.js';
import { confirmPressRelease, draftPressRelease, nodeNames, searchNodes, type PressReleaseConfirmation, type PressReleaseInput } from './press-api.js';
import { DraftList, type DraftEntry } from './draft-list.js';
import { FindingPanel } from './finding-panel.js';
import { PressEventForm } from './press-event-form.js';
import { PressResultView } from './press-result.js';
import { pressTexts, type PressText } from './press-text.js';
import { ReleaseInput, type ReleaseFile, type ReleaseMeta } from './release-input.js';
import { ReleaseTextView } from './release-text-view.js';

const TEXTS: Record<'ru' | 'en', PressText> = { ru: pressTexts('ru'), en: pressTexts('en') };

type Outcome = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; value: PressReleaseConfirmation } | { status: 'error'; error: unknown };

/** The server's own words for a refused request; the page's explanation for anything else (network, sign-in). */
function serverMessage(error: unknown, i18n: Translator): string {
  if (error instanceof ApiError && error.kind === 'graphql' && error.code !== 'UNAUTHENTICATED' && error.code !== 'FORBIDDEN') return error.message;
  return errorMessage(error, i18n);
}

const FIELD_LABELS = {
  existingEventId: 'chooseEvent',
  title: 'eventTitle',
  date: 'eventDate',
  endDate: 'eventEndDate',
  kind: 'eventKind',
  phaseId: 'eventPhase',
  participantCount: 'eventCount',
} as const;

function problemText(problem: ConfirmProblem, t: PressText): string {
  switch (problem.code) {
    case 'EVENT_FIELD_MISSING':
    case 'EVENT_FIELD_INVALID':
      return t(`problem${problem.code}`, { field: t(FIELD_LABELS[problem.field]) });
    case 'MATCH_WITHOUT_NODE':
    case 'CREATE_WITHOUT_NAME':
      return t(`problem${problem.code}`, { text: problem.text });
    default:
      return t(`problem${problem.code}`);
  }
}

export class PressPath {
  readonly element = el('div', { class: 'press', attrs: { 'data-testid': 'press-path' } });
  private readonly title = el('h2', { class: 'import-title' });
  private readonly intro = el('p', { class: 'import-intro' });
  private readonly input: ReleaseInput;
  private readonly draftStatus = new StatusBox(() => this.retryDraft());
  private readonly refusal = el('p', { class: 'status status-error', attrs: { role: 'alert', hidden: true, 'data-testid': 'press-refusal' } });
  private readonly list: DraftList;
  private readonly editor = el('div', { class: 'press-editor', attrs: { hidden: true } });
  private readonly textView: ReleaseTextView;
  private readonly panel: FindingPanel;
  private readonly eventForm: PressEventForm;
  private readonly confirmHeading = el('h3', { class: 'panel-title', attrs: { id: uid('press-confirm') } });
  private readonly blockers = el('div', { class: 'hint', attrs: { 'aria-live': 'polite', 'data-testid': 'press-blockers', id: uid('press-blockers') } });
  private readonly confirmButton = el('button', { class: 'button primary', attrs: { type: 'button', 'data-testid': 'press-confirm' }, on: { click: () => this.confirm() } });
  private readonly recordedNote = el('p', { class: 'note', attrs: { hidden: true, 'data-testid': 'press-recorded-with' } });
  private readonly confirmStatus = new StatusBox(() => this.confirm());
  private readonly confirmError = new RebuiltAlert('press-confirm-error');
  private readonly result: PressResultView;

  private state: AppState | null = null;
  private entries: DraftEntry[] = [];
  /** Drafts of one event, found once all files are drafted (the list does not regroup under the editor's edits). */
  private groups: DraftGrouping[] = [];
  private current: number | null = null;
  /** Files (or the pasted text) of the latest request, to retry after a failure. */
  private lastRequest: (() => void) | null = null;
  private drafting = false;
  private draftError: unknown = null;
  private generation = 0;
  private names: ReadonlyMap<string, NameRef> = new Map();
  private openKey: string | null = null;
  private focusPanel = false;
  private outcome: Outcome = { status: 'idle' };
  private attempts = 0;

  constructor(private readonly context: AppContext) {
    this.input = new ReleaseInput({ text: (text, meta) => this.draftText(text, meta), files: (files, meta) => this.draftFiles(files, meta) });
    this.list = new DraftList((index) => this.openEntry(index));
    this.textView = new ReleaseTextView({
      open: (key) => {
        this.openKey = key;
        this.focusPanel = true;
        this.render();
      },
      add: (kind, text, start, end) => {
        const review = this.review();
        if (!review) return;
        const added = addFinding(review, kind, text, start, end);
        this.openKey = added.key;
        this.focusPanel = true;
        this.setReview(added.review);
      },
    });
    this.panel = new FindingPanel({
      change: (key, change) => this.setReview(changeFinding(this.review()!, key, change)),
      open: (key) => {
        this.openKey = key;
        this.focusPanel = true;
        this.render();
      },
      close: (key) => {
        this.openKey = null;
        this.render();
        this.textView.button(key)?.focus();
      },
      search: (kind, text, signal) => searchNodes(this.context.client, text, kind, signal),
      useAsPlace: (id) => this.setReview(changeEvent(this.review()!, { placeTerritoryId: id })),
      remove: (key) => {
        this.openKey = null;
        this.setReview(removeFinding(this.review()!, key));
      },
    });
    this.eventForm = new PressEventForm((fields) => this.setReview(changeEvent(this.review()!, fields)));
    this.result = new PressResultView(() => this.another());
    this.confirmButton.setAttribute('aria-describedby', this.blockers.id);
    const confirmSection = el(
      'section',
      { class: 'panel import-step', attrs: { 'aria-labelledby': this.confirmHeading.id, 'data-testid': 'press-confirm-step' } },
      this.confirmHeading,
      this.blockers,
      this.recordedNote,
      this.confirmButton,
      this.confirmStatus.element,
      this.confirmError.element,
      this.result.element,
    );
    this.editor.append(el('div', { class: 'press-reading' }, this.textView.element, this.panel.element), this.eventForm.element, confirmSection);
    this.element.append(this.title, this.intro, this.input.element, this.draftStatus.element, this.refusal, this.list.element, this.editor);
  }

  update(state: AppState): void {
    this.state = state;
    this.render();
  }

  private review(): PressReview | null {
    return this.current === null ? null : (this.entries[this.current]?.review ?? null);
  }

  private setReview(review: PressReview): void {
    if (this.current === null) return;
    const entry = this.entries[this.current]!;
    // A recorded draft stays recorded: its group's event is written, and editing this copy does not send it.
    this.entries[this.current] = { ...entry, review, status: entry.status === 'confirmed' ? 'drafted' : entry.status };
    if (this.outcome.status !== 'loading') this.outcome = { status: 'idle' };
    this.render();
  }

  private draftText(text: string, meta: ReleaseMeta): void {
    this.lastRequest = () => this.draftText(text, meta);
    void this.run([{ name: null, input: { text, ...this.metaInput(meta) } }], meta);
  }

  private draftFiles(files: ReleaseFile[], meta: ReleaseMeta): void {
    this.lastRequest = () => this.draftFiles(files, meta);
    void this.run(files.map((file) => ({ name: file.name, input: { file: file.dataUrl, fileName: file.name, ...this.metaInput(meta) } })), meta);
  }

  private metaInput(meta: ReleaseMeta): Partial<PressReleaseInput> {
    const input: Partial<PressReleaseInput> = {};
    if (meta.sourceUrl) input.sourceUrl = meta.sourceUrl;
    if (meta.publishedOn) input.publishedOn = meta.publishedOn;
    // No language hint: the interface's language says nothing about the release's, which the draft detects.
    return input;
  }

  private retryDraft(): void {
    this.lastRequest?.();
  }

  /** Drafts the releases one by one (each is a full read of the graph's names on the server), then opens the first. */
  private async run(requests: { name: string | null; input: PressReleaseInput }[], meta: ReleaseMeta): Promise<void> {
    const generation = ++this.generation;
    this.entries = requests.map((request) => ({ name: request.name, status: 'waiting', review: null, error: null }));
    this.groups = [];
    this.current = null;
    this.openKey = null;
    this.outcome = { status: 'idle' };
    this.draftError = null;
    this.drafting = true;
    this.render();
    for (const [index, request] of requests.entries()) {
      this.entries[index] = { ...this.entries[index]!, status: 'drafting' };
      this.render();
      try {
        const draft = await draftPressRelease(this.context.client, request.input);
        if (generation !== this.generation) return;
        const review = reviewFromDraft(draft, { sourceUrl: meta.sourceUrl, publishedOn: meta.publishedOn });
        this.entries[index] = { ...this.entries[index]!, status: 'drafted', review };
        if (this.current === null) this.openEntry(index);
        void this.loadNames(review);
      } catch (error) {
        if (generation !== this.generation || isAbort(error)) return;
        const i18n = translator(this.state?.lang ?? 'ru');
        this.entries[index] = { ...this.entries[index]!, status: 'failed', error: serverMessage(error, i18n) };
        if (requests.length === 1) this.draftError = error;
      }
      this.render();
    }
    this.drafting = false;
    this.groups = groupReviews(this.entries.map((entry) => entry.review));
    this.render();
  }

  /** Candidates come as ids: their names are asked for once per draft. */
  private async loadNames(review: PressReview): Promise<void> {
    const ids = review.findings.flatMap((finding) => [...(finding.id ? [finding.id] : []), ...finding.candidates.map((candidate) => candidate.id)]);
    if (review.event.placeTerritoryId) ids.push(review.event.placeTerritoryId);
    const missing = ids.filter((id) => !this.names.has(id));
    if (!missing.length) return;
    try {
      const found = await nodeNames(this.context.client, missing);
      this.names = new Map([...this.names, ...found]);
      this.render();
    } catch {
      // Only names for display: ids are shown instead.
    }
  }

  private openEntry(index: number): void {
    this.current = index;
    this.openKey = null;
    this.outcome = this.entries[index]?.status === 'confirmed' ? this.outcome : { status: 'idle' };
    this.render();
  }

  private confirm(): void {
    const review = this.review();
    if (!review || this.outcome.status === 'loading' || this.entries[this.current!]?.status === 'recorded') return;
    const { input } = confirmInput(review);
    if (!input) return;
    const index = this.current!;
    this.outcome = { status: 'loading' };
    this.attempts += 1;
    this.render();
    confirmPressRelease(this.context.client, input).then(
      (value) => {
        this.outcome = { status: 'ready', value };
        this.entries[index] = { ...this.entries[index]!, status: 'confirmed' };
        this.recordGroupWith(index, value.event);
        // The graph changed: views loaded before (events, network, map) must not show it as it was.
        this.context.cache.forgetAll();
        this.render();
      },
      (error: unknown) => {
        this.outcome = { status: 'error', error };
        this.render();
      },
    );
  }

  /** The other drafts of the confirmed draft's group describe the event just written: they are not sent. */
  private recordGroupWith(index: number, event: PressReleaseConfirmation['event']): void {
    const grouping = this.groups[index];
    if (!grouping || grouping.role === 'alone') return;
    const lead = grouping.role === 'lead' ? index : grouping.lead;
    const leadGrouping = this.groups[lead];
    const group = [lead, ...(leadGrouping?.role === 'lead' ? leadGrouping.members : [])];
    for (const other of group) {
      const entry = this.entries[other]!;
      if (other === index || entry.status === 'confirmed') continue;
      this.entries[other] = { ...entry, status: 'recorded', recordedWith: { event, from: this.entries[index]!.name } };
    }
  }

  private another(): void {
    this.generation += 1;
    this.entries = [];
    this.groups = [];
    this.current = null;
    this.openKey = null;
    this.outcome = { status: 'idle' };
    this.render();
  }

  private render(): void {
    const state = this.state;
    if (!state) return;
    const i18n = translator(state.lang);
    const t = TEXTS[state.lang];
    this.title.textContent = t('title');
    this.intro.textContent = t('intro');
    this.input.update(t, state.lang, this.drafting);
    const single = this.entries.length === 1 ? this.entries[0]! : null;
    const refused = this.draftError instanceof ApiError && this.draftError.kind === 'graphql' && this.draftError.code === 'BAD_USER_INPUT';
    this.draftStatus.show(
      single?.status === 'drafting' ? { kind: 'loading', text: t('drafting') } : this.draftError && !refused ? { kind: 'error', error: this.draftError } : { kind: 'none' },
      i18n,
    );
    const refusal = refused ? t('refused', { message: serverMessage(this.draftError, i18n) }) : '';
    if (this.refusal.textContent !== refusal) this.refusal.textContent = refusal;
    this.refusal.hidden = !refused;
    this.list.update({ t, i18n, names: state.names, entries: this.entries, groups: this.groups, current: this.current });

    const review = this.review();
    this.editor.hidden = !review;
    if (!review) {
      this.panel.update(null);
      return;
    }
    this.textView.update(t, review, t('eventFacts', { date: review.event.date ? i18n.formatDate(review.event.date) : t('noValue'), count: review.event.participantCount || t('noValue') }));
    const finding = this.openKey ? review.findings.find((candidate) => candidate.key === this.openKey) : undefined;
    this.panel.update(finding ? { t, i18n, names: state.names, review, finding, nodeNames: this.names } : null, this.focusPanel);
    this.focusPanel = false;
    const { cache, api } = this.context;
    const programmes = cache.get('programmes', () => api.programmes());
    this.eventForm.update({
      t,
      i18n,
      names: state.names,
      review,
      events: review.event.existingEventId !== null ? cache.get<EventSummary[]>('events', () => api.events()) : { status: 'ready', value: [] },
      phases: programmes.status === 'ready' ? programmes.value.flatMap((programme) => programme.phases) : [],
      nodeNames: this.names,
    });
    this.renderConfirm(state, i18n, t, review);
  }

  private renderConfirm(state: AppState, i18n: Translator, t: PressText, review: PressReview): void {
    const outcome = this.outcome;
    this.confirmHeading.textContent = t('stepConfirm');
    this.confirmButton.textContent = t('confirm');
    const { problems } = confirmInput(review);
    const key = JSON.stringify([state.lang, problems]);
    if (this.blockers.dataset.key !== key) {
      this.blockers.dataset.key = key;
      this.blockers.replaceChildren(...(problems.length ? [el('p', { text: t('blockedTitle') }), el('ul', {}, ...problems.map((problem) => el('li', { text: problemText(problem, t) })))] : []));
    }
    const recorded = this.current === null ? undefined : this.entries[this.current]?.recordedWith;
    const recordedText = recorded
      ? t('recordedNote', { name: recorded.from ?? '—', event: `${nameOf(recorded.event, state.names)} (${i18n.formatDate(recorded.event.date)})` })
      : '';
    if (this.recordedNote.textContent !== recordedText) this.recordedNote.textContent = recordedText;
    this.recordedNote.hidden = !recorded;
    this.blockers.hidden = !problems.length || outcome.status === 'ready' || !!recorded;
    this.confirmButton.hidden = outcome.status === 'ready' || !!recorded;
    this.confirmButton.disabled = problems.length > 0 || outcome.status === 'loading';
    // Nothing may change under a confirmation in flight: what is written is what was shown.
    for (const part of [this.input.element, this.textView.element, this.panel.element, this.eventForm.element, this.list.element]) part.inert = outcome.status === 'loading';
    this.confirmStatus.show(outcome.status === 'loading' ? { kind: 'loading', text: t('confirming') } : { kind: 'none' }, i18n);
    this.confirmError.show(outcome.status === 'error' ? `${state.lang}|${this.attempts}` : '', () =>
      outcome.status === 'error' ? [t('confirmFailed', { message: serverMessage(outcome.error, i18n) }), t('confirmFailedAgain')] : [],
    );
    this.result.element.hidden = outcome.status !== 'ready';
    if (outcome.status === 'ready') {
      const id = outcome.value.event.id;
      this.result.update({ t, i18n, names: state.names, result: outcome.value, eventHref: serializeState({ ...state, view: 'events', event: id, node: id }) });
    }
  }
}
