/** The import view: attendance-sheet upload, column mapping, dry run and confirm (editor role). */
import './import.css';
import type { AppContext, Page } from '../app-context.js';
import { ApiError, isAbort } from '../api/client.js';
import type { EventSummary } from '../api/queries.js';
import { may, type Session } from '../api/session.js';
import { translator, type Translator } from '../i18n.js';
import { el, uid } from '../ui/dom.js';
import { LOADING, type Loadable } from '../ui/resource.js';
import { errorMessage, RebuiltAlert, StatusBox } from '../ui/status.js';
import { serializeState, type AppState } from '../url-state.js';
import { accessNote } from './access-note.js';
import { DryRunTable } from './dry-run-table.js';
import { EventStep } from './event-step.js';
import { FileStep } from './file-step.js';
import { prefillDraft, titleProbeInput } from './event-from-sheet.js';
import { confirmImport, previewImport, readSheetTitle, type ImportPreview, type ImportResult } from './import-api.js';
import { applyChange, buildInput, confirmBlocker, INITIAL_INPUTS, readiness, rememberCandidates, type InputChange, type WizardInputs } from './import-model.js';
import { ImportResultView } from './import-result.js';
import { importTexts, type ImportText } from './import-text.js';
import { MappingStep } from './mapping-step.js';
import { PressPath } from '../press/press-page.js';
import { pressTexts } from '../press/press-text.js';
import { SourceSwitch, type ImportSource } from '../press/source-switch.js';

/** A request's progress; `last` keeps the previous answer on screen while a new one is asked for. */
type Run<T> = { status: 'idle' } | { status: 'loading'; last: T | null } | { status: 'ready'; value: T } | { status: 'error'; error: unknown; last: T | null };

const TEXTS: Record<'ru' | 'en', ImportText> = { ru: importTexts('ru'), en: importTexts('en') };
const PRESS_TEXTS = { ru: pressTexts('ru'), en: pressTexts('en') };
/** Errors that are about the input: the server's message says what to fix, and retrying the same input cannot help. */
const INPUT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);

/** Alerts are announced when their text changes, so unchanged text is left alone. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

const shown = <T>(run: Run<T>): T | null => (run.status === 'ready' ? run.value : run.status === 'idle' ? null : run.last);

/** The server's own words for a refused request; the page's explanation for anything else (network, sign-in). */
function serverMessage(error: unknown, i18n: Translator): string {
  if (error instanceof ApiError && error.kind === 'graphql' && error.code !== 'UNAUTHENTICATED' && error.code !== 'FORBIDDEN') return error.message;
  return errorMessage(error, i18n);
}

export class ImportPage implements Page {
  readonly element = el('section', { class: 'import', attrs: { 'data-testid': 'import-view' } });
  private readonly title = el('h2', { class: 'import-title' });
  private readonly intro = el('p', { class: 'import-intro' });
  private readonly accessStatus = new StatusBox(() => this.askSession());
  private readonly access = el('div');
  private readonly steps = el('div', { class: 'import-steps' });
  private readonly eventStep: EventStep;
  private readonly fileStep: FileStep;
  private readonly mappingStep: MappingStep;
  private readonly dryRun: DryRunTable;
  private readonly dryRunHeading = el('h3', { class: 'panel-title', attrs: { id: uid('dry-run') } });
  private readonly dryRunWaiting = el('p', { class: 'empty' });
  private readonly dryRunStatus = new StatusBox(() => this.runPreview());
  private readonly refusal = el('p', { class: 'status status-error', attrs: { role: 'alert', hidden: true, 'data-testid': 'import-refusal' } });
  private readonly staleNote = el('p', { class: 'note', attrs: { hidden: true } });
  private readonly dryRunSection: HTMLElement;
  private readonly confirmHeading = el('h3', { class: 'panel-title', attrs: { id: uid('confirm') } });
  private readonly blocker = el('p', { class: 'hint', attrs: { id: uid('blocker'), 'aria-live': 'polite', 'data-testid': 'confirm-blocker' } });
  private readonly confirmButton = el('button', { class: 'button primary', attrs: { type: 'button', 'data-testid': 'confirm-import' }, on: { click: () => this.confirm() } });
  private readonly confirmStatus = new StatusBox(() => this.confirm());
  private readonly confirmError = new RebuiltAlert('confirm-error');
  private readonly result: ImportResultView;
  /** The press-release path beside the attendance sheet (issue 13), made when first chosen. */
  private readonly sourceSwitch = new SourceSwitch((source) => {
    this.source = source;
    this.render();
  });
  private source: ImportSource = 'sheet';
  private press: PressPath | null = null;

