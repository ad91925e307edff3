import type { TerritoryRecord } from '../types.js';
import { groupDrafts, type PlaceTree } from '../grouping.js';
import { wordMessage, type BatchMessage } from './batch-messages.js';
import type { DraftedRelease, DraftOutcome } from './draft-file.js';
import type { SkippedFile } from './release-files.js';

/**
 * The review file `npm run import:press` writes: one entry per draft (what an editor scans in a list, and the draft
 * itself, as `pressReleaseDraft` returns it, to confirm), the groups of drafts that describe the same event (the
 * first file of a group creates the event; the others are recorded against it), the files that could not be read,
 * and the files passed over. Messages are given in Russian and English.
 */
export const reviewFormat = 'aimak-press-review/1';

export interface ReviewEntry {
  file: string;
  language: string;
  title: string | null;
  date: string | null;
  endDate: string | null;
  place: string | null;
  placeTerritoryId: string | null;
  publishedOn: string | null;
  sourceUrl: string | null;
  /** The index of the entry's group in `groups`. */
  group: number;
  counts: { organisations: number; people: number; territories: number; matched: number; toCreate: number; reportedParticipants: number | null };
  draft: DraftedRelease;
}

export interface ReviewGroup {
  index: number;
  /** The file whose draft creates the event. */
  primary: string;
  files: string[];
  date: string | null;
  placeTerritoryId: string | null;
  title: string | null;
  links: { a: string; b: string; reason: string; similarity: number }[];
}

type Worded = { file: string; code: string; message: { en: string; ru: string } };

export interface ReviewDocument {
  format: typeof reviewFormat;
  source: string;
  createdAt: string;
  counts: { files: number; drafts: number; groups: number; problems: number; skipped: number };
  drafts: ReviewEntry[];
  groups: ReviewGroup[];
  problems: Worded[];
  skipped: Worded[];
}

const worded = (file: string, message: BatchMessage): Worded => ({ file, code: message.code, message: { en: wordMessage(message, 'en'), ru: wordMessage(message, 'ru') } });

/** The territory tree grouping needs, from the gazetteer's territories (no need to build the whole gazetteer). */
export function placeTreeOf(territories: readonly TerritoryRecord[]): PlaceTree {
  const byId = new Map(territories.map((t) => [t.id, t]));
  return {
    territories: byId,
    ancestors(id) {
      const out: string[] = [];
      for (let t = byId.get(id); t?.parentId && out.length < 10; t = byId.get(t.parentId)) out.push(t.parentId);
      return out;
    },
  };
}

export function reviewDocument(source: string, outcomes: readonly DraftOutcome[], skipped: readonly SkippedFile[], places: PlaceTree, now = new Date()): ReviewDocument {
  const drafted = outcomes.flatMap((o) => ('draft' in o ? [{ name: o.name, draft: o.draft }] : []));
  const groups = groupDrafts(drafted.map((d) => ({ key: d.name, text: d.draft.text, draft: d.draft })), places);
  const groupOf = new Map(groups.flatMap((group, index) => group.keys.map((key) => [key, index] as const)));
  const byName = new Map(drafted.map((d) => [d.name, d.draft]));
  const drafts: ReviewEntry[] = drafted.map(({ name, draft }) => {
    const mentions = [...draft.organisations, ...draft.people, ...draft.territories];
    return {
      file: name,
      language: draft.language,
      title: draft.event.title,
      date: draft.event.date,
      endDate: draft.event.endDate,
      place: draft.event.place,
      placeTerritoryId: draft.event.placeTerritory?.id ?? null,
      publishedOn: draft.publishedOn,
      sourceUrl: draft.sourceUrl,
      group: groupOf.get(name)!,
      counts: {
        organisations: draft.organisations.length,
        people: draft.people.length,
        territories: draft.territories.length,
        matched: mentions.filter((m) => m.status === 'MATCH').length,
        toCreate: mentions.filter((m) => m.status === 'CREATE').length,
        reportedParticipants: draft.event.reportedParticipantCount,
      },
      draft,
    };
  });
  const problems = outcomes.flatMap((o) => ('problem' in o ? [worded(o.name, o.problem)] : []));
  return {
    format: reviewFormat,
    source,
    createdAt: now.toISOString(),
    counts: { files: outcomes.length, drafts: drafts.length, groups: groups.length, problems: problems.length, skipped: skipped.length },
    drafts,
    groups: groups.map((group, index) => {
      const primary = byName.get(group.keys[0]!)!;
      return { index, primary: group.keys[0]!, files: group.keys, date: primary.event.date, placeTerritoryId: primary.event.placeTerritory?.id ?? null, title: primary.event.title, links: group.links };
    }),
    problems,
    skipped: skipped.map((s) => worded(s.name, s.reason)),
  };
}
