// Every municipality (ayil okmotu or town administration) governing a place inside $territoryId, with its
// rayon and oblast, and whether it engaged in phase $phaseId: it is a partner municipality of the phase
// (still running on $since), or it, or a person representing it, took part in an event of the phase
// (on or after $since, when given), or the phase is located (ACTIVE_IN, from IATI) in its territory or a place
// inside it and had not ended before $since: "reached" as in coverage/reach.cypher. One row: whether the phase and the territory exist (so a wrong id costs
// no second query to notice), and the municipalities in map order.
// (Each part matches the phase and territory itself: a phase bound by an OPTIONAL MATCH outside made the
// planner walk every participation of the phase for every municipality, a thousand times slower.)
CALL () {
  OPTIONAL MATCH (phase:Phase {id: $phaseId})
  OPTIONAL MATCH (scope:Territory {id: $territoryId})
  RETURN phase IS NOT NULL AS phaseFound, scope IS NOT NULL AS territoryFound
}
CALL () {
  MATCH (phase:Phase {id: $phaseId})
  MATCH (t:Territory)-[:PART_OF*0..4]->(:Territory {id: $territoryId})
  MATCH (m:Organisation)-[:GOVERNS]->(t)
  WHERE m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']
  WITH DISTINCT phase, m, t
  OPTIONAL MATCH (t)-[:PART_OF*1..3]->(rayon:Territory {level: 'RAYON'})
  OPTIONAL MATCH (t)-[:PART_OF*1..3]->(oblast:Territory {level: 'OBLAST'})
  WITH m, t, rayon, oblast,
    EXISTS {
      MATCH (m)-[:PARTNER_IN]->(phase)
      WHERE $since IS NULL OR phase.endDate IS NULL OR phase.endDate >= date($since)
    } AS partner,
    EXISTS {
      MATCH (m)-[:PARTICIPATED_IN]->(e:Event)-[:IN_PHASE]->(phase)
      WHERE $since IS NULL OR e.date >= date($since)
    } OR EXISTS {
      MATCH (:Person)-[r:PARTICIPATED_IN]->(e:Event)-[:IN_PHASE]->(phase)
      WHERE r.representingId = m.id AND ($since IS NULL OR e.date >= date($since))
    } AS tookPartInEvent,
    EXISTS {
      MATCH (phase)-[:ACTIVE_IN]->(:Territory)-[:PART_OF*0..3]->(t)
      WHERE $since IS NULL OR phase.endDate IS NULL OR phase.endDate >= date($since)
    } AS activityLocation
  ORDER BY oblast.soate, rayon.soate, t.soate
  // Only what the GraphQL types Organisation and Territory expose (the full nodes, with search keys, sources
  // and notes, are several times larger), and each rayon and oblast once, not on every row: the service puts
  // them back by id.
  WITH collect({
    municipality: m {.id, .kind, .nameRu, .nameEn, .nameKy, .aliases, .source, .version, entityType: 'Organisation'},
    territory: t {.id, .soate, .level, .cityStatus, .nameRu, .nameEn, .nameKy, .aliases, .adminCentreRu, .lat, .lon, .ochaPcode, .version, entityType: 'Territory'},
    rayonId: rayon.id,
    oblastId: oblast.id,
    engaged: partner OR tookPartInEvent OR activityLocation,
    partner: partner,
    tookPartInEvent: tookPartInEvent,
    activityLocation: activityLocation
  }) AS municipalities, collect(DISTINCT rayon) + collect(DISTINCT oblast) AS units
  RETURN municipalities,
    [unit IN units | unit {.id, .soate, .level, .cityStatus, .nameRu, .nameEn, .nameKy, .aliases, .adminCentreRu, .lat, .lon, .ochaPcode, .version, entityType: 'Territory'}] AS units
}
RETURN phaseFound, territoryFound, municipalities, units
