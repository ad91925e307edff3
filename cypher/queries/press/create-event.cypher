// Creates the event a press release reports, in its phase, held in its territory, with the organisations it names as
// hosts; keyed by an id made of date and title, so the same release confirmed twice at once creates one event.
// `created` says whether this statement created it (false: an event with that id already existed).
MERGE (e:Entity:Event {id: $properties.id})
ON CREATE SET e = $properties, e.date = date($date), e.endDate = CASE WHEN $endDate IS NULL THEN null ELSE date($endDate) END,
              e.pressCreated = true
WITH e, e.pressCreated IS NOT NULL AS created
REMOVE e.pressCreated
WITH e, created
CALL (e, created) {
  MATCH (phase:Phase {id: $phaseId}) WHERE created
  MERGE (e)-[:IN_PHASE]->(phase)
}
CALL (e, created) {
  MATCH (place:Territory {id: $placeTerritoryId}) WHERE created
  MERGE (e)-[:HELD_IN]->(place)
}
CALL (e, created) {
  UNWIND $hostIds AS hostId
  MATCH (host:Organisation {id: hostId}) WHERE created
  MERGE (host)-[:HOSTED]->(e)
}
RETURN e {.*, searchText: null, entityType: 'Event'} AS event, created
