// Records that a person or organisation took part in an event. `key` is unique (constraint participation_key),
// so the same stakeholder cannot be added to the same event twice, even by concurrent requests.
MATCH (s:Entity {id: $participantId}), (e:Event {id: $eventId})
CREATE (s)-[r:PARTICIPATED_IN {id: $id, key: $participantId + '|' + $eventId, role: $role, representingId: $representingId}]->(e)
RETURN r.id AS id
