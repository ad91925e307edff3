// Records that the people of an attendance sheet took part in the event, keyed by "<person id>|<event id>"
// (unique: constraint participation_key). A participation already recorded keeps its id; it takes the role only
// when the sheet gives one, and the organisation represented only when it had none.
UNWIND $rows AS row
MATCH (p:Person {id: row.participantId}), (e:Event {id: $eventId})
MERGE (p)-[r:PARTICIPATED_IN {key: row.key}]->(e)
ON CREATE SET r.id = row.id, r.role = row.role, r.representingId = row.representingId, r.source = $source, r.importCreated = true
ON MATCH SET r.role = CASE WHEN row.roleGiven THEN row.role ELSE r.role END,
             r.representingId = coalesce(r.representingId, row.representingId)
WITH r, r.importCreated IS NOT NULL AS created
REMOVE r.importCreated
RETURN count(r) AS written, collect(CASE WHEN created THEN r.id END) AS created
