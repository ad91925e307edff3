// Municipalities that engaged once and never again: those that took part (themselves or through a person
// representing them) in exactly one event of programme $programmeId, within territory $territoryId.
MATCH (:Programme {id: $programmeId})-[:HAS_PHASE]->(:Phase)<-[:IN_PHASE]-(e:Event)
MATCH (s:Entity)-[r:PARTICIPATED_IN]->(e)
WITH e, CASE WHEN s:Organisation THEN s.id ELSE r.representingId END AS municipalityId
WHERE municipalityId IS NOT NULL
MATCH (m:Organisation {id: municipalityId})-[:GOVERNS]->(t:Territory)
WHERE m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']
  AND EXISTS { (t)-[:PART_OF*0..4]->(:Territory {id: $territoryId}) }
WITH m, t, collect(DISTINCT e) AS events
WHERE size(events) = 1
OPTIONAL MATCH (t)-[:PART_OF*1..3]->(rayon:Territory {level: 'RAYON'})
OPTIONAL MATCH (t)-[:PART_OF*1..3]->(oblast:Territory {level: 'OBLAST'})
RETURN m.id AS municipalityId, m.nameRu AS nameRu, m.nameEn AS nameEn,
       rayon.nameEn AS rayon, oblast.nameEn AS oblast,
       events[0].id AS eventId, events[0].nameEn AS event, events[0].date AS date
ORDER BY date DESC, municipalityId
