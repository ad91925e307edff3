// Records that the people and organisations of a confirmed press release took part in the event, keyed by
// "<participant id>|<event id>" (constraint participation_key), as the attendance import does: a participation
// already recorded keeps its id and source; it takes the role only when the editor gave one, and the organisation
// represented only when it had none.
UNWIND $rows AS row
MATCH (p:Entity {id: row.participantId}), (e:Event {id: $eventId})
WHERE p:Person OR p:Organisation
MERGE (p)-[r:PARTICIPATED_IN {key: row.key}]->(e)
ON CREATE SET r.id = row.id, r.role = row.role, r.representingId = row.representingId,
              r.source = $source, r.sourceTextSha256 = $sourceTextSha256, r.pressCreated = true
ON MATCH SET r.role = CASE WHEN row.roleGiven THEN row.role ELSE r.role END,
             r.representingId = coalesce(r.representingId, row.representingId)
WITH r, r.pressCreated IS NOT NULL AS created
REMOVE r.pressCreated
RETURN count(r) AS written, collect(CASE WHEN created THEN r.id END) AS created
