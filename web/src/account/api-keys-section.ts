/** Admins: the API keys for scripts (create with a role, shown once; revoke), inside the users dialog. */
import type { GraphQLClient } from '../api/client.js';
import type { Translator } from '../i18n.js';
import { el } from '../ui/dom.js';
import { accountText } from './account-text.js';
import { field } from './form-field.js';

interface ApiKeyRow {
  id: string;
  name: string;
  role: string;
  revokedAt: string | null;
}

const KEYS = /* GraphQL */ `query ApiKeys { apiKeys { id name role revokedAt } }`;
const CREATE = /* GraphQL */ `mutation CreateApiKey($name: String!, $role: Role!) { createApiKey(name: $name, role: $role) { key apiKey { name } } }`;
const REVOKE = /* GraphQL */ `mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }`;
const ROLES = ['VIEWER', 'EDITOR', 'ANALYST', 'ADMIN'] as const;

export function apiKeysSection(client: GraphQLClient, i18n: Translator, report: (error: unknown) => void): HTMLElement {
  const t = accountText(i18n.lang);
  const list = el('ul', { class: 'account-keys', attrs: { 'data-testid': 'api-keys' } });
  const shown = el('div', { class: 'account-link', attrs: { 'aria-live': 'polite', 'data-testid': 'created-key' } });
  const load = async () => {
    const { apiKeys } = await client.request<{ apiKeys: ApiKeyRow[] }>(KEYS);
    list.replaceChildren(...apiKeys.map((key) => el('li', {},
      `${key.name} · ${t(`role${key.role}` as 'roleVIEWER')}${key.revokedAt ? ` · ${t('revokedOn', { date: i18n.formatDate(key.revokedAt.slice(0, 10)) })}` : ''} `,
      key.revokedAt ? null : el('button', { class: 'button', attrs: { type: 'button', 'data-testid': `revoke-${key.name}` }, text: t('revoke'),
        on: { click: () => void client.request(REVOKE, { id: key.id }).then(load, report) } }))));
  };
  const name = field(t('keyName'), { type: 'text', required: true, 'data-testid': 'key-name' });
  const role = el('select', { class: 'account-input', attrs: { 'aria-label': t('role'), 'data-testid': 'key-role' } }, ...ROLES.map((value) => el('option', { attrs: { value }, text: t(`role${value}`) })));
  const form = el('form', { class: 'account-form' }, name.row, el('div', { class: 'account-actions' }, role,
    el('button', { class: 'button', attrs: { type: 'submit', 'data-testid': 'key-submit' }, text: t('createKey') })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void client.request<{ createApiKey: { key: string; apiKey: { name: string } } }>(CREATE, { name: name.input.value, role: role.value }).then(async ({ createApiKey }) => {
      shown.replaceChildren(el('p', { text: t('keyShownOnce', { name: createApiKey.apiKey.name }) }),
        el('input', { class: 'account-input', attrs: { readonly: true, value: createApiKey.key, 'aria-label': t('keyShownOnce', { name: createApiKey.apiKey.name }), 'data-testid': 'created-key-value' } }));
      name.input.value = '';
      await load();
    }, report);
  });
  void load().catch(report);
  return el('section', { class: 'account-invite' }, el('h3', { text: t('apiKeysTitle') }), list, shown, form);
}
