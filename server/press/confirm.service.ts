import { displayName, recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import type { GraphDatabase, Row, WriteTransaction } from '../db/graph-database.js';
import { ConflictError } from '../errors.js';
import type { Event } from '../events/event.type.js';
import { requestLanguage } from '../imports/import-messages.js';
import type { Phase } from '../programmes/programme.type.js';
import { checkEventFields, readDecisions, type Decisions } from './confirm-decisions.js';
import { checkWithinPhase, createEvent, findSameEvent, newEventId } from './confirm-event.js';
import { ConfirmRefusal, ImportLanguage } from './confirm-messages.js';
import { releaseSource, type ReleaseSource } from './confirm-source.js';
import { organisationIds, planWrites, representedIds, type ExistingPost } from './confirm-writes.js';
import { PressDecision, type PressReleaseConfirmInput } from './confirm.input.js';
import type { PressReleaseConfirmation } from './confirm.type.js';
import { detectLanguage } from './language.js';

/**
 * confirmPressRelease: a press-release draft with the editor's decisions, written in one transaction, in the manner of
 * the attendance import's confirmation (server/imports/import.service.ts): everything is checked first and any bad
 * field refuses the whole of it; every write MERGEs on an id made from what it is, so a repeat finds instead of
 * duplicating; one audit entry lists what was written. The release itself is recorded (:PressRelease, unique on the
 * SHA-256 of its text and on its address), so confirming it again writes nothing and says alreadyRecorded.
 */
interface Reference {
  field: string;
  id: string;
  type: 'Organisation' | 'Person' | 'Event' | 'Phase' | 'Territory';
}

/** Every id the input refers to, with the field it came from and the kind of node it must be. */
function referencesOf(input: PressReleaseConfirmInput, decisions: Decisions): Reference[] {
  const refs: Reference[] = [];
  const add = (field: string, id: string | null | undefined, type: Reference['type']) => id && refs.push({ field, id, type });
  const event = input.event;
  if (event.existingEventId) add('event.existingEventId', event.existingEventId, 'Event');
  else {
    add('event.phaseId', event.phaseId, 'Phase');
    add('event.placeTerritoryId', event.placeTerritoryId, 'Territory');
  }
  for (const o of decisions.organisations) if (o.decision === PressDecision.MATCH) add(`organisations[${o.index}].id`, o.id, 'Organisation');
  for (const p of decisions.people) {
    if (p.decision === PressDecision.IGNORE) continue;
    if (p.decision === PressDecision.MATCH) add(`people[${p.index}].id`, p.id, 'Person');
    add(`people[${p.index}].organisationId`, p.organisationId, 'Organisation');
  }
  return refs;
}

interface ReadGraph {
  nodes: Map<string, Record<string, unknown>>;
  posts: ExistingPost[];
}

/** Reads every referenced node (one query) and refuses, naming the field, an id that is missing or of another kind. */
async function readReferences(tx: WriteTransaction, refs: Reference[], personIds: string[], language: ImportLanguage): Promise<ReadGraph> {
  const [row] = await tx.run('press/confirm-references', { ids: [...new Set(refs.map((r) => r.id))], personIds });
  const found = new Map((row!.nodes as { id: string; entityType: string | null; node: Record<string, unknown> | null }[]).map((n) => [n.id, n]));
  for (const ref of refs) {
    const node = found.get(ref.id);
    if (!node?.entityType) throw new ConfirmRefusal(ref.field, 'NO_NODE', { id: ref.id }, language);
    if (node.entityType !== ref.type) throw new ConfirmRefusal(ref.field, 'WRONG_TYPE', { id: ref.id, type: node.entityType, expected: ref.type }, language);
  }
  return { nodes: new Map([...found].map(([id, n]) => [id, n.node ?? {}])), posts: row!.posts as ExistingPost[] };
}

/** A person's organisationText and organisationId, when both are given, must mean the same organisation. */
function checkRepresented(decisions: Decisions, organisations: Map<number, string>, language: ImportLanguage): void {
  for (const p of decisions.people) {
    if (!p.organisationId || p.organisationIndex === null) continue;
    const fromText = organisations.get(p.organisationIndex);
    if (fromText && fromText !== p.organisationId) {
      const text = decisions.organisations[p.organisationIndex]!.text;
      throw new ConfirmRefusal(`people[${p.index}].organisationId`, 'ORGANISATIONS_DISAGREE', { text, fromText, id: p.organisationId }, language);
    }
  }
}

async function writeAll(tx: WriteTransaction, name: 'organisations' | 'people' | 'positions' | 'participations', rows: unknown[], params: Record<string, unknown> = {}): Promise<string[]> {
  if (rows.length === 0) return [];
  const [result] = await runNamed(tx, name, { rows, ...params });
  if (Number(result?.written ?? 0) !== rows.length) throw new ConflictError('The graph changed while the press release was being confirmed; nothing was written, confirm it again');
  return (result?.created as string[] | undefined) ?? [];
}

/** The write statements by name, so that each name appears literally (the Cypher file check reads them). */
function runNamed(tx: WriteTransaction, name: string, params: Record<string, unknown>): Promise<Row[]> {
  switch (name) {
    case 'organisations': return tx.run('press/create-organisations', params);
    case 'people': return tx.run('press/create-people', params);
    case 'positions': return tx.run('press/merge-positions', params);
    default: return tx.run('press/merge-participations', params);
  }
}

const summaryTexts = {
  en: (c: Counts) =>
    `Confirmed press release ${c.source} into ${c.event} (${c.eventCreated ? 'event created' : 'event found'}): ${c.participations} new participations, ${c.people} new people, ${c.organisations} new organisations, ${c.positions} new posts`,
  ru: (c: Counts) =>
    `Пресс-релиз ${c.source} записан в ${c.event} (${c.eventCreated ? 'событие создано' : 'событие найдено'}): новых участий — ${c.participations}, новых людей — ${c.people}, новых организаций — ${c.organisations}, новых должностей — ${c.positions}`,
};
interface Counts { source: string; event: string; eventCreated: boolean; participations: number; people: number; organisations: number; positions: number }

export async function confirmPressRelease(db: GraphDatabase, input: PressReleaseConfirmInput, acceptLanguage: string | null = null): Promise<PressReleaseConfirmation> {
  const language = requestLanguage(input.messageLanguage, acceptLanguage);
  const decisions = readDecisions(input, language);
  checkEventFields(input, language);
  const source = releaseSource(input.text, input.sourceUrl);
  try {
    return await writeRelease(db, input, decisions, source, language);
  } catch (error) {
    // Two confirmations of one release at once: the second meets the first's release record at its unique
    // constraint. Run once more, it finds the release and writes nothing.
    if (!(error instanceof ConflictError)) throw error;
    return writeRelease(db, input, decisions, source, language);
  }
}

function writeRelease(db: GraphDatabase, input: PressReleaseConfirmInput, decisions: Decisions, source: ReleaseSource, language: ImportLanguage): Promise<PressReleaseConfirmation> {
  const nothing = { createdOrganisationIds: [], createdPersonIds: [], createdParticipationIds: [], createdPositionIds: [], textSha256: source.textSha256 };
  return db.write(async (tx) => {
    const recorded = await tx.run('press/recorded-release', { textSha256: source.textSha256, sourceUrl: source.sourceUrl });
    const live = recorded.find((release) => release.event);
    if (live) return { event: live.event as Event, eventCreated: false, alreadyRecorded: true, ...nothing };

    const refs = referencesOf(input, decisions);
    const matchedPeople = decisions.people.filter((p) => p.decision === PressDecision.MATCH).map((p) => p.id!);
    const graph = await readReferences(tx, refs, matchedPeople, language);
    const organisations = organisationIds(decisions);
    const represented = representedIds(decisions, organisations);
    checkRepresented(decisions, organisations, language);

    const releaseLanguage = (input.language as 'ru' | 'en' | 'ky' | null | undefined) ?? detectLanguage(input.text);
    const given = input.event.existingEventId ? (graph.nodes.get(input.event.existingEventId) as unknown as Event) : null;
    if (!given) {
      const phase = graph.nodes.get(input.event.phaseId!) as unknown as Phase;
      checkWithinPhase('event.date', input.event.date!, phase, language);
      if (input.event.endDate) checkWithinPhase('event.endDate', input.event.endDate, phase, language);
    }
    const found = given ?? (await findSameEvent(tx, input.event));
    const writes = planWrites(decisions, {
      eventId: found?.id ?? newEventId(input.event), eventDate: found?.date ?? input.event.date!, language: releaseLanguage, source, posts: graph.posts, represented,
    });
    // New organisations first: a new event links its hosts, which may be among them.
    const createdOrganisations = await writeAll(tx, 'organisations', writes.organisations);
    let event = found;
    let eventCreated = false;
    if (!event) {
      const created = await createEvent(tx, input.event, releaseLanguage, source, writes.hostIds);
      event = created.event;
      eventCreated = created.created;
    }
    const createdPeople = await writeAll(tx, 'people', writes.people);
    const createdPositions = await writeAll(tx, 'positions', writes.positions);
    const createdParticipations = await writeAll(tx, 'participations', writes.participations, { eventId: event.id, ...source.properties });
    await tx.run('press/record-release', {
      textSha256: source.textSha256, sourceUrl: source.sourceUrl, publishedOn: input.publishedOn ?? null, language: releaseLanguage,
      eventId: event.id, textLength: input.text.length, staleTextSha256s: recorded.map((release) => release.textSha256),
    });

    const counts: Counts = {
      source: source.sourceUrl ?? `sha256:${source.textSha256.slice(0, 12)}`, event: displayName(event), eventCreated,
      participations: createdParticipations.length, people: createdPeople.length, organisations: createdOrganisations.length, positions: createdPositions.length,
    };
    const summaryIn = (lang: ImportLanguage) => (lang === ImportLanguage.EN ? summaryTexts.en : summaryTexts.ru)(counts);
    await recordChange(tx, {
      action: ChangeAction.IMPORTED,
      entityType: 'PressRelease',
      subjectId: event.id,
      entityIds: [event.id, ...createdOrganisations, ...createdPeople, ...writes.participations.map((p) => p.participantId)],
      summary: summaryIn(language),
      after: {
        textSha256: source.textSha256, sourceUrl: source.sourceUrl, publishedOn: input.publishedOn ?? null, language: releaseLanguage,
        eventId: event.id, eventCreated, newOrganisations: createdOrganisations, newPeople: createdPeople, newPositions: createdPositions,
        newParticipations: createdParticipations, participants: writes.participations.map((p) => ({ id: p.participantId, role: p.role, representingId: p.representingId })),
        ignored: { organisations: decisions.organisations.filter((o) => o.decision === PressDecision.IGNORE).length, people: decisions.people.filter((p) => p.decision === PressDecision.IGNORE).length },
        summaryRu: summaryIn(ImportLanguage.RU), summaryEn: summaryIn(ImportLanguage.EN),
      },
    });
    return {
      event, eventCreated, alreadyRecorded: false,
      createdOrganisationIds: createdOrganisations, createdPersonIds: createdPeople, createdParticipationIds: createdParticipations, createdPositionIds: createdPositions,
      textSha256: source.textSha256,
    };
  });
}
