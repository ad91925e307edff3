import { isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import type { Capability } from './roles.js';

/** What a field needs: a capability, or `anyone` (also callers with no role). */
export type AccessRule = Capability | 'anyone';

/**
 * Security boundary: the access rule of every field of every object and interface type of the schema, by
 * name. Deny by default: a field with no rule here is refused to everyone, and `assertPolicyCoversSchema`
 * stops the server at start-up when a field lacks a rule or a rule names a field the schema does not have,
 * so a renamed field cannot silently fall back to a weaker rule or lose its check.
 *
 * A type's fields are listed under the rule they need. Types reached only through a guarded root field get
 * that root field's capability too, so they stay guarded if another path to them is added later.
 */
/** What IATI activity files add to programmes and phases (server/iati/iati-activity.fields.ts): readable like the rest of them. */
const iatiActivityFields = [
  'iatiIdentifier', 'descriptionRu', 'descriptionEn', 'descriptionKy', 'iatiStatus', 'plannedStartDate', 'actualStartDate', 'plannedEndDate', 'actualEndDate',
  'sectors', 'budgets', 'reportingOrganisation', 'extendingOrganisations', 'accountableOrganisations', 'activeIn',
] as const;

export const accessPolicy: Record<string, Partial<Record<AccessRule, readonly string[]>>> = {
  Query: {
    // Anyone may ask who they are, so the page can say what to sign in for.
    anyone: ['session'],
    read: [
      'municipalityEngagement', 'unengagedMunicipalities', 'engagementSummary', 'events', 'event', 'node', 'search', 'neighbourhood',
      'shortestPath', 'organisations', 'organisation', 'people', 'person', 'phase', 'programmes', 'programme', 'coverageOverTime',
      'participantsPerEvent', 'participationBreakdown', 'territories', 'territory',
      // Coverage across programmes and the 3W table: reads, for viewers as well as analysts and editors.
      'coverageByProgramme', 'programmeOverlap', 'whoDoesWhatWhere',
      // Saved views of the explorer: any signed-in reader keeps their own and opens shared ones (owner rules in server/saved-views).
      'savedViews', 'savedView',
      // What labels and properties exist, with counts: readers see it too (no values; the audit trail left out).
      'graphSchema',
    ],
    analyse: ['analyses', 'runAnalysis', 'runCypher'],
    // Drafting from a press release is the first step of recording an event: editors and admins.
    write: ['changes', 'changesOfRequest', 'duplicateCandidates', 'previewAttendanceImport', 'pressReleaseDraft', 'previewIatiImport'],
    admin: ['exportGraph', 'revokedTokens', 'users', 'apiKeys'],
  },
  Mutation: {
    write: [
      'createEvent', 'updateEvent', 'deleteEvent', 'confirmAttendanceImport', 'createOrganisation', 'updateOrganisation', 'deleteOrganisation',
      'addParticipation', 'updateParticipation', 'deleteParticipation', 'createPerson', 'updatePerson', 'deletePerson', 'addPosition',
      'updatePosition', 'deletePosition',
      // Confirming a press-release draft writes the event it reports: editors and admins, as drafting it.
      'confirmPressRelease',
      // IATI activity files: editors and admins, like attendance imports.
      'confirmIatiImport',
    ],
    admin: ['mergeStakeholders', 'restoreGraph', 'revokeToken', 'inviteUser', 'issuePasswordReset', 'updateUser', 'createApiKey', 'revokeApiKey'],
    // A reader's own saved views change nothing in the graph; only the owner renames or deletes (server/saved-views).
    read: ['saveView', 'deleteView'],
  },
  Session: { anyone: ['id', 'role', 'authenticated', 'capabilities', 'name', 'signedInWith'] },
  UserAccount: { admin: ['id', 'name', 'email', 'role', 'status', 'createdAt', 'lastSignInAt', 'openSessions', 'pendingLink'] },
  AccountLink: { admin: ['account', 'path', 'expiresAt'] },
  ApiKey: { admin: ['id', 'name', 'role', 'createdBy', 'createdAt', 'revokedAt'] },
  CreatedApiKey: { admin: ['apiKey', 'key'] },
  // Budgets of IATI programmes and phases (Programme.budgets, Phase.budgets, and the IATI import's preview).
  ActivityBudget: { read: ['type', 'status', 'periodStart', 'periodEnd', 'value', 'currency', 'valueDate'] },

  // The graph.
  NamedEntity: { read: ['id', 'entityType', 'nameRu', 'nameEn', 'nameKy', 'aliases', 'version'] },
  Organisation: {
    read: ['id', 'entityType', 'nameRu', 'nameEn', 'nameKy', 'aliases', 'version', 'kind', 'source', 'territory', 'participations', 'positions', 'postHolders', 'memberOf', 'members', 'iatiRef', 'iatiType'],
    write: ['changes'],
  },
  Person: {
    read: ['id', 'entityType', 'nameRu', 'nameEn', 'nameKy', 'aliases', 'version', 'gender', 'positions', 'participations'],
    'read-personal': ['phone'],
    write: ['changes'],
  },
  Territory: {
    read: [
      'id', 'entityType', 'nameRu', 'nameEn', 'nameKy', 'aliases', 'version', 'soate', 'level', 'cityStatus', 'adminCentreRu', 'lat', 'lon',
      'ochaPcode', 'parent', 'children', 'governedBy',
    ],
  },
  Event: {
    read: [
      'id', 'entityType', 'nameRu', 'nameEn', 'nameKy', 'aliases', 'version', 'kind', 'date', 'placeRu', 'placeEn', 'reportedParticipantCount',
      'source', 'phase', 'heldIn', 'hosts', 'participants', 'namedParticipantCount', 'participatingOrganisationCount',
    ],
    write: ['changes'],
  },
  Programme: { read: ['id', 'entityType', 'nameRu', 'nameEn', 'nameKy', 'aliases', 'version', 'sdcProjectNumber', 'phases', 'funders', 'implementers', 'startDate', 'endDate', ...iatiActivityFields] },
  Phase: {
    read: ['id', 'entityType', 'nameRu', 'nameEn', 'nameKy', 'aliases', 'version', 'number', 'startDate', 'endDate', 'budgetChf', 'regions', 'programme', 'events', 'partnerMunicipalities',
      ...iatiActivityFields,
    ],
  },
  Participation: { read: ['id', 'role', 'participant', 'event', 'representing', 'positionHeld'] },
  Position: { read: ['id', 'kind', 'title', 'titleRu', 'from', 'to', 'observedOn', 'person', 'organisation'] },
  OrganisationPage: { read: ['items', 'totalCount', 'hasNextPage'] },
  PersonPage: { read: ['items', 'totalCount', 'hasNextPage'] },
  TerritoryPage: { read: ['items', 'totalCount', 'hasNextPage'] },
  EventPage: { read: ['items', 'totalCount', 'hasNextPage'] },
  SearchHit: { read: ['entity', 'score'] },
  Graph: { read: ['nodes', 'edges', 'truncated'] },
  GraphNode: { read: ['id', 'entityType', 'kind', 'nameRu', 'nameEn', 'distance'] },
  GraphEdge: { read: ['id', 'type', 'source', 'target', 'properties'] },

  // Planning and reports.
  MunicipalityEngagement: { read: ['municipality', 'territory', 'rayon', 'oblast', 'engaged', 'partner', 'tookPartInEvent', 'activityLocation'] },
  MunicipalityCoverage: { read: ['municipality', 'territory', 'rayon', 'oblast', 'programmes'] },
  ProgrammeReach: { read: ['programme', 'through'] },
  ProgrammeOverlapRow: {
    read: ['territory', 'total', 'reachedByNone', 'reachedByOne', 'reachedByTwo', 'reachedByThreeOrMore', 'programmeCount', 'programmes', 'areaProgrammes'],
  },
  TableDownload: { read: ['fileName', 'mimeType', 'contentBase64', 'rowCount'] },
  MunicipalityEngagementList: { read: ['totalCount', 'items'] },
  EngagementSummaryRow: { read: ['territory', 'total', 'engaged', 'notEngaged', 'share'] },
  CoverageReport: { read: ['interval', 'overall', 'groups'] },
  CoverageSeries: { read: ['territory', 'totalMunicipalities', 'periods'] },
  CoveragePeriod: {
    read: ['period', 'start', 'end', 'events', 'reached', 'firstTime', 'repeat', 'cumulativeReached', 'cumulativeShare', 'namedParticipants', 'reportedParticipants'],
  },
  EventParticipantCounts: { read: ['event', 'namedPeople', 'organisations', 'municipalities', 'reportedParticipants'] },
  BreakdownGroupType: { read: ['unit', 'participations', 'people', 'organisations', 'byGender', 'byRole', 'byInstitution'] },
  BreakdownUnit: { read: ['id', 'nameRu', 'nameEn', 'date'] },
  Count: { read: ['key', 'count'] },

  // Analyses and read-only Cypher.
  AnalysisDefinition: { analyse: ['name', 'title', 'description', 'parameters', 'columns'] },
  AnalysisParameter: { analyse: ['name', 'type', 'required', 'description', 'defaultValue', 'min', 'max', 'allowedValues', 'refersTo'] },
  TabularResult: { analyse: ['columns', 'rows', 'graph', 'notifications', 'shortfall'] },
  QueryNotification: { analyse: ['code', 'gqlStatus', 'severity', 'category', 'description', 'subject', 'line', 'column', 'offset'] },
  GraphSchema: { read: ['labels', 'relationshipTypes', 'readLimit', 'countedAt'] },
  SchemaLabel: { read: ['label', 'nodes', 'properties'] },
  SchemaRelationshipType: { read: ['type', 'relationships', 'properties'] },
  SchemaProperty: { read: ['key', 'count'] },
  RowShortfall: { analyse: ['code', 'asked', 'returned', 'withoutFilter'] },

  // Editing: histories, duplicates, attendance imports, deletions.
  Change: { write: ['id', 'at', 'actor', 'action', 'entityType', 'subjectId', 'summary', 'before', 'after'] },
  DuplicateCandidate: { write: ['score', 'reason', 'first', 'second'] },
  Deletion: { write: ['id', 'deleted'] },
  AttendanceImportPreview: {
    write: ['fileName', 'format', 'encoding', 'delimiter', 'sheet', 'sheets', 'headerRows', 'columns', 'titleSuggestion', 'eventId', 'newEvent', 'problems', 'rows', 'summary',
      'canConfirm',
    ],
  },
  ImportColumn: { write: ['index', 'letter', 'header', 'field', 'guessed', 'samples'] },
  SheetTitleSuggestion: { write: ['title', 'date', 'place', 'placeTerritory', 'kind', 'lines'] },
  ImportProblem: { write: ['row', 'rowLabel', 'column', 'columnIndex', 'field', 'code', 'params', 'message'] },
  ImportMessage: { write: ['code', 'params', 'message', 'column'] },
  ImportRow: {
    write: [
      'row', 'rowLabel', 'status', 'organisationTakesPart', 'peopleCount', 'name', 'position', 'organisationText', 'gender', 'role', 'person',
      'organisation', 'duplicateOf', 'alreadyRecorded', 'errors', 'warnings', 'warningDetails',
    ],
    'read-personal': ['phone'],
  },
  ImportResolution: { write: ['status', 'id', 'name', 'score', 'reason', 'reasonParts', 'chosen', 'kind', 'candidates'] },
  ImportCandidate: { write: ['id', 'name', 'score', 'reason', 'reasonParts'] },
  ImportSummary: {
    write: ['rows', 'create', 'match', 'ambiguous', 'invalid', 'duplicate', 'skipped', 'skippedByChoice', 'newPeople', 'newOrganisations', 'newPositions', 'newParticipations'],
  },
  AttendanceImportResult: {
    write: ['event', 'summary', 'rows', 'skippedRows', 'createdPersonIds', 'createdOrganisationIds', 'createdPositionIds', 'createdParticipationIds'],
  },

  // IATI activity files (Query.previewIatiImport, Mutation.confirmIatiImport).
  IatiImportPreview: { write: ['fileName', 'declaredVersion', 'schemaVersion', 'fileProblems', 'invalidActivities', 'activities', 'summary', 'canConfirm'] },
  IatiImportResult: { write: ['summary', 'activities', 'createdActivityIds', 'updatedActivityIds', 'createdOrganisationIds'] },
  IatiFileProblem: { write: ['line', 'path', 'message', 'messageEn', 'messageRu'] },
  IatiInvalidActivity: { write: ['position', 'line', 'identifier', 'problems'] },
  IatiOrganisationMatch: { write: ['relationship', 'subject', 'ref', 'type', 'name', 'resolution'] },
  IatiTerritoryMatch: { write: ['subject', 'matchedBy', 'resolution'] },
  IatiActivityPreview: {
    write: [
      'position', 'line', 'identifier', 'outcome', 'outcomeText', 'id', 'parentIdentifier', 'nameRu', 'nameEn', 'nameKy', 'iatiStatus', 'lastUpdated',
      'storedLastUpdated', 'plannedStartDate', 'actualStartDate', 'plannedEndDate', 'actualEndDate', 'budgets', 'sectors', 'organisations', 'territories',
      'noLocationHere', 'notes',
    ],
  },
  IatiImportSummary: { write: ['activities', 'invalid', 'newProgrammes', 'newPhases', 'updates', 'unchanged', 'olderSkipped', 'newOrganisations', 'needChoice'] },

  // Press-release drafts (Query.pressReleaseDraft).
  PressReleaseDraft: { write: ['language', 'text', 'sourceUrl', 'publishedOn', 'event', 'organisations', 'people', 'territories'] },
  PressEventDraft: { write: ['title', 'date', 'endDate', 'place', 'kind', 'reportedParticipantCount', 'placeTerritory', 'programme', 'phase'] },
  PressNodeRef: { write: ['id'] },
  PressCandidate: { write: ['id', 'score', 'reason'] },
  PressOrganisationMention: { write: ['text', 'start', 'end', 'status', 'match', 'candidates', 'kind'] },
  PressPersonMention: { write: ['text', 'start', 'end', 'status', 'match', 'candidates', 'name', 'post', 'organisationText'] },
  PressTerritoryMention: { write: ['text', 'start', 'end', 'status', 'match', 'candidates', 'level', 'within'] },
  // Press-release confirmations (Mutation.confirmPressRelease).
  PressReleaseConfirmation: {
    write: ['event', 'eventCreated', 'alreadyRecorded', 'createdOrganisationIds', 'createdPersonIds', 'createdParticipationIds', 'createdPositionIds', 'textSha256'],
  },

  // Administration: merges, exports, restores, revoked sign-in tokens.
  MergeResult: { admin: ['kept', 'movedRelationships', 'droppedRelationships', 'droppedParticipationIds', 'record'] },
  MergeRecord: { admin: ['id', 'keptId', 'mergedId', 'entityType', 'at', 'mergedNames'] },
  GraphExport: { admin: ['nodeCount', 'relationshipCount', 'fingerprint', 'document', 'csvFiles'] },
  CsvFile: { admin: ['name', 'rows', 'content'] },
  GraphRestore: { admin: ['nodes', 'relationships', 'fingerprint'] },
  RevokedToken: { admin: ['id', 'revokedAt', 'revokedBy'] },

  // Saved views of the network explorer (Query.savedViews, Mutation.saveView).
  SavedView: { read: ['id', 'name', 'owner', 'mine', 'state', 'createdAt', 'updatedAt'] },
};

/** `Type.field` → its rule, plus the fields listed more than once. */
function indexPolicy(policy: typeof accessPolicy): { rules: Map<string, AccessRule>; duplicates: string[] } {
  const rules = new Map<string, AccessRule>();
  const duplicates: string[] = [];
  for (const [type, byRule] of Object.entries(policy)) {
    for (const [rule, fields] of Object.entries(byRule) as [AccessRule, readonly string[]][]) {
      for (const field of fields) {
        const key = `${type}.${field}`;
        if (rules.has(key)) duplicates.push(key);
        rules.set(key, rule);
      }
    }
  }
  return { rules, duplicates };
}

const { rules } = indexPolicy(accessPolicy);

/** The rule of one field; undefined when it has none, which the caller must treat as refused to everyone. */
export function requiredCapability(parentType: string, field: string): AccessRule | undefined {
  return rules.get(`${parentType}.${field}`);
}

/**
 * Every way the policy and the schema disagree: a field without a rule, a rule for a field (or type) the
 * schema does not have, a field listed twice, an interface field whose rule differs from an implementation's
 * (a query through the interface is checked against the interface's rule).
 */
export function policyProblems(schema: GraphQLSchema, policy: typeof accessPolicy = accessPolicy): string[] {
  const { rules: ruleOf, duplicates } = indexPolicy(policy);
  const problems = duplicates.map((key) => `${key} has more than one access rule`);
  const schemaFields = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.keys(type.getFields())) {
      const key = `${type.name}.${field}`;
      schemaFields.add(key);
      if (!ruleOf.has(key)) problems.push(`${key} has no access rule in server/auth/policy.ts`);
      if (isInterfaceType(type)) {
        for (const implementation of schema.getPossibleTypes(type)) {
          const own = ruleOf.get(`${implementation.name}.${field}`);
          if (ruleOf.has(key) && own !== undefined && own !== ruleOf.get(key)) {
            problems.push(`${key} needs "${ruleOf.get(key)}" but ${implementation.name}.${field} needs "${own}": they must agree`);
          }
        }
      }
    }
  }
  for (const key of ruleOf.keys()) {
    if (!schemaFields.has(key)) problems.push(`server/auth/policy.ts has a rule for ${key}, which the schema does not have`);
  }
  return problems;
}

/** At start-up: refuses to serve a schema the policy does not cover exactly. */
export function assertPolicyCoversSchema(schema: GraphQLSchema, policy: typeof accessPolicy = accessPolicy): void {
  const problems = policyProblems(schema, policy);
  if (problems.length > 0) throw new Error(`The access policy does not match the schema:\n  ${problems.join('\n  ')}`);
}
