// Records that the people of an attendance sheet, and the organisations that took part on their own, took part in
// the event, keyed by "<participant id>|<event id>" (unique: constraint participation_key). A participation already
// recorded keeps its id; it takes the role only when the sheet gives one, the organisation represented only when it
// had none, and an organisation's number of people when the sheet gives one.
UNWIND $rows AS row
MATCH (p:Entity {id: row.participantId}), (e:Event {id: $eventId})
WHERE p:Person OR p:Organisation
MERGE (p)-[r:PARTICIPATED_IN {key: row.key}]->(e)
ON CREATE SET r.id = row.id, r.role = row.role, r.representingId = row.representingId, r.peopleCount = row.peopleCount,
              r.source = $source, r.importCreated = true
ON MATCH SET r.role = CASE WHEN row.roleGiven THEN row.role ELSE r.role END,
             r.representingId = coalesce(r.representingId, row.representingId),
             r.peopleCount = coalesce(row.peopleCount, r.peopleCount)
WITH r, r.importCreated IS NOT NULL AS created
REMOVE r.importCreated
RETURN count(r) AS written, collect(CASE WHEN created THEN r.id END) AS created
