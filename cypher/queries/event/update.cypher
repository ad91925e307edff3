// Replaces an event's properties; each link (phase, place, host) is replaced only when its flag says so.
MATCH (e:Event {id: $id})
SET e += $properties, e.date = date($date)
WITH e
CALL (e) {
  WITH e WHERE $replacePhase
  OPTIONAL MATCH (e)-[old:IN_PHASE]->() DELETE old
  WITH DISTINCT e MATCH (ph:Phase {id: $phaseId}) MERGE (e)-[:IN_PHASE]->(ph)
}
CALL (e) {
  WITH e WHERE $replaceHeldIn
  OPTIONAL MATCH (e)-[old:HELD_IN]->() DELETE old
  WITH DISTINCT e MATCH (t:Territory {id: $heldInId}) MERGE (e)-[:HELD_IN]->(t)
}
CALL (e) {
  WITH e WHERE $replaceHost
  OPTIONAL MATCH ()-[old:HOSTED]->(e) DELETE old
  WITH DISTINCT e MATCH (o:Organisation {id: $hostId}) MERGE (o)-[:HOSTED]->(e)
}
RETURN e {.*, searchText: null, entityType: 'Event'} AS event
