import { XmlElement } from 'libxml2-wasm';
import type { Narrative } from './iati-record.js';

/** Small readers over libxml2-wasm's DOM; elements of other namespaces (publishers' extensions) are skipped. */

export function childElements(parent: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node = parent.firstChild; node; node = node.next) {
    if (node instanceof XmlElement && !node.namespaceUri && (name === undefined || node.name === name)) found.push(node);
  }
  return found;
}

export const firstChild = (parent: XmlElement, name: string): XmlElement | null => childElements(parent, name)[0] ?? null;

/** An attribute's value, trimmed; null when absent or blank. */
export function attribute(element: XmlElement, name: string): string | null {
  const value = element.attr(name)?.value.trim();
  return value ? value : null;
}

export function xmlLang(element: XmlElement): string | null {
  const value = element.attr('lang', 'xml')?.value.trim().toLowerCase();
  return value ? value : null;
}

/** Text content with whitespace runs collapsed (narratives are often indented across lines). */
export const textOf = (element: XmlElement): string => element.content.replace(/\s+/g, ' ').trim();

/** 2.0x: the element's <narrative> children, each in its xml:lang or the activity's default language. */
export function narratives(element: XmlElement | null, defaultLanguage: string | null): Narrative[] {
  if (!element) return [];
  return childElements(element, 'narrative')
    .map((narrative) => ({ lang: xmlLang(narrative) ?? defaultLanguage, text: textOf(narrative) }))
    .filter((narrative) => narrative.text !== '');
}

/** 1.0x: the element's own text, in its xml:lang or the activity's default language. */
export function legacyText(element: XmlElement | null, defaultLanguage: string | null): Narrative[] {
  if (!element) return [];
  const text = textOf(element);
  return text ? [{ lang: xmlLang(element) ?? defaultLanguage, text }] : [];
}

export function decimal(value: string | null): number | null {
  if (value === null) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
