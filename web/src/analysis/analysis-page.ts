/**
 * The analysis view: named analyses and the read-only Cypher console, for the analyst and admin roles. Other
 * callers get a notice saying how to sign in instead, and no request the server would refuse is sent.
 */
import type { AppContext, Page } from '../app-context.js';
import { may, type Session } from '../api/session.js';
import { translator, type Translator } from '../i18n.js';
import { el, uid } from '../ui/dom.js';
import { StatusBox, type StatusState } from '../ui/status.js';
import type { AppState } from '../url-state.js';
import { AnalysesPanel } from './analyses-panel.js';
import { fetchAnalyses, fetchGraphSchema } from './analysis-api.js';
import { SchemaPanel } from './schema-panel.js';
import { parameterChoices } from './parameter-choices.js';
import { analysisText } from './analysis-text.js';
import { CypherConsole } from './cypher-console.js';
import './analysis.css';

export class AnalysisPage implements Page {
  readonly element = el('div', { class: 'analysis-view', attrs: { 'data-testid': 'analysis-view' } });
  private readonly status: StatusBox;
  private readonly noticeTitle = el('h2', { class: 'panel-title', attrs: { id: uid('role-title') } });
  private readonly notice = el('section', { class: 'panel role-notice', attrs: { hidden: true, 'aria-labelledby': this.noticeTitle.id, 'data-testid': 'role-notice' } });
  private noticeKey = '';
  private tools: { analyses: AnalysesPanel; console: CypherConsole; schema: SchemaPanel } | null = null;
  private readerSchema: SchemaPanel | null = null;

  constructor(private readonly context: AppContext) {
    this.status = new StatusBox(() => context.cache.retryFailed());
    this.element.append(this.status.element, this.notice);
  }

  update(state: AppState): void {
    const { cache, client } = this.context;
    const i18n = translator(state.lang);
    const session = cache.get('session', () => this.context.session());
    let status: StatusState = { kind: 'none' };
    if (session.status === 'loading') status = { kind: 'loading' };
    else if (session.status === 'error') status = { kind: 'error', error: session.error };
    this.status.show(status, i18n);
    if (session.status !== 'ready') return;

    const allowed = may(session.value, 'analyse');
    this.notice.hidden = allowed;
    const schema = cache.get('graph-schema', () => fetchGraphSchema(client));
    if (!allowed) {
      this.renderNotice(session.value, i18n);
      // Readers see what the graph holds too (names and counts), without a console to put names into.
      if (may(session.value, 'read')) {
        this.readerSchema ??= new SchemaPanel(null);
        if (!this.readerSchema.element.isConnected) this.element.append(this.readerSchema.element);
        this.readerSchema.update(schema, i18n);
      }
      return;
    }
    const tools = (this.tools ??= this.createTools());
    tools.analyses.update({ i18n, names: state.names, analyses: cache.get('analyses', () => fetchAnalyses(client)) });
    tools.console.schema = schema.status === 'ready' ? schema.value : null;
    tools.console.update(i18n, state.names);
    tools.schema.update(schema, i18n);
  }

  destroy(): void {
    this.tools?.analyses.destroy();
    this.element.remove();
  }

  private createTools(): { analyses: AnalysesPanel; console: CypherConsole; schema: SchemaPanel } {
    const { context } = this;
    const select = (id: string) => context.navigate({ node: id, view: 'network' }, 'push');
    const analyses = new AnalysesPanel({
      client: context.client,
      search: (text, signal) => context.api.search(text, signal),
      choices: (refersTo) => parameterChoices(context.api, refersTo),
      select,
      retryList: () => context.cache.retryFailed(),
    });
    const cypher = new CypherConsole(context.client, select);
    const schema = new SchemaPanel((text) => cypher.insertAtCursor(text));
    this.element.append(analyses.element, cypher.element, schema.element);
    return { analyses, console: cypher, schema };
  }

  private renderNotice(session: Session, i18n: Translator): void {
    const key = `${i18n.lang}|${session.id}|${session.role}|${session.authenticated}`;
    if (key === this.noticeKey) return;
    this.noticeKey = key;
    const t = analysisText(i18n.lang);
    this.noticeTitle.textContent = t('pageTitle');
    const who = session.authenticated ? t('signedInAs', { id: session.id, role: (session.role ?? '—').toLowerCase() }) : t('anonymous');
    // The command goes in a <code> element inside the sentence, in either language.
    const [before = '', after = ''] = t('howToSignIn').split('{command}');
    this.notice.replaceChildren(
      this.noticeTitle,
      el('p', { class: 'role-need', text: t('needRole') }),
      el('p', { text: who }),
      el('p', {}, before, el('code', { text: t('tokenCommand') }), after),
    );
  }
}
