/** A labelled input for the account dialogs. */
import { el, uid } from '../ui/dom.js';

export function field(label: string, attrs: Record<string, string | boolean>): { row: HTMLElement; input: HTMLInputElement } {
  const id = uid('account-field');
  const input = el('input', { class: 'account-input', attrs: { id, ...attrs } });
  return { row: el('div', { class: 'account-field' }, el('label', { attrs: { for: id }, text: label }), input), input };
}

/** Opens a modal dialog; closes (and removes) it with Escape or `close()`. */
export function openDialog(title: string, ...content: Node[]): { dialog: HTMLDialogElement; close: () => void } {
  const heading = el('h2', { class: 'account-title', attrs: { id: uid('account-title') }, text: title });
  const dialog = el('dialog', { class: 'account-dialog', attrs: { 'aria-labelledby': heading.id } }, heading, ...content);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, close: () => dialog.close() };
}
