/**
 * Rebuilding part of the wizard (a new dry run after each choice) must not throw the keyboard focus back to
 * the page: the control with the same `data-key` takes it again, else the first control left in `container`.
 */
export function keepFocus(container: HTMLElement, rebuild: () => void): void {
  const active = document.activeElement as HTMLElement | null;
  const hadFocus = !!active && container.contains(active);
  const key = hadFocus ? active.closest('[data-key]')?.getAttribute('data-key') : null;
  rebuild();
  if (!hadFocus) return;
  const target =
    (key ? container.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null) ??
    container.querySelector<HTMLElement>('select, button, input, [tabindex="-1"]');
  target?.focus({ preventScroll: true });
}
