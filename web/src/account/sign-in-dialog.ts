/** Password sign-in (and, in development, one-click sign-in as each role). Success reloads the page signed in. */
import type { Lang } from '../i18n.js';
import { forgetToken, browserTokenStore } from '../api/token.js';
import { el } from '../ui/dom.js';
import { AccountError, accountApi } from './account-api.js';
import { accountText } from './account-text.js';
import { field, openDialog } from './form-field.js';

/** The server's account refusals carry both languages, English first ("… / …"): the reader's half. */
export function readerHalf(message: string, lang: Lang): string {
  const [english, russian] = message.split(' / ');
  return (lang === 'ru' ? russian : english) ?? message;
}

export function refusalText(error: unknown, lang: Lang): string {
  const t = accountText(lang);
  if (error instanceof AccountError) {
    if (error.code === 'RATE_LIMITED') return t('rateLimited', { seconds: error.retryAfterSeconds ?? 60 });
    if (error.code === 'UNAUTHENTICATED') return t('wrongCredentials');
    if (error.code === 'LINK_INVALID') return t('linkInvalid');
    return readerHalf(error.message, lang);
  }
  return error instanceof Error ? error.message : String(error);
}

export async function openSignIn(lang: Lang, reload: () => void = () => window.location.reload()): Promise<void> {
  const t = accountText(lang);
  const email = field(t('email'), { type: 'email', name: 'email', autocomplete: 'username', required: true, 'data-testid': 'sign-in-email' });
  const password = field(t('password'), { type: 'password', name: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'sign-in-password' });
  const problem = el('p', { class: 'account-problem', attrs: { role: 'alert', 'data-testid': 'sign-in-problem' } });
  const submit = el('button', { class: 'button primary', attrs: { type: 'submit', 'data-testid': 'sign-in-submit' }, text: t('submitSignIn') });
  const cancel = el('button', { class: 'button', attrs: { type: 'button' }, text: t('cancel') });
  const form = el('form', { class: 'account-form' }, email.row, password.row, problem, el('div', { class: 'account-actions' }, submit, cancel), el('p', { class: 'account-note', text: t('forgot') }));
  const tryRow = el('div', { class: 'account-try' });
  const { close } = openDialog(t('signInTitle'), form, tryRow);
  cancel.addEventListener('click', close);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    problem.textContent = '';
    try {
      await accountApi.signIn(email.input.value, password.input.value);
      // A token kept from a sign-in link would win over the session: drop it.
      forgetToken(browserTokenStore());
      reload();
    } catch (error) {
      problem.textContent = refusalText(error, lang);
      password.input.value = '';
      password.input.focus();
    } finally {
      submit.disabled = false;
    }
  });
  const options = await accountApi.options().catch(() => null);
  if (options?.tryRoles.length) {
    tryRow.append(
      el('p', { class: 'account-note', text: t('tryTitle') }),
      ...options.tryRoles.map((role) =>
        el('button', {
          class: 'button',
          attrs: { type: 'button', 'data-testid': `try-${role}` },
          text: t(`role${role.toUpperCase()}` as 'roleVIEWER'),
          on: {
            click: async () => {
              const { token } = await accountApi.tryRole(role);
              window.location.assign(`${window.location.pathname}?token=${encodeURIComponent(token)}`);
            },
          },
        }),
      ),
    );
  }
}
