import { namesProperties } from '../common/names.input.js';
import { organisationId, participationId, personId, positionId } from '../imports/import-ids.js';
import { nameVariants } from '../imports/person-names.js';
import { sameTitle } from '../imports/plan.js';
import { postKind } from '../imports/post-kind.js';
import { ParticipationRole } from '../participations/participation.type.js';
import type { Decisions } from './confirm-decisions.js';
import { PressDecision } from './confirm.input.js';
import type { ReleaseSource } from './confirm-source.js';

/**
 * What a confirmation writes, planned from the checked decisions: new organisations and people (ids made from their
 * names as the attendance import makes them, so a repeat finds them), posts, and one participation per participant
 * with its role and the organisation a person represents, as the import records them (server/imports/plan.ts).
 */
export interface ConfirmWrites {
  organisations: { id: string; properties: Record<string, unknown> }[];
  people: { id: string; properties: Record<string, unknown> }[];
  positions: { id: string; personId: string; organisationId: string; observedOn: string; properties: Record<string, unknown> }[];
  participations: { key: string; id: string; participantId: string; role: string; roleGiven: boolean; representingId: string | null }[];
  /** Organisations hosting the event (role HOST): linked to a new event as its hosts. */
  hostIds: string[];
}

export interface ExistingPost {
  personId: string;
  organisationId: string;
  title: string | null;
  titleRu: string | null;
}

type Language = 'ru' | 'en' | 'ky';

/** New names go to the fields of the release's language (Kyrgyz also to nameRu: the graph needs a Russian or English name). */
function namesIn(language: Language, name: string, aliases: string[] = []) {
  if (language === 'en') return namesProperties({ nameEn: name, aliases });
  if (language === 'ky') return namesProperties({ nameRu: name, nameKy: name, aliases });
  return namesProperties({ nameRu: name, aliases });
}

/** The id of each organisation decision that is not ignored: the one matched, or the one its name makes. */
export function organisationIds(decisions: Decisions): Map<number, string> {
  const ids = new Map<number, string>();
  for (const o of decisions.organisations) {
    if (o.decision === PressDecision.MATCH) ids.set(o.index, o.id!);
    if (o.decision === PressDecision.CREATE) ids.set(o.index, organisationId(o.name!));
  }
  return ids;
}

/** The organisation each person represents (null for none), by person index. */
export function representedIds(decisions: Decisions, organisations: Map<number, string>): Map<number, string | null> {
  return new Map(decisions.people.map((p) => [p.index, p.organisationId ?? (p.organisationIndex === null ? null : (organisations.get(p.organisationIndex) ?? null))]));
}

export function planWrites(
  decisions: Decisions,
  ctx: { eventId: string; eventDate: string; language: Language; source: ReleaseSource; posts: readonly ExistingPost[]; represented: Map<number, string | null> },
): ConfirmWrites {
  const writes: ConfirmWrites = { organisations: [], people: [], positions: [], participations: [], hostIds: [] };
  const organisations = organisationIds(decisions);
  const participations = new Map<string, ConfirmWrites['participations'][number]>();
  const posts = [...ctx.posts];
  const participate = (participantId: string, role: string, roleGiven: boolean, representingId: string | null) => {
    const key = `${participantId}|${ctx.eventId}`;
    const earlier = participations.get(key);
    if (!earlier) {
      participations.set(key, { key, id: participationId(key), participantId, role, roleGiven, representingId });
      return;
    }
    // The same stakeholder named twice («ГАМСУМО» and its full name): one participation, the role the editor gave.
    earlier.representingId ??= representingId;
    if (roleGiven && !earlier.roleGiven) Object.assign(earlier, { role, roleGiven: true });
  };

  for (const o of decisions.organisations) {
    const id = organisations.get(o.index);
    if (!id) continue;
    if (o.decision === PressDecision.CREATE && !writes.organisations.some((w) => w.id === id)) {
      writes.organisations.push({ id, properties: { id, kind: o.kind, ...namesIn(ctx.language, o.name!), ...ctx.source.properties } });
    }
    participate(id, o.role, o.roleGiven, null);
    if (o.role === ParticipationRole.HOST && !writes.hostIds.includes(id)) writes.hostIds.push(id);
  }

  for (const p of decisions.people) {
    if (p.decision === PressDecision.IGNORE) continue;
    const representing = ctx.represented.get(p.index) ?? null;
    const id = p.decision === PressDecision.MATCH ? p.id! : personId(p.name!, representing);
    if (p.decision === PressDecision.CREATE && !writes.people.some((w) => w.id === id)) {
      writes.people.push({ id, properties: { id, ...namesIn(ctx.language, p.name!.display, nameVariants(p.name!)), gender: null, phone: null, ...ctx.source.properties } });
    }
    if (representing && p.post) {
      const title = p.post;
      const held = posts.some((post) => post.personId === id && post.organisationId === representing && [post.title, post.titleRu].some((t) => t && sameTitle(t, title)));
      if (!held) {
        const positionIdentifier = positionId(id, representing, title);
        const titleRu = /\p{Script=Cyrillic}/u.test(title) ? title : null;
        writes.positions.push({
          id: positionIdentifier, personId: id, organisationId: representing, observedOn: ctx.eventDate,
          properties: { id: positionIdentifier, kind: postKind(title), title, titleRu, ...ctx.source.properties },
        });
        posts.push({ personId: id, organisationId: representing, title, titleRu });
      }
    }
    participate(id, p.role, p.roleGiven, representing);
  }
  writes.participations = [...participations.values()];
  return writes;
}
