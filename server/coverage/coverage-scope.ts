import { EntityType } from '../common/named-entity.type.js';
import { BadInputError, NotFoundError } from '../errors.js';
import type { BatchLoaders } from '../graphql/batch-loaders.js';

/** Which programmes a question is about: a set, or every programme (null). */
export interface ProgrammeScope {
  programmeIds: string[] | null;
  territoryId: string;
  since: string | null;
}

/** More ids than any real selection, so a request cannot make the statement match an unbounded list. */
export const MAX_PROGRAMME_IDS = 500;

/** Refuses a programme list that cannot mean anything: empty (say "all" by leaving it out) or too long. */
export function checkProgrammeIds(programmeIds: readonly string[] | null | undefined): string[] | null {
  if (programmeIds == null) return null;
  if (programmeIds.length === 0) throw new BadInputError('programmeIds', 'give at least one programme, or leave programmeIds out for all programmes');
  if (programmeIds.length > MAX_PROGRAMME_IDS) throw new BadInputError('programmeIds', `at most ${MAX_PROGRAMME_IDS} programmes`);
  return [...new Set(programmeIds)];
}

/**
 * Why the territory or a programme was not found: missing (NOT_FOUND) or of another kind (BAD_USER_INPUT).
 * Only a wrong id costs this second query.
 */
export async function programmeScopeError(
  loaders: BatchLoaders,
  scope: ProgrammeScope,
  found: { territoryFound: boolean; unknownProgrammeIds: string[] },
): Promise<Error> {
  if (!found.territoryFound) {
    const territory = await loaders.one<{ entityType: EntityType }>('common/nodes-by-ids', scope.territoryId);
    if (!territory) return new NotFoundError('territory', scope.territoryId, 'territoryId');
    return new BadInputError('territoryId', `"${scope.territoryId}" is not a territory`);
  }
  const [id] = found.unknownProgrammeIds;
  const node = await loaders.one<{ entityType: EntityType }>('common/nodes-by-ids', id!);
  if (!node) return new NotFoundError('programme', id!, 'programmeIds');
  return new BadInputError('programmeIds', `"${id}" is not a programme${node.entityType === EntityType.PHASE ? ' (it is a phase: ask with phaseId)' : ''}`);
}
