// Records one change in the audit trail, inside the transaction that makes it: one :Change node per node it
// concerns (e.g. a participation concerns the person and the event), sharing the change id. :Change nodes
// have no relationships, so graph views, paths and analyses never see them. $requestId is made by the server
// (unique per request); $clientRequestId is the caller's own x-request-id, kept for correlation only.
UNWIND $entityIds AS entityId
CREATE (:Change {
  id: $id, entityId: entityId, at: datetime(), actor: $actor, requestId: $requestId, clientRequestId: $clientRequestId,
  action: $action, entityType: $entityType, subjectId: $subjectId, summary: $summary,
  before: $before, after: $after
})
