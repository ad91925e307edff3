/** Shown instead of the wizard to a caller whose role may not write: who they are and how to get an editor sign-in link. */
import type { Session } from '../api/session.js';
import { el } from '../ui/dom.js';
import type { ImportText } from './import-text.js';

/** The real command (server/cli/token.ts): `npm run token -- <user> <role> [expiry]`. */
export const TOKEN_COMMAND = 'npm run token -- <user> editor 12h';
export const DOCKER_TOKEN_COMMAND = 'docker-compose exec app npm run token -- <user> editor 12h';

export function accessNote(t: ImportText, session: Session): HTMLElement {
  const link = `${window.location.origin}${window.location.pathname}?view=import&token=<token>`;
  return el(
    'div',
    { class: 'panel access-note', attrs: { 'data-testid': 'import-access' } },
    el('p', { class: 'status status-empty', text: t('needsEditor'), attrs: { role: 'status' } }),
    el('p', { text: session.authenticated ? t('youAre', { id: session.id, role: (session.role ?? '—').toLowerCase() }) : t('youAreAnonymous') }),
    el('p', { text: t('howToSignIn') }),
    el('pre', { class: 'command' }, el('code', { text: TOKEN_COMMAND })),
    el('pre', { class: 'command' }, el('code', { text: DOCKER_TOKEN_COMMAND })),
    el('pre', { class: 'command' }, el('code', { text: link })),
  );
}
