import type { Capability } from './roles.js';

/**
 * The capability each part of the API needs. Top-level fields not listed need `read` (queries) or `write`
 * (mutations), so a new field is never open by accident; personal-data fields are listed by type.
 */
const topLevel: Record<string, Capability | null> = {
  // Anyone may ask who they are, so the page can say what to sign in for.
  'Query.session': null,
  'Query.analyses': 'analyse',
  'Query.runAnalysis': 'analyse',
  'Query.runCypher': 'analyse',
  'Query.changes': 'write',
  'Query.changesOfRequest': 'write',
  'Query.duplicateCandidates': 'write',
  'Query.previewAttendanceImport': 'write',
  // Drafting from a press release is the first step of recording an event: editors and admins.
  'Query.pressReleaseDraft': 'write',
  'Query.exportGraph': 'admin',
  'Mutation.mergeStakeholders': 'admin',
  'Mutation.restoreGraph': 'admin',
};

const fields: Record<string, Capability> = {
  'Person.phone': 'read-personal',
  'Person.email': 'read-personal',
  'Organisation.changes': 'write',
  'Person.changes': 'write',
  'Event.changes': 'write',
};

export function requiredCapability(parentType: string, field: string, isRoot: boolean): Capability | null {
  const key = `${parentType}.${field}`;
  if (isRoot) return key in topLevel ? (topLevel[key] ?? null) : parentType === 'Mutation' ? 'write' : 'read';
  return fields[key] ?? null;
}
