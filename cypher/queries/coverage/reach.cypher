// Which programmes reach which municipalities inside $territoryId: the programmes $programmeIds, or every
// programme when $programmeIds is null. A programme reaches a municipality m (an ayil okmotu or town
// administration governing territory t) through
//   PARTNER_LINK       m is a partner municipality of one of its phases (still running on $since),
//   EVENT              m, or a person representing m, took part in an event of one of its phases (on or after $since),
//   ACTIVITY_LOCATION  the programme or one of its phases is ACTIVE_IN t or a place inside t, and had not ended
//                      before $since. A location at a rayon, oblast or the country reaches no municipality: it
//                      comes back in areaLocations instead, for the overlap view.
// One row: whether the territory exists, the programme ids not found, the municipalities in map order (as in
// engagement/municipalities.cypher), each rayon and oblast once, the programmes, and the reach links.
// (Reach is worked out once per programme, from the programme outwards, and joined to the municipalities by
// id in the service: asked per municipality, the person-representing part walked every participation of
// every programme 453 times.)
CALL () {
  OPTIONAL MATCH (scope:Territory {id: $territoryId})
  RETURN scope IS NOT NULL AS territoryFound,
    [id IN coalesce($programmeIds, []) WHERE NOT EXISTS { MATCH (:Programme {id: id}) }] AS unknownProgrammeIds
}
CALL () {
  MATCH (t:Territory)-[:PART_OF*0..4]->(:Territory {id: $territoryId})
  MATCH (m:Organisation)-[:GOVERNS]->(t)
  WHERE m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']
  WITH DISTINCT m, t
  OPTIONAL MATCH (t)-[:PART_OF*1..3]->(rayon:Territory {level: 'RAYON'})
  OPTIONAL MATCH (t)-[:PART_OF*1..3]->(oblast:Territory {level: 'OBLAST'})
  WITH m, t, rayon, oblast
  ORDER BY oblast.soate, rayon.soate, t.soate
  WITH collect({
    municipality: m {.id, .kind, .nameRu, .nameEn, .nameKy, .aliases, .source, .version, entityType: 'Organisation'},
    territory: t {.id, .soate, .level, .cityStatus, .nameRu, .nameEn, .nameKy, .aliases, .adminCentreRu, .lat, .lon, .ochaPcode, .version, entityType: 'Territory'},
    rayonId: rayon.id,
    oblastId: oblast.id
  }) AS municipalities, collect(DISTINCT rayon) + collect(DISTINCT oblast) AS units
  RETURN municipalities,
    [unit IN units | unit {.id, .soate, .level, .cityStatus, .nameRu, .nameEn, .nameKy, .aliases, .adminCentreRu, .lat, .lon, .ochaPcode, .version, entityType: 'Territory'}] AS units
}
CALL () {
  MATCH (p:Programme)
  WHERE $programmeIds IS NULL OR p.id IN $programmeIds
  CALL (p) {
    MATCH (p)-[:HAS_PHASE]->(phase:Phase)<-[:PARTNER_IN]-(m:Organisation)
    WHERE $since IS NULL OR phase.endDate IS NULL OR phase.endDate >= date($since)
    RETURN m.id AS municipalityId, 'PARTNER_LINK' AS through
    UNION
    MATCH (p)-[:HAS_PHASE]->(:Phase)<-[:IN_PHASE]-(e:Event)<-[:PARTICIPATED_IN]-(m:Organisation)
    WHERE $since IS NULL OR e.date >= date($since)
    RETURN m.id AS municipalityId, 'EVENT' AS through
    UNION
    MATCH (p)-[:HAS_PHASE]->(:Phase)<-[:IN_PHASE]-(e:Event)<-[r:PARTICIPATED_IN]-(:Person)
    WHERE r.representingId IS NOT NULL AND ($since IS NULL OR e.date >= date($since))
    RETURN r.representingId AS municipalityId, 'EVENT' AS through
    UNION
    MATCH (p)-[:HAS_PHASE*0..1]->(activity)-[:ACTIVE_IN]->(:Territory)-[:PART_OF*0..3]->(:Territory)<-[:GOVERNS]-(m:Organisation)
    WHERE m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION'] AND ($since IS NULL OR activity.endDate IS NULL OR activity.endDate >= date($since))
    RETURN m.id AS municipalityId, 'ACTIVITY_LOCATION' AS through
  }
  WITH p, municipalityId, collect(DISTINCT through) AS through
  RETURN collect({municipalityId: municipalityId, programmeId: p.id, through: through}) AS reaches
}
CALL () {
  // Locations above any one municipality: the place is not governed by a municipality and lies inside none.
  MATCH (p:Programme)-[:HAS_PHASE*0..1]->(activity)-[:ACTIVE_IN]->(place:Territory)
  WHERE ($programmeIds IS NULL OR p.id IN $programmeIds)
    AND ($since IS NULL OR activity.endDate IS NULL OR activity.endDate >= date($since))
    AND NOT EXISTS {
      MATCH (place)-[:PART_OF*0..3]->(:Territory)<-[:GOVERNS]-(m:Organisation)
      WHERE m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']
    }
  WITH DISTINCT p, place
  RETURN collect({programmeId: p.id, territoryId: place.id, withinIds: [(place)-[:PART_OF*0..4]->(unit:Territory) | unit.id]}) AS areaLocations
}
CALL () {
  MATCH (p:Programme)
  WHERE $programmeIds IS NULL OR p.id IN $programmeIds
  WITH p ORDER BY p.nameEn, p.id
  RETURN collect(p {.id, .nameRu, .nameEn, .nameKy, .aliases, .sdcProjectNumber, .version, entityType: 'Programme'}) AS programmes
}
RETURN territoryFound, unknownProgrammeIds, municipalities, units, programmes, reaches, areaLocations
