// Participants per event of phase $phaseId (on or after $since): people named, organisations recorded,
// municipalities reached (themselves or through a representative) and the count the organisers reported.
MATCH (:Phase {id: $phaseId})<-[:IN_PHASE]-(e:Event)
WHERE $since IS NULL OR e.date >= date($since)
RETURN e {.*, searchText: null, entityType: 'Event'} AS event,
  COUNT { (:Person)-[:PARTICIPATED_IN]->(e) } AS namedPeople,
  COUNT { (:Organisation)-[:PARTICIPATED_IN]->(e) } AS organisations,
  COUNT {
    MATCH (s:Entity)-[r:PARTICIPATED_IN]->(e)
    MATCH (m:Organisation) WHERE m.id = CASE WHEN s:Organisation THEN s.id ELSE r.representingId END
      AND m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']
    RETURN DISTINCT m
  } AS municipalities
ORDER BY e.date, e.id