  private state: AppState | null = null;
  private session: Loadable<Session> | null = null;
  private accessKey = '';
  private inputs: WizardInputs = INITIAL_INPUTS;
  private fileError: string | null = null;
  private preview: Run<ImportPreview> = { status: 'idle' };
  private outcome: Run<ImportResult> = { status: 'idle' };
  /** The confirmed import whose result was last scrolled into view. */
  private revealedResult: ImportResult | null = null;
  private previewRequest: AbortController | null = null;
  /** The file, worksheet and header row whose title lines were read for the new event, and the lines filled in from. */
  private titleRead = '';
  private titlePrefilled = '';
  private filledFromLines: number[] | null = null;
  private attempts = 0;

  constructor(private readonly context: AppContext) {
    const change = (input: InputChange) => this.change(input);
    this.eventStep = new EventStep((event) => change({ type: 'event', event }), () => context.cache.retryFailed());
    this.fileStep = new FileStep({
      file: (file) => {
        this.fileError = null;
        change({ type: 'file', file });
      },
      fileError: (message) => {
        this.fileError = message;
        this.render();
      },
      sheet: (sheet) => change({ type: 'sheet', sheet }),
      headerRow: (headerRow) => change({ type: 'headerRow', headerRow }),
    });
    this.mappingStep = new MappingStep({ field: (columns, index, field) => change({ type: 'field', columns, index, field }), useGuesses: () => change({ type: 'guessedMapping' }) });
    this.dryRun = new DryRunTable((row, target, choice) => change({ type: 'choice', row, target, choice }));
    this.result = new ImportResultView(() => change({ type: 'anotherSheet' }));
    this.confirmButton.setAttribute('aria-describedby', this.blocker.id);
    this.dryRunSection = el(
      'section',
      { class: 'panel import-step', attrs: { 'aria-labelledby': this.dryRunHeading.id } },
      this.dryRunHeading,
      this.dryRunWaiting,
      this.dryRunStatus.element,
      this.refusal,
      this.staleNote,
      this.dryRun.element,
    );
    const confirmSection = el(
      'section',
      { class: 'panel import-step', attrs: { 'aria-labelledby': this.confirmHeading.id, 'data-testid': 'confirm-step' } },
      this.confirmHeading,
      this.blocker,
      this.confirmButton,
      this.confirmStatus.element,
      this.confirmError.element,
      this.result.element,
    );
    this.steps.append(this.eventStep.element, this.fileStep.element, this.mappingStep.element, this.dryRunSection, confirmSection);
    this.steps.hidden = true;
    this.sourceSwitch.element.hidden = true;
    this.element.append(this.title, this.intro, this.accessStatus.element, this.access, this.sourceSwitch.element, this.steps);
  }

  update(state: AppState): void {
    const languageChanged = this.state !== null && this.state.lang !== state.lang;
    this.state = state;
    // The server words the dry run's messages in the interface's language: ask again in the new one.
    if (languageChanged && this.preview.status !== 'idle') this.runPreview();
    if (!this.session) this.askSession();
    this.render();
  }

  destroy(): void {
    this.previewRequest?.abort();
  }

  private askSession(): void {
    this.session = LOADING;
    this.context.session().then(
      (session) => this.settleSession({ status: 'ready', value: session }),
      (error: unknown) => this.settleSession({ status: 'error', error }),
    );
    this.render();
  }

  private settleSession(session: Loadable<Session>): void {
    this.session = session;
    this.render();
  }

  /** Every change of what the user gave: the result of an earlier confirm no longer applies, and the dry run runs again. */
  private change(change: InputChange): void {
    this.inputs = applyChange(this.inputs, change);
    this.outcome = { status: 'idle' };
    if (change.type === 'file' || change.type === 'anotherSheet') this.filledFromLines = null;
    // Another file, worksheet or header row: the previous table describes other rows, so it goes at once.
    if (change.type === 'file' || change.type === 'sheet' || change.type === 'headerRow' || change.type === 'anotherSheet') this.preview = { status: 'idle' };
    this.runPreview();
  }

