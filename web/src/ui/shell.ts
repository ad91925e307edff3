/** The page frame: title, the view tabs, and the two language switches (interface, names). */
import { LANGS, translator, type Lang, type TextKey } from '../i18n.js';
import { VIEWS, type AppState, type ViewName } from '../url-state.js';
import { el, uid } from './dom.js';

const TAB_TEXT: Record<ViewName, TextKey> = { network: 'tabNetwork', events: 'tabEvents', map: 'tabMap', analysis: 'tabAnalysis', import: 'tabImport' };

export interface ShellActions {
  showView(view: ViewName): void;
  setLang(lang: Lang): void;
  setNames(names: Lang): void;
  /** The account area (sign in, the signed-in person's menu), updated with the interface language. */
  account: { element: HTMLElement; update(lang: Lang): void };
}

export class Shell {
  readonly element: HTMLElement;
  readonly panels: Record<ViewName, HTMLElement>;
  private readonly title = el('h1', { class: 'brand-title' });
  private readonly subtitle = el('p', { class: 'brand-subtitle' });
  private readonly tabs: Record<ViewName, HTMLButtonElement>;
  private readonly tabList = el('div', { class: 'tabs', attrs: { role: 'tablist' } });
  private readonly langGroup: ToggleGroup;
  private readonly namesGroup: ToggleGroup;
  private readonly account: ShellActions['account'];

  constructor(actions: ShellActions) {
    const tabs = {} as Record<ViewName, HTMLButtonElement>;
    const panels = {} as Record<ViewName, HTMLElement>;
    for (const view of VIEWS) {
      const tab = el('button', {
        class: 'tab',
        attrs: { type: 'button', role: 'tab', id: `tab-${view}`, 'aria-controls': `panel-${view}`, 'data-view': view },
        on: {
          click: () => actions.showView(view),
          keydown: (event) => {
            const index = VIEWS.indexOf(view);
            const next = event.key === 'ArrowRight' ? VIEWS[(index + 1) % VIEWS.length] : event.key === 'ArrowLeft' ? VIEWS[(index + VIEWS.length - 1) % VIEWS.length] : undefined;
            if (!next) return;
            event.preventDefault();
            actions.showView(next);
            tabs[next].focus();
          },
        },
      });
      tabs[view] = tab;
      this.tabList.append(tab);
      panels[view] = el('div', { class: `view view-${view}`, attrs: { role: 'tabpanel', id: `panel-${view}`, 'aria-labelledby': `tab-${view}`, hidden: true } });
    }
    this.tabs = tabs;
    this.panels = panels;
    this.langGroup = new ToggleGroup((lang) => actions.setLang(lang));
    this.namesGroup = new ToggleGroup((names) => actions.setNames(names));
    this.account = actions.account;
    this.element = el(
      'div',
      { class: 'app' },
      el(
        'header',
        { class: 'app-header' },
        el('div', { class: 'brand' }, el('span', { class: 'brand-mark', attrs: { 'aria-hidden': 'true' } }), el('div', {}, this.title, this.subtitle)),
        el('nav', { class: 'tabs-nav' }, this.tabList),
        el('div', { class: 'switches' }, this.langGroup.element, this.namesGroup.element, this.account.element),
      ),
      el('main', { class: 'app-main', attrs: { id: 'main' } }, ...VIEWS.map((view) => panels[view])),
    );
  }

  update(state: AppState): void {
    const i18n = translator(state.lang);
    document.documentElement.lang = state.lang;
    document.title = `${i18n.t(TAB_TEXT[state.view])} — ${i18n.t('appTitle')}`;
    this.title.textContent = i18n.t('appTitle');
    this.subtitle.textContent = i18n.t('appSubtitle');
    this.tabList.setAttribute('aria-label', i18n.t('views'));
    for (const view of VIEWS) {
      const active = view === state.view;
      this.tabs[view].textContent = i18n.t(TAB_TEXT[view]);
      this.tabs[view].setAttribute('aria-selected', active ? 'true' : 'false');
      this.tabs[view].tabIndex = active ? 0 : -1;
      this.panels[view].hidden = !active;
    }
    this.account.update(state.lang);
    this.langGroup.update(i18n.t('interfaceLanguage'), state.lang, i18n);
    this.namesGroup.update(i18n.t('namesLanguage'), state.names, i18n);
  }
}

/** Two buttons, RU and EN, with `aria-pressed` on the chosen one. */
class ToggleGroup {
  readonly element: HTMLElement;
  private readonly label = el('span', { class: 'switch-label', attrs: { id: uid('switch') } });
  private readonly buttons: Record<Lang, HTMLButtonElement>;

  constructor(choose: (lang: Lang) => void) {
    const buttons = {} as Record<Lang, HTMLButtonElement>;
    for (const lang of LANGS) buttons[lang] = el('button', { class: 'switch-button', attrs: { type: 'button', 'data-lang': lang }, on: { click: () => choose(lang) } });
    this.buttons = buttons;
    this.element = el('div', { class: 'switch', attrs: { role: 'group', 'aria-labelledby': this.label.id } }, this.label, ...LANGS.map((lang) => buttons[lang]));
  }

  update(label: string, value: Lang, i18n: ReturnType<typeof translator>): void {
    this.label.textContent = label;
    for (const lang of LANGS) {
      const button = this.buttons[lang];
      button.textContent = lang === 'ru' ? i18n.t('langRu') : i18n.t('langEn');
      // The visible text comes first in the name (WCAG 2.5.3, label in name).
      button.setAttribute('aria-label', `${button.textContent} — ${label}: ${lang === 'ru' ? i18n.t('langRuFull') : i18n.t('langEnFull')}`);
      button.setAttribute('aria-pressed', lang === value ? 'true' : 'false');
    }
  }
}
