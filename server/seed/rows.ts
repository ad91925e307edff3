import { buildSearchText } from '../search/search-text.js';

/** A node to MERGE on `id`; `props` are SET with `+=` (null removes a property, so re-running is a no-op). */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

/** A relationship between two existing nodes, MERGEd on its endpoints (or key). */
export interface LinkRow {
  fromId: string;
  toId: string;
  props?: Record<string, unknown>;
}

export interface Names {
  nameRu: string | null;
  nameEn: string | null;
  nameKy: string | null;
  aliases: readonly (string | null | undefined)[];
}

export interface NamedProps {
  nameRu: string | null;
  nameEn: string | null;
  nameKy: string | null;
  aliases: string[];
  searchText: string;
}

const fold = (text: string) => text.trim().toLocaleLowerCase('ru');

/**
 * Names plus de-duplicated aliases (an alias equal to a name or an earlier alias, ignoring case, is dropped)
 * and the `searchText` every named node carries.
 */
export function namedProps(names: Names): NamedProps {
  const seen = new Set([names.nameRu, names.nameEn, names.nameKy].filter((n): n is string => !!n).map(fold));
  const aliases: string[] = [];
  for (const alias of names.aliases) {
    const trimmed = alias?.trim();
    if (!trimmed || seen.has(fold(trimmed))) continue;
    seen.add(fold(trimmed));
    aliases.push(trimmed);
  }
  const { nameRu, nameEn, nameKy } = names;
  return { nameRu, nameEn, nameKy, aliases, searchText: buildSearchText([nameRu, nameEn, nameKy, ...aliases]) };
}

/** Several sources of one fact, in the CSV's " ; " convention. */
export function joinSources(...sources: (string | null | undefined)[]): string | null {
  const unique = [...new Set(sources.flatMap((s) => (s ? s.split(/\s+;\s+/) : [])).map((s) => s.trim()).filter(Boolean))];
  return unique.length > 0 ? unique.join(' ; ') : null;
}

/** Fails on an id used twice: MERGE would otherwise silently fold two facts into one node. */
export function assertUniqueIds(rows: readonly { id: string }[], what: string): void {
  const seen = new Set<string>();
  for (const { id } of rows) {
    if (seen.has(id)) throw new Error(`Seed data: ${what} id "${id}" is used twice`);
    seen.add(id);
  }
}
