// One row per participation in events of phase $phaseId (on or after $since), for the disaggregated
// counts donors ask for: the participant's type and gender (people; null when unknown), the role, the kind of
// institution taking part or represented, and that institution's rayon and oblast (cities of oblast or
// republican significance stand for themselves). With $territoryId, only institutions inside that unit.
MATCH (:Phase {id: $phaseId})<-[:IN_PHASE]-(e:Event)
WHERE $since IS NULL OR e.date >= date($since)
MATCH (s:Entity)-[r:PARTICIPATED_IN]->(e)
OPTIONAL MATCH (represented:Organisation {id: r.representingId})
WITH e, s, r, CASE WHEN s:Organisation THEN s ELSE represented END AS institution
OPTIONAL MATCH (institution)-[:GOVERNS]->(t:Territory)
WITH e, s, r, institution, t
WHERE $territoryId IS NULL OR EXISTS { (t)-[:PART_OF*0..4]->(:Territory {id: $territoryId}) }
OPTIONAL MATCH (t)-[:PART_OF*0..3]->(rayon:Territory {level: 'RAYON'})
OPTIONAL MATCH (t)-[:PART_OF*0..3]->(oblast:Territory {level: 'OBLAST'})
WITH e, s, r, institution,
     coalesce(rayon, CASE WHEN t.level = 'CITY' AND t.cityStatus IN ['OBLAST', 'REPUBLICAN'] THEN t END) AS rayonUnit,
     coalesce(oblast, CASE WHEN t.cityStatus = 'REPUBLICAN' THEN t END) AS oblastUnit
RETURN
  e {.id, .nameRu, .nameEn, .date} AS event,
  CASE WHEN s:Person THEN 'PERSON' ELSE 'ORGANISATION' END AS participantType,
  s.gender AS gender,
  r.role AS role,
  institution.kind AS institutionKind,
  rayonUnit {.id, .nameRu, .nameEn, .level} AS rayon,
  oblastUnit {.id, .nameRu, .nameEn, .level} AS oblast
