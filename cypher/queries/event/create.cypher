// Creates an event and its links to phase, place and host (each checked to exist beforehand, each optional).
CREATE (e:Entity:Event)
SET e = $properties, e.date = date($date)
WITH e
CALL (e) { MATCH (ph:Phase {id: $phaseId}) MERGE (e)-[:IN_PHASE]->(ph) }
CALL (e) { MATCH (t:Territory {id: $heldInId}) MERGE (e)-[:HELD_IN]->(t) }
CALL (e) { MATCH (o:Organisation {id: $hostId}) MERGE (o)-[:HOSTED]->(e) }
RETURN e {.*, searchText: null, entityType: 'Event'} AS event
