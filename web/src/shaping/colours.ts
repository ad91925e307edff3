/** Colour scales: node categories (Tableau 10, distinguishable for common colour-vision deficiencies) and engagement shares. */
import { interpolateYlGnBu } from 'd3';
import type { Category } from './categories.js';

export const CATEGORY_COLOURS: Readonly<Record<Category, string>> = {
  programme: '#e15759',
  phase: '#ff9da7',
  event: '#f28e2b',
  person: '#b07aa1',
  donor: '#edc948',
  implementer: '#76b7b2',
  government: '#4e79a7',
  municipality: '#59a14f',
  // Beyond Tableau 10: from Tableau 20, away from the hues above.
  ngo: '#d37295',
  business: '#b6992d',
  'public-institution': '#a0cbe8',
  territory: '#9c755f',
  other: '#bab0ac',
};

export const CATEGORY_LABELS: Readonly<Record<Category, { en: string; ru: string }>> = {
  programme: { en: 'Programme', ru: 'Программа' },
  phase: { en: 'Phase', ru: 'Фаза' },
  event: { en: 'Event', ru: 'Мероприятие' },
  person: { en: 'Person', ru: 'Человек' },
  donor: { en: 'Donor', ru: 'Донор' },
  implementer: { en: 'Implementer', ru: 'Исполнитель' },
  government: { en: 'Government body', ru: 'Госорган' },
  municipality: { en: 'Municipality', ru: 'Муниципалитет' },
  ngo: { en: 'NGO', ru: 'НКО' },
  business: { en: 'Business', ru: 'Бизнес' },
  'public-institution': { en: 'Public institution', ru: 'Госучреждение' },
  territory: { en: 'Territory', ru: 'Территория' },
  other: { en: 'Other', ru: 'Другое' },
};

/** Colour of a unit with no municipality to count. */
export const NO_DATA_COLOUR = '#d9d9d9';

/**
 * Fill for an engagement share from 0 to 1: pale yellow (not reached) to dark blue (all engaged).
 * The ends of the ramp are trimmed so that 0 still reads as a colour and 1 is not black.
 */
export function shareColour(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return NO_DATA_COLOUR;
  const clamped = Math.min(1, Math.max(0, share));
  return interpolateYlGnBu(0.08 + clamped * 0.87);
}

/** Relative luminance (WCAG) of a `#rrggbb` or `rgb(r, g, b)` colour. */
export function luminance(colour: string): number {
  const channels = colour.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
    : (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark or light text, whichever reads better on the given fill. */
export function textColourOn(fill: string): string {
  return luminance(fill) > 0.35 ? '#1f2933' : '#ffffff';
}
