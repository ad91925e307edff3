// Batch: everything an event's page shows, in one round trip per request: the event, its phase, place, hosts,
// and who took part (people first, then organisations, by name). The event is not repeated inside each
// participation; the resolver sets it from the event it already has. Of each participant and represented
// organisation only the properties in $participantFields are read (what the request selects under them, as
// @neo4j/graphql does), returned as `values` in that order.
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) { OPTIONAL MATCH (e)-[:IN_PHASE]->(ph:Phase) RETURN collect(ph {.*, searchText: null, entityType: 'Phase'}) AS phases }
CALL (e) { OPTIONAL MATCH (e)-[:HELD_IN]->(t:Territory) RETURN collect(t {.*, searchText: null, entityType: 'Territory'}) AS places }
CALL (e) { OPTIONAL MATCH (h:Organisation)-[:HOSTED]->(e) RETURN collect(h {.*, searchText: null, entityType: 'Organisation'}) AS hosts }
CALL (e) {
  OPTIONAL MATCH (s:Entity)-[r:PARTICIPATED_IN]->(e)
  OPTIONAL MATCH (represented:Organisation {id: r.representingId})
  WITH s, r, represented
  ORDER BY CASE WHEN s:Person THEN 0 ELSE 1 END, coalesce(s.nameEn, s.nameRu), s.id
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    id: r.id, role: r.role,
    participant: {id: s.id, entityType: [label IN labels(s) WHERE label <> 'Entity'][0], values: [field IN $participantFields | s[field]]},
    representing: CASE WHEN represented IS NULL THEN null ELSE
      {id: represented.id, entityType: 'Organisation', values: [field IN $participantFields | represented[field]]} END
  } END) AS participants
}
RETURN id, [{event: e {.*, searchText: null, entityType: 'Event'}, phase: phases[0], heldIn: places[0], hosts: hosts, participants: participants}] AS items
