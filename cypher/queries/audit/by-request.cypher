// What one request changed, from the audit trail: how a client learns whether a write whose answer was lost
// (DATABASE_UNAVAILABLE with outcome UNKNOWN) was saved.
MATCH (c:Change {requestId: $requestId})
WITH c ORDER BY c.at, c.entityId
RETURN collect(c {.*}) AS items
