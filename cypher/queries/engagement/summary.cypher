// Engaged and not engaged municipalities per rayon ($groupBy 'RAYON') or oblast ('OBLAST') inside $territoryId,
// counted in the database, for one phase ($phaseId); a programme set or all programmes are counted by the service
// from coverage/reach.cypher. "Engaged" is exactly as in engagement/municipalities.cypher (keep the two in step;
// test/api/engagement-summary.test.ts checks they agree). Cities of oblast significance sit directly in their
// oblast, and Bishkek and Osh directly in the country, so they stand for themselves, as on the official map.
// One row: whether the phase and the territory exist, and the units in map order.
// (Each part matches the phase and territory itself; see engagement/municipalities.cypher for why.)
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
    } OR EXISTS {
      MATCH (m)-[:PARTICIPATED_IN]->(e:Event)-[:IN_PHASE]->(phase)
      WHERE $since IS NULL OR e.date >= date($since)
    } OR EXISTS {
      MATCH (:Person)-[r:PARTICIPATED_IN]->(e:Event)-[:IN_PHASE]->(phase)
      WHERE r.representingId = m.id AND ($since IS NULL OR e.date >= date($since))
    } OR EXISTS {
      MATCH (phase)-[:ACTIVE_IN]->(:Territory)-[:PART_OF*0..3]->(t)
      WHERE $since IS NULL OR phase.endDate IS NULL OR phase.endDate >= date($since)
    } AS engaged
  WITH coalesce(CASE WHEN $groupBy = 'RAYON' THEN rayon ELSE oblast END, t) AS unit, engaged
  WITH unit, count(*) AS total, sum(CASE WHEN engaged THEN 1 ELSE 0 END) AS engaged
  ORDER BY unit.soate
  RETURN collect({
    territory: unit {.id, .soate, .level, .cityStatus, .nameRu, .nameEn, .nameKy, .aliases, .adminCentreRu, .lat, .lon, .ochaPcode, .version, entityType: 'Territory'},
    total: total, engaged: engaged, notEngaged: total - engaged, share: toFloat(engaged) / total
  }) AS units
}
RETURN phaseFound, territoryFound, units
