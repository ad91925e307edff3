/** Opened by a one-time link (`?account=…`): the first admin, an invited person or a reset sets a password. */
import type { Lang } from '../i18n.js';
import { browserTokenStore, forgetToken } from '../api/token.js';
import { el } from '../ui/dom.js';
import { accountApi, type LinkDescription } from './account-api.js';
import { accountText } from './account-text.js';
import { field, openDialog } from './form-field.js';
import { refusalText } from './sign-in-dialog.js';

/** The address without the link, so a reload or a copied address never carries it. */
function addressWithoutLink(): string {
  const params = new URLSearchParams(window.location.search);
  params.delete('account');
  const search = params.toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}`;
}

export async function openSetPassword(token: string, lang: Lang): Promise<void> {
  const t = accountText(lang);
  window.history.replaceState(null, '', addressWithoutLink());
  let link: LinkDescription;
  try {
    link = await accountApi.describeLink(token);
  } catch (error) {
    const { close } = openDialog(t('signIn'), el('p', { class: 'account-problem', attrs: { role: 'alert', 'data-testid': 'link-problem' }, text: refusalText(error, lang) }));
    const button = el('button', { class: 'button', attrs: { type: 'button' }, text: t('close'), on: { click: () => close() } });
    document.querySelector('.account-dialog')?.append(button);
    return;
  }
  const first = link.purpose === 'FIRST_ADMIN';
  const email = link.account?.email ?? '';
  const title = first ? t('welcomeFirst') : link.purpose === 'INVITATION' ? t('welcomeInvite', { name: link.account?.name ?? '' }) : t('welcomeReset', { email });
  const text = first ? t('welcomeFirstText') : link.purpose === 'INVITATION' ? t('welcomeInviteText', { email }) : t('welcomeResetText');
  const name = first ? field(t('name'), { type: 'text', autocomplete: 'name', required: true, 'data-testid': 'account-name' }) : null;
  const emailField = first ? field(t('email'), { type: 'email', autocomplete: 'username', required: true, 'data-testid': 'account-email' }) : null;
  const password = field(t('password'), { type: 'password', autocomplete: 'new-password', required: true, minlength: '10', 'data-testid': 'new-password' });
  const repeat = field(t('repeatPassword'), { type: 'password', autocomplete: 'new-password', required: true, 'data-testid': 'repeat-password' });
  const problem = el('p', { class: 'account-problem', attrs: { role: 'alert', 'data-testid': 'set-password-problem' } });
  const submit = el('button', { class: 'button primary', attrs: { type: 'submit', 'data-testid': 'set-password-submit' }, text: t('setPassword') });
  const form = el('form', { class: 'account-form' }, el('p', { text }), name?.row, emailField?.row, password.row, repeat.row, el('p', { class: 'account-note', text: t('passwordRule') }), problem, el('div', { class: 'account-actions' }, submit));
  openDialog(title, form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    problem.textContent = '';
    if (password.input.value !== repeat.input.value) {
      problem.textContent = t('passwordsDiffer');
      return;
    }
    submit.disabled = true;
    try {
      await accountApi.setPassword({ link: token, password: password.input.value, ...(first ? { name: name!.input.value, email: emailField!.input.value } : {}) });
      forgetToken(browserTokenStore());
      window.location.assign(addressWithoutLink());
    } catch (error) {
      problem.textContent = refusalText(error, lang);
    } finally {
      submit.disabled = false;
    }
  });
}
