/**
 * The header's account area: "Sign in" when anonymous; for a signed-in person their name with sign out, sign
 * out everywhere and (admins) the users dialog; for a sign-in link's token, "Sign out" forgets the token.
 */
import type { GraphQLClient } from '../api/client.js';
import type { Session } from '../api/session.js';
import { browserTokenStore, forgetToken } from '../api/token.js';
import { translator, type Lang } from '../i18n.js';
import { el } from '../ui/dom.js';
import './account.css';
import { accountApi } from './account-api.js';
import { accountText } from './account-text.js';
import { openSignIn } from './sign-in-dialog.js';
import { openUsers } from './users-dialog.js';

export class AccountMenu {
  readonly element = el('div', { class: 'account-menu', attrs: { 'data-testid': 'account-menu' } });
  private session: Session | null = null;
  private lang: Lang = 'ru';

  constructor(private readonly client: GraphQLClient, private readonly hasToken: boolean, session: Promise<Session>) {
    session.then((value) => {
      this.session = value;
      this.render();
    }, () => this.render());
  }

  update(lang: Lang): void {
    if (lang === this.lang && this.element.childElementCount) return;
    this.lang = lang;
    this.render();
  }

  private button(text: string, testid: string, click: () => void): HTMLButtonElement {
    return el('button', { class: 'switch-button', attrs: { type: 'button', 'data-testid': testid }, text, on: { click } });
  }

  private render(): void {
    const t = accountText(this.lang);
    const session = this.session;
    if (this.hasToken) {
      this.element.replaceChildren(this.button(t('signOut'), 'sign-out', () => {
        forgetToken(browserTokenStore());
        window.location.reload();
      }));
      return;
    }
    if (!session?.authenticated) {
      this.element.replaceChildren(this.button(t('signIn'), 'sign-in', () => void openSignIn(this.lang)));
      return;
    }
    const menu: HTMLDetailsElement = el('details', { class: 'account-details' },
      el('summary', { class: 'switch-button', attrs: { 'data-testid': 'account-name', 'aria-label': t('accountMenu', { name: session.name ?? session.id }) }, text: session.name ?? session.id }),
      el('div', { class: 'account-popup' },
        el('p', { class: 'account-note', text: `${session.id} · ${t('roleIs', { role: session.role ? t(`role${session.role}`) : '' })}` }),
        session.capabilities.includes('admin') ? this.button(t('users'), 'open-users', () => {
          // The menu closes once a choice is made, so it is closed again when the dialog ends.
          menu.open = false;
          openUsers(this.client, translator(this.lang));
        }) : null,
        this.button(t('signOut'), 'sign-out', async () => {
          await accountApi.signOut().catch(() => undefined);
          window.location.reload();
        }),
        this.button(t('signOutEverywhere'), 'sign-out-everywhere', async () => {
          await accountApi.signOutEverywhere().catch(() => undefined);
          window.location.reload();
        })));
    this.element.replaceChildren(menu);
  }
}