  private runPreview(): void {
    this.previewRequest?.abort();
    this.previewRequest = null;
    const input = buildInput(this.inputs, this.state?.lang);
    if (!input) {
      this.preview = { status: 'idle' };
      this.render();
      this.readTitleLines();
      return;
    }
    const request = new AbortController();
    this.previewRequest = request;
    this.preview = { status: 'loading', last: shown(this.preview) };
    this.render();
    previewImport(this.context.client, input, request.signal).then(
      (value) => {
        if (this.previewRequest !== request) return;
        this.preview = { status: 'ready', value };
        this.inputs = rememberCandidates(this.inputs, value);
        if (this.prefill(value.titleSuggestion ?? null)) return;
        this.render();
      },
      (error: unknown) => {
        if (isAbort(error) || this.previewRequest !== request) return;
        this.preview = { status: 'error', error, last: shown(this.preview) };
        this.render();
      },
    );
  }

  /**
   * A new event not yet complete and a sheet chosen: its title lines are read once (per file, worksheet and header
   * row) so that the event's name, date and place can be filled in from them.
   */
  private readTitleLines(): void {
    const { inputs } = this;
    const key = this.sheetKey();
    const probe = titleProbeInput(inputs, new Date().toISOString().slice(0, 10));
    if (!probe || key === this.titleRead) return;
    this.titleRead = key;
    const request = new AbortController();
    this.previewRequest = request;
    readSheetTitle(this.context.client, probe, request.signal).then(
      (suggestion) => {
        if (this.previewRequest === request) this.prefill(suggestion);
      },
      // Only a convenience: the sheet is checked, with its errors shown, once the event is complete.
      () => undefined,
    );
  }

  private sheetKey(): string {
    const { file, sheet, headerRow } = this.inputs;
    return JSON.stringify([file?.name, file?.size, sheet, headerRow]);
  }

  /**
   * Fills the new event's empty fields from the title lines, once per sheet (a field the user empties afterwards
   * stays empty); true when that changed the event (and a new check runs).
   */
  private prefill(suggestion: ImportPreview['titleSuggestion']): boolean {
    if (this.inputs.event.mode !== 'new' || this.titlePrefilled === this.sheetKey()) return false;
    if (!suggestion) return false;
    this.titlePrefilled = this.sheetKey();
    const draft = prefillDraft(this.inputs.event.draft, suggestion);
    if (!draft) return false;
    this.filledFromLines = suggestion?.lines ?? null;
    this.change({ type: 'event', event: { mode: 'new', draft } });
    return true;
  }

  private confirm(): void {
    const input = buildInput(this.inputs, this.state?.lang);
    if (!input || this.outcome.status === 'loading') return;
    this.outcome = { status: 'loading', last: null };
    this.attempts += 1;
    this.render();
    confirmImport(this.context.client, input).then(
      (value) => {
        this.outcome = { status: 'ready', value };
        // The graph changed: views loaded before (events, network, map) must not show it as it was.
        this.context.cache.forgetAll();
        this.render();
      },
      (error: unknown) => {
        this.outcome = { status: 'error', error, last: null };
        this.render();
      },
    );
  }

  private render(): void {
    const state = this.state;
    if (!state) return;
    const i18n = translator(state.lang);
    const t = TEXTS[state.lang];
    this.title.textContent = t('title');
    this.intro.textContent = t('intro');

    const session = this.session ?? LOADING;
    if (session.status !== 'ready') {
      this.accessStatus.show(session.status === 'loading' ? { kind: 'loading', text: t('checkingAccess') } : { kind: 'error', error: session.error }, i18n);
      this.steps.hidden = true;
      return;
    }
    this.accessStatus.show({ kind: 'none' }, i18n);
    const allowed = may(session.value, 'write');
    const accessKey = allowed ? 'allowed' : `denied|${state.lang}|${session.value.id}`;
    if (accessKey !== this.accessKey) {
      this.accessKey = accessKey;
      this.access.replaceChildren(...(allowed ? [] : [accessNote(t, session.value)]));
    }
    this.sourceSwitch.element.hidden = !allowed;
    this.sourceSwitch.update(PRESS_TEXTS[state.lang], this.source);
    const press = allowed && this.source === 'press';
    if (press && !this.press) this.element.append((this.press = new PressPath(this.context)).element);
    if (this.press) this.press.element.hidden = !press;
    this.title.hidden = press;
    this.intro.hidden = press;
    this.steps.hidden = !allowed || press;
    if (press) this.press!.update(state);
    else if (allowed) this.renderWizard(state, i18n, t);
  }

