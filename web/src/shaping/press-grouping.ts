/**
 * The review list's groups: drafts of one event (a reprint, the same event in another language) found by the
 * server's pure `groupDrafts` (server/press/grouping.ts, shared with `npm run import:press`), so the event is
 * confirmed once. The page's drafts are adapted here from the editor's review (their matches as the editor left
 * them). No territory tree is passed: the press page loads no territory parents, so only the same place territory
 * agrees (a release naming the village and its translation naming the rayon stay apart).
 */
import { groupDrafts, type GroupingInput, type GroupingReason } from '../../../server/press/grouping.js';
import type { Finding, PressReview } from './press-review.js';

/** The review as `groupDrafts` reads a draft: date, place territory and the findings matched to a graph node. */
export function groupingInputFromReview(key: string, review: PressReview): GroupingInput {
  const matched = (kind: Finding['kind']) =>
    review.findings
      .filter((finding) => finding.kind === kind && finding.decision !== 'IGNORE')
      .map((finding) => ({ status: finding.decision === 'MATCH' && finding.id ? 'MATCH' : 'CREATE', match: finding.decision === 'MATCH' && finding.id ? { id: finding.id } : null }));
  const { event } = review;
  return {
    key,
    text: review.text,
    draft: {
      event: {
        title: event.title || null,
        date: event.date || null,
        endDate: event.endDate || null,
        place: event.place || null,
        kind: event.kind,
        reportedParticipantCount: null,
        placeTerritory: event.placeTerritoryId ? { id: event.placeTerritoryId } : null,
        programme: review.programmeId ? { id: review.programmeId } : null,
        phase: event.phaseId ? { id: event.phaseId } : null,
      },
      // Only status and match are read; the grouping module's type asks for whole mentions.
      organisations: matched('ORGANISATION') as GroupingInput['draft']['organisations'],
      people: matched('PERSON') as GroupingInput['draft']['people'],
    },
  };
}

/** Why a draft is in its group, as the list tells it. */
export type SameEventReason = 'REPRINT' | 'OTHER_LANGUAGE' | 'RETOLD';

/** One draft's place in the review list. */
export type DraftGrouping =
  | { role: 'alone' }
  | { role: 'lead'; members: number[] }
  | { role: 'member'; lead: number; reason: SameEventReason; similarity: number };

/**
 * Groups the drafted entries (null: not drafted, e.g. a failed file, never grouped). The lead is the group's first
 * draft in the list; each member's reason is its link to the lead if there is one, else its first link.
 */
export function groupReviews(reviews: readonly (PressReview | null)[]): DraftGrouping[] {
  const result: DraftGrouping[] = reviews.map(() => ({ role: 'alone' }));
  const inputs = reviews.flatMap((review, index) => (review ? [groupingInputFromReview(String(index), review)] : []));
  for (const group of groupDrafts(inputs)) {
    if (group.keys.length < 2) continue;
    const [lead, ...members] = group.keys.map(Number) as [number, ...number[]];
    result[lead] = { role: 'lead', members };
    for (const member of members) {
      const touches = group.links.filter((link) => link.a === String(member) || link.b === String(member));
      const link = touches.find((candidate) => candidate.a === String(lead) || candidate.b === String(lead)) ?? touches[0]!;
      const other = Number(link.a === String(member) ? link.b : link.a);
      result[member] = { role: 'member', lead, reason: sameEventReason(link.reason, reviews[member]!, reviews[other]!), similarity: link.similarity };
    }
  }
  return result;
}

function sameEventReason(reason: GroupingReason, a: PressReview, b: PressReview): SameEventReason {
  if (reason === 'SAME_TEXT') return 'REPRINT';
  return a.language && b.language && a.language !== b.language ? 'OTHER_LANGUAGE' : 'RETOLD';
}
