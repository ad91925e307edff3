import { newId } from '../common/id.js';
import { displayName, recordChange } from '../audit/audit.js';
import { ChangeAction } from '../audit/change.type.js';
import { EntityType } from '../common/named-entity.type.js';
import { namesProperties } from '../common/names.input.js';
import type { GraphDatabase, Row } from '../db/graph-database.js';
import { BadInputError, NotFoundError } from '../errors.js';
import type { MergeResult } from './duplicate.type.js';

/**
 * Merges two people or two organisations into one, in one transaction: every relationship of the merged node
 * moves to the kept one (participations re-keyed, one kept per event), people who represented a merged
 * organisation now represent the kept one, the kept node takes the merged names as aliases and fills its
 * unknown properties from the merged one, remembers the merged id (mergedIds), and a :Merge node records it.
 */
type Properties = Record<string, unknown>;

const mergeable = new Set<string>([EntityType.PERSON, EntityType.ORGANISATION]);
const derived = new Set(['id', 'searchText', 'mergedIds', 'nameRu', 'nameEn', 'nameKy', 'aliases']);

function namesOf(node: Properties): string[] {
  return [node.nameRu, node.nameEn, node.nameKy, ...((node.aliases as string[] | undefined) ?? [])].filter((name): name is string => typeof name === 'string' && name.length > 0);
}

/** The kept node's new properties: its names first, the merged node's names as aliases, gaps filled from the merged node. */
export function mergedProperties(keep: Properties, gone: Properties): Properties {
  const pick = (key: string) => (keep[key] ?? gone[key] ?? null) as string | null;
  const names = { nameRu: pick('nameRu'), nameEn: pick('nameEn'), nameKy: pick('nameKy') };
  const own = new Set(Object.values(names).filter(Boolean));
  const aliases = [...namesOf(keep), ...namesOf(gone)].filter((name) => !own.has(name));
  const filled: Properties = {};
  for (const [key, value] of Object.entries(gone)) {
    if (derived.has(key) || value === null) continue;
    if (keep[key] === undefined || keep[key] === null) filled[key] = value;
    else if (key === 'source' && keep.source !== value) filled.source = `${String(keep.source)} ; ${String(value)}`;
  }
  return { ...filled, ...namesProperties({ ...names, aliases }) };
}

function check(keepRow: Row | undefined, goneRow: Row | undefined, keepId: string, mergeId: string): { type: string; keep: Properties; gone: Properties } {
  const keepType = keepRow?.entityType as string | null;
  const goneType = goneRow?.entityType as string | null;
  if (!keepType) throw new NotFoundError('person or organisation', keepId, 'keepId');
  if (!goneType) throw new NotFoundError('person or organisation', mergeId, 'mergeId');
  if (!mergeable.has(keepType) || keepType !== goneType) {
    throw new BadInputError('mergeId', `"${keepId}" (${keepType}) and "${mergeId}" (${goneType}): only two people or two organisations can be merged`);
  }
  const [keepGoverns, goneGoverns] = [keepRow!.governs as string[], goneRow!.governs as string[]];
  if (keepGoverns.length > 0 && goneGoverns.length > 0 && !keepGoverns.some((id) => goneGoverns.includes(id))) {
    throw new BadInputError('mergeId', `"${keepId}" and "${mergeId}" govern different territories (${keepGoverns[0]}, ${goneGoverns[0]}): bodies from the classifier are not merged`);
  }
  return { type: keepType, keep: keepRow!.node as Properties, gone: goneRow!.node as Properties };
}

export async function mergeStakeholders(db: GraphDatabase, keepId: string, mergeId: string): Promise<MergeResult> {
  if (keepId === mergeId) throw new BadInputError('mergeId', 'is the same as keepId: give two different ids');
  return db.write(async (tx) => {
    const rows = await tx.run('duplicates/pair', { ids: [keepId, mergeId] });
    const { type, keep, gone } = check(rows.find((row) => row.id === keepId), rows.find((row) => row.id === mergeId), keepId, mergeId);
    const [participations] = await tx.run('duplicates/move-participations', { keepId, mergeId });
    if (type === EntityType.ORGANISATION) await tx.run('duplicates/repoint-represented', { keepId, mergeId });
    const [others] = await tx.run('duplicates/move-relationships', { keepId, mergeId });
    const droppedParticipationIds = (participations?.dropped as string[] | undefined) ?? [];
    const total = Number(participations?.total ?? 0) + Number(others?.total ?? 0);
    const dropped = droppedParticipationIds.length + Number(others?.dropped ?? 0);
    const { searchText: _derived, ...mergedNodeProperties } = gone;
    const [done] = await tx.run('duplicates/finish-merge', {
      keepId,
      mergeId,
      entityType: type,
      properties: mergedProperties(keep, gone),
      recordId: newId('merge'),
      mergedNames: namesOf(gone),
      mergedProperties: JSON.stringify(mergedNodeProperties),
      moved: total - dropped,
      dropped,
      droppedParticipationIds,
    });
    if (!done) throw new Error(`merge of ${mergeId} into ${keepId}: relationships were left on the merged node`);
    await recordChange(tx, {
      action: ChangeAction.MERGED,
      entityType: type,
      subjectId: keepId,
      entityIds: [keepId, mergeId],
      summary: `Merged ${displayName(gone as { id: string })} into ${displayName(keep as { id: string })} (${total - dropped} links moved, ${dropped} duplicates dropped)`,
      before: { mergedId: mergeId, merged: mergedNodeProperties },
      after: { keptId: keepId, movedRelationships: total - dropped, droppedRelationships: dropped },
    });
    return {
      kept: done.kept as MergeResult['kept'],
      movedRelationships: total - dropped,
      droppedRelationships: dropped,
      droppedParticipationIds,
      record: done.record as MergeResult['record'],
    };
  });
}
