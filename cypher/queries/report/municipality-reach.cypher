// Each time an event of phase $phaseId (on or after $since) reached a municipality inside $territoryId:
// the municipality took part itself or through a person representing it. One row per municipality and event.
MATCH (:Phase {id: $phaseId})<-[:IN_PHASE]-(e:Event)
WHERE $since IS NULL OR e.date >= date($since)
MATCH (s:Entity)-[r:PARTICIPATED_IN]->(e)
WITH DISTINCT e, CASE WHEN s:Organisation THEN s.id ELSE r.representingId END AS municipalityId
MATCH (m:Organisation {id: municipalityId})-[:GOVERNS]->(t:Territory)
WHERE m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']
  AND EXISTS { (t)-[:PART_OF*0..4]->(:Territory {id: $territoryId}) }
RETURN m.id AS municipalityId, e.id AS eventId, e.date AS date
ORDER BY date, eventId, municipalityId
