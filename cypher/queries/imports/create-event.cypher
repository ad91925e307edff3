// Creates the event an attendance sheet is imported into, with its phase, place and host; keyed by id, so the
// same sheet and event imported again (or twice at once) find the event instead of creating another.
MERGE (e:Entity:Event {id: $properties.id})
ON CREATE SET e = $properties, e.date = date($date)
WITH e
CALL (e) {
  MATCH (phase:Phase {id: $phaseId})
  MERGE (e)-[:IN_PHASE]->(phase)
}
CALL (e) {
  MATCH (place:Territory {id: $heldInId})
  MERGE (e)-[:HELD_IN]->(place)
}
CALL (e) {
  MATCH (host:Organisation {id: $hostId})
  MERGE (host)-[:HOSTED]->(e)
}
RETURN e {.*, searchText: null, entityType: 'Event'} AS event
