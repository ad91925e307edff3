// Rayons where the rayon administration engaged in phase $phaseId (it, or a person representing it, took
// part in an event of the phase, on or after $since when given) but none of the rayon's municipalities
// engaged (neither a partner of the phase nor at any of its events).
MATCH (phase:Phase {id: $phaseId})
MATCH (admin:Organisation {kind: 'RAYON_ADMINISTRATION'})-[:GOVERNS]->(rayon:Territory {level: 'RAYON'})
MATCH (e:Event)-[:IN_PHASE]->(phase)
WHERE ($since IS NULL OR e.date >= date($since))
  AND (EXISTS { (admin)-[:PARTICIPATED_IN]->(e) }
       OR EXISTS { (:Person)-[r:PARTICIPATED_IN]->(e) WHERE r.representingId = admin.id })
WITH phase, admin, rayon, collect(DISTINCT e) AS adminEvents
WHERE NOT EXISTS {
  MATCH (m:Organisation)-[:GOVERNS]->(:Territory)-[:PART_OF*1..2]->(rayon)
  WHERE m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']
    AND (EXISTS { (m)-[:PARTNER_IN]->(phase) }
         OR EXISTS {
           MATCH (x:Entity)-[r:PARTICIPATED_IN]->(ev:Event)-[:IN_PHASE]->(phase)
           WHERE (x = m OR r.representingId = m.id) AND ($since IS NULL OR ev.date >= date($since))
         })
}
OPTIONAL MATCH (rayon)-[:PART_OF]->(oblast:Territory)
RETURN rayon.id AS rayonId, rayon.nameRu AS nameRu, rayon.nameEn AS nameEn, oblast.nameEn AS oblast,
       admin.id AS administrationId, size(adminEvents) AS administrationEvents,
       COUNT { (m:Organisation)-[:GOVERNS]->(:Territory)-[:PART_OF*1..2]->(rayon) WHERE m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION'] } AS municipalities
ORDER BY rayonId
