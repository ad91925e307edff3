import { bestNameMatch, parsePersonName, type PersonName } from './person-names.js';
import { message, type Message } from './import-messages.js';
import type { Scored } from './resolution.js';

/** A person as the candidates query returns them, with the posts they hold. */
export interface PersonRecord {
  id: string;
  nameRu: string | null;
  nameEn: string | null;
  nameKy: string | null;
  aliases: string[] | null;
  gender: string | null;
  phone: string | null;
  posts: { id: string; organisationId: string; title: string | null; titleRu: string | null }[];
}

interface Entry {
  record: PersonRecord;
  names: PersonName[];
  /** Row that plans to create this person, for people not in the graph yet. */
  plannedBy: number | null;
}

/** Index keys of a name: each word, and each word's first four letters (to find spelling slips). */
export function indexKeys(name: PersonName): string[] {
  return name.words.flatMap((word) => [word, `${word.slice(0, 4)}…`]);
}

export const personDisplay = (record: Pick<PersonRecord, 'id' | 'nameRu' | 'nameEn' | 'nameKy'>) => record.nameRu ?? record.nameEn ?? record.nameKy ?? record.id;

/**
 * Matches sheet names against the people in the graph and against people planned by earlier rows, so a
 * sheet that lists "Асанов Бакыт" and later "Асанов Б." of the same ayil okmotu creates one person.
 */
export class PersonMatcher {
  private readonly entries = new Map<string, Entry>();
  private readonly index = new Map<string, Set<string>>();

  constructor(
    records: readonly PersonRecord[],
    private readonly organisationName: (id: string) => string,
  ) {
    for (const record of records) this.add(record, null);
  }

  get(id: string): (PersonRecord & { plannedBy: number | null }) | null {
    const entry = this.entries.get(id);
    return entry ? { ...entry.record, plannedBy: entry.plannedBy } : null;
  }

  /** Records a person the import will create, so later rows match them. */
  plan(record: PersonRecord, row: number): void {
    this.add(record, row);
  }

  /** Records a post the import will add, so a later row for the same person does not add it again. */
  addPost(personId: string, post: PersonRecord['posts'][number]): void {
    this.entries.get(personId)?.record.posts.push(post);
  }

  match(name: PersonName, organisationId: string | null): Scored[] {
    // A candidate shares (or nearly shares) every word of a full name, or the surname of a short one.
    const hits = new Map<string, Set<number>>();
    name.words.forEach((word, position) => {
      for (const key of [word, `${word.slice(0, 4)}…`]) {
        for (const id of this.index.get(key) ?? []) hits.set(id, (hits.get(id) ?? new Set()).add(position));
      }
    });
    const needed = Math.min(name.words.length, 2);
    const ids = [...hits].filter(([, positions]) => positions.size >= needed).map(([id]) => id);
    return ids.flatMap((id) => {
      const entry = this.entries.get(id)!;
      const found = bestNameMatch([name], entry.names);
      if (!found) return [];
      let { score } = found;
      const reason: Message[] = [message(found.reason)];
      const posts = entry.record.posts;
      if (organisationId && posts.some((post) => post.organisationId === organisationId)) {
        score = Math.min(1, score + 0.05);
        reason.push(message('HOLDS_POST_AT', { organisation: this.organisationName(organisationId) }));
      } else if (organisationId && posts.length > 0) {
        score -= 0.2;
        const elsewhere = [...new Set(posts.map((post) => this.organisationName(post.organisationId)))].slice(0, 2).join(', ');
        reason.push(message('HOLDS_POSTS_ELSEWHERE', { elsewhere, organisation: this.organisationName(organisationId) }));
      }
      if (entry.plannedBy !== null) reason.push(message('NEW_FROM_ROW', { row: entry.plannedBy }));
      return [{ id, name: this.describe(entry), score, reason }];
    });
  }

  private describe(entry: Entry): string {
    const organisation = entry.record.posts[0]?.organisationId;
    return organisation ? `${personDisplay(entry.record)} (${this.organisationName(organisation)})` : personDisplay(entry.record);
  }

  private add(record: PersonRecord, plannedBy: number | null): void {
    const written = [record.nameRu, record.nameEn, record.nameKy, ...(record.aliases ?? [])].filter((name): name is string => Boolean(name));
    const names = written.map(parsePersonName).filter((name) => name.words.length > 0);
    this.entries.set(record.id, { record: { ...record, posts: [...record.posts] }, names, plannedBy });
    for (const key of names.flatMap(indexKeys)) {
      let ids = this.index.get(key);
      if (!ids) this.index.set(key, (ids = new Set()));
      ids.add(record.id);
    }
  }
}
