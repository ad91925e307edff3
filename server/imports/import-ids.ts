import { createHash } from 'node:crypto';
import { slugify } from 'transliteration';
import { keyWords } from './name-keys.js';
import type { PersonName } from './person-names.js';

/**
 * Ids of what an import creates, derived from what it is, never random: the same sheet imported again, or
 * twice at once, names the same person, post and participation, and MERGE on these ids (all unique in
 * Neo4j) writes each once.
 */
const hash = (text: string, length = 10) => createHash('sha256').update(text).digest('hex').slice(0, length);

const kyrgyzLetters: [string, string][] = [['ң', 'ng'], ['Ң', 'Ng'], ['ө', 'o'], ['Ө', 'O'], ['ү', 'u'], ['Ү', 'U']];

/** A readable Latin part of an id: "Сагынбаева Эльвира" → "sagynbaeva-elvira". */
export function slug(text: string, length = 40): string {
  return slugify(text, { lowercase: true, separator: '-', replace: kyrgyzLetters }).replace(/[^a-z0-9-]/g, '').slice(0, length).replace(/-+$/, '') || 'x';
}

/** Name words in any order plus initials, and the organisation: "Асанов Бакыт" of Сузак АО. */
export function personId(name: PersonName, organisationId: string | null): string {
  const nameKey = [...name.words].sort().join(' ') + (name.initials.length ? ` ${name.initials.join('')}` : '');
  return `person-${slug(name.display, 40)}-${hash(`${nameKey}|${organisationId ?? ''}`)}`;
}

export function organisationId(name: string): string {
  return `org-${slug(name, 50)}-${hash(keyWords(name).join(' '))}`;
}

export function positionId(personId: string, organisationId: string, title: string): string {
  return `position-${hash(`${personId}|${organisationId}|${keyWords(title).join(' ')}`, 20)}`;
}

export function participationId(key: string): string {
  return `participation-${hash(key, 20)}`;
}

export function eventId(date: string, name: string): string {
  return `event-${date}-${slug(name, 60)}`;
}

/** The key a title is compared by: "Глава АО" and "глава  АО" are the same post. */
export function titleKey(title: string): string {
  return keyWords(title).join(' ');
}