  private renderWizard(state: AppState, i18n: Translator, t: ImportText): void {
    const { cache, api } = this.context;
    const { inputs } = this;
    const programmes = cache.get('programmes', () => api.programmes());
    this.eventStep.update({
      t,
      i18n,
      names: state.names,
      events: cache.get<EventSummary[]>('events', () => api.events()),
      phases: programmes.status === 'ready' ? programmes.value.flatMap((programme) => programme.phases) : [],
      choice: inputs.event,
      filledFromLines: inputs.event.mode === 'new' ? this.filledFromLines : null,
    });
    const preview = shown(this.preview);
    this.fileStep.update({ t, lang: state.lang, file: inputs.file, fileError: this.fileError, preview, sheet: inputs.sheet, headerRow: inputs.headerRow });

    if (!preview) this.mappingStep.waiting(t);
    else this.mappingStep.update({ t, lang: state.lang, columns: preview.columns, problems: preview.problems, mapped: inputs.mapping !== null });

    this.dryRunHeading.textContent = t('stepDryRun');
    const waiting = readiness(inputs);
    this.dryRunWaiting.textContent = waiting === 'no-event' ? t('waitingEvent') : waiting === 'event-incomplete' ? t('waitingEventDetails') : waiting === 'no-file' ? t('waitingFile') : '';
    this.dryRunWaiting.hidden = waiting === 'ready';
    const run = this.preview;
    const refused = run.status === 'error' && run.error instanceof ApiError && INPUT_CODES.has(run.error.code ?? '');
    this.dryRunStatus.show(run.status === 'loading' ? { kind: 'loading', text: t('checking') } : run.status === 'error' && !refused ? { kind: 'error', error: run.error } : { kind: 'none' }, i18n);
    this.refusal.hidden = !refused;
    setText(this.refusal, refused ? t('refused', { message: serverMessage(run.error, i18n) }) : '');
    this.staleNote.hidden = !(run.status === 'error' && run.last);
    this.staleNote.textContent = t('outOfDate');
    this.dryRun.element.hidden = !preview || preview.problems.length > 0;
    this.dryRun.element.setAttribute('aria-busy', run.status === 'loading' ? 'true' : 'false');
    if (preview) this.dryRun.update({ t, i18n, preview, newEventMode: inputs.event.mode === 'new', done: this.outcome.status === 'ready', choices: inputs.choices, candidates: inputs.candidates });

    this.renderConfirm(state, i18n, t, preview);
  }

  private renderConfirm(state: AppState, i18n: Translator, t: ImportText, preview: ImportPreview | null): void {
    const outcome = this.outcome;
    this.confirmHeading.textContent = t('stepConfirm');
    this.confirmButton.textContent = t('confirm');
    const blocker = confirmBlocker(preview, this.preview.status === 'ready');
    this.blocker.textContent =
      blocker === 'waiting' ? t('blockedWaiting')
      : blocker === 'problems' ? t('blockedProblems')
      : blocker === 'invalid' ? t('blockedInvalid')
      : blocker === 'choices' ? t('blockedChoices', { count: i18n.formatNumber(preview?.summary.ambiguous ?? 0) })
      : '';
    this.blocker.hidden = blocker === null || outcome.status === 'ready';
    this.confirmButton.hidden = outcome.status === 'ready';
    this.confirmButton.disabled = blocker !== null || outcome.status === 'loading';
    // Nothing may change under a confirmation in flight: what is written is what was shown.
    this.steps.querySelectorAll<HTMLElement>('.import-step:not([data-testid="confirm-step"])').forEach((step) => (step.inert = outcome.status === 'loading'));
    this.confirmStatus.show(outcome.status === 'loading' ? { kind: 'loading', text: t('confirming') } : { kind: 'none' }, i18n);
    this.confirmError.show(outcome.status === 'error' ? `${state.lang}|${this.attempts}` : '', () =>
      outcome.status === 'error' ? [t('confirmFailed', { message: serverMessage(outcome.error, i18n) }), t('confirmFailedAgain')] : [],
    );
    this.result.element.hidden = outcome.status !== 'ready';
    if (outcome.status === 'ready') {
      const id = outcome.value.event.id;
      this.result.update({ t, i18n, names: state.names, result: outcome.value, eventHref: serializeState({ ...state, view: 'events', event: id, node: id }) });
      // The result appears below a long table: bring it into view once, when it arrives.
      if (this.revealedResult !== outcome.value) {
        this.revealedResult = outcome.value;
        const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        requestAnimationFrame(() => this.result.element.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' }));
      }
    }
  }
}
