/** Admins: every account with role, status and last sign-in; invite, change role, disable or enable, new link. */
import type { GraphQLClient } from '../api/client.js';
import type { Lang, Translator } from '../i18n.js';
import { el } from '../ui/dom.js';
import { accountText } from './account-text.js';
import { apiKeysSection } from './api-keys-section.js';
import { field, openDialog } from './form-field.js';
import { readerHalf, refusalText } from './sign-in-dialog.js';

interface UserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  status: string;
  lastSignInAt: string | null;
}
interface IssuedLink {
  path: string;
  expiresAt: string;
  account: { email: string } | null;
}

const ROLES = ['VIEWER', 'EDITOR', 'ANALYST', 'ADMIN'] as const;
const USERS = /* GraphQL */ `query Users { users { id name email role status lastSignInAt } }`;
const INVITE = /* GraphQL */ `mutation InviteUser($input: InviteUserInput!) { inviteUser(input: $input) { path expiresAt account { email } } }`;
const UPDATE = /* GraphQL */ `mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`;
const RESET = /* GraphQL */ `mutation IssuePasswordReset($id: ID!) { issuePasswordReset(userId: $id) { path expiresAt account { email } } }`;

const graphqlRefusal = (error: unknown, lang: Lang) => readerHalf(error instanceof Error ? error.message : String(error), lang);

export function openUsers(client: GraphQLClient, i18n: Translator): void {
  const lang = i18n.lang;
  const t = accountText(lang);
  const problem = el('p', { class: 'account-problem', attrs: { role: 'alert', 'data-testid': 'users-problem' } });
  const linkBox = el('div', { class: 'account-link', attrs: { 'aria-live': 'polite', 'data-testid': 'issued-link' } });
  const tbody = el('tbody');
  const table = el('table', { class: 'account-users', attrs: { 'data-testid': 'users-table' } },
    el('thead', {}, el('tr', {}, ...[t('name'), t('email'), t('role'), t('status'), t('lastSignIn'), t('actions')].map((text) => el('th', { attrs: { scope: 'col' }, text })))),
    tbody);

  const showLink = (issued: IssuedLink) => {
    const url = new URL(issued.path, document.baseURI).href;
    const input = el('input', { class: 'account-input', attrs: { readonly: true, value: url, 'aria-label': t('linkFor', { email: issued.account?.email ?? '', date: i18n.formatDate(issued.expiresAt.slice(0, 10)) }), 'data-testid': 'issued-link-url' } });
    const copy = el('button', { class: 'button', attrs: { type: 'button' }, text: t('copy'), on: { click: async () => {
      await navigator.clipboard?.writeText(url).catch(() => undefined);
      copy.textContent = t('copied');
    } } });
    linkBox.replaceChildren(el('p', { text: t('linkFor', { email: issued.account?.email ?? '', date: i18n.formatDate(issued.expiresAt.slice(0, 10)) }) }), el('div', { class: 'account-actions' }, input, copy));
  };

  const act = async (work: () => Promise<void>) => {
    problem.textContent = '';
    try {
      await work();
      await load();
    } catch (error) {
      problem.textContent = graphqlRefusal(error, lang);
    }
  };

  const row = (user: UserRow) => {
    const role = el('select', { class: 'account-input', attrs: { 'aria-label': `${t('role')}: ${user.email}`, 'data-testid': `role-${user.email}` } },
      ...ROLES.map((value) => el('option', { attrs: { value, selected: value === user.role }, text: t(`role${value}`) })));
    role.addEventListener('change', () => act(async () => void (await client.request(UPDATE, { id: user.id, input: { role: role.value } }))));
    const disabled = user.status === 'DISABLED';
    const toggle = el('button', { class: 'button', attrs: { type: 'button', 'data-testid': `toggle-${user.email}` }, text: disabled ? t('enable') : t('disable'),
      on: { click: () => act(async () => void (await client.request(UPDATE, { id: user.id, input: { status: disabled ? 'ACTIVE' : 'DISABLED' } }))) } });
    const reset = el('button', { class: 'button', attrs: { type: 'button', 'data-testid': `reset-${user.email}` }, text: t('resetLink'),
      on: { click: () => act(async () => showLink((await client.request<{ issuePasswordReset: IssuedLink }>(RESET, { id: user.id })).issuePasswordReset)) } });
    return el('tr', {}, el('td', { text: user.name }), el('td', { text: user.email }), el('td', {}, role), el('td', { text: t(`status${user.status}` as 'statusACTIVE') }),
      el('td', { text: user.lastSignInAt ? i18n.formatDate(user.lastSignInAt.slice(0, 10)) : t('never') }), el('td', {}, el('div', { class: 'account-actions' }, toggle, reset)));
  };

  async function load(): Promise<void> {
    const { users } = await client.request<{ users: UserRow[] }>(USERS);
    tbody.replaceChildren(...users.map(row));
  }

  const name = field(t('name'), { type: 'text', required: true, 'data-testid': 'invite-name' });
  const email = field(t('email'), { type: 'email', required: true, 'data-testid': 'invite-email' });
  const roleSelect = el('select', { class: 'account-input', attrs: { 'data-testid': 'invite-role', 'aria-label': t('role') } }, ...ROLES.map((value) => el('option', { attrs: { value }, text: t(`role${value}`) })));
  const invite = el('form', { class: 'account-form account-invite' }, el('h3', { text: t('inviteTitle') }), name.row, email.row,
    el('div', { class: 'account-field' }, el('span', { text: t('role') }), roleSelect),
    el('div', { class: 'account-actions' }, el('button', { class: 'button primary', attrs: { type: 'submit', 'data-testid': 'invite-submit' }, text: t('invite') })));
  invite.addEventListener('submit', (event) => {
    event.preventDefault();
    void act(async () => {
      const issued = (await client.request<{ inviteUser: IssuedLink }>(INVITE, { input: { name: name.input.value, email: email.input.value, role: roleSelect.value } })).inviteUser;
      showLink(issued);
      name.input.value = '';
      email.input.value = '';
    });
  });
  const keys = apiKeysSection(client, i18n, (error) => {
    problem.textContent = graphqlRefusal(error, lang);
  });
  const { close } = openDialog(t('usersTitle'), el('div', { class: 'account-table-wrap' }, table), problem, linkBox, invite, keys);
  const closeButton = el('button', { class: 'button', attrs: { type: 'button' }, text: t('close'), on: { click: () => close() } });
  keys.after(closeButton);
  void load().catch((error: unknown) => {
    problem.textContent = refusalText(error, lang);
  });
}
