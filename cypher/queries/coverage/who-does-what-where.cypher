// The 3W ("who does what where") table's facts for $programmeIds (every programme when null) inside
// $territoryId: one row per activity (a programme or a phase) and place it reaches, with the organisations
// behind the activity and the place's chain of territories. A place is a municipality's territory reached as
// in coverage/reach.cypher (partner link, event, activity location; at any time), or a rayon, oblast or the
// country the activity is located at (above any one municipality). The service turns rows into table lines.
// One row: whether the territory exists, the programme ids not found, and the activity-place rows.
CALL () {
  OPTIONAL MATCH (scope:Territory {id: $territoryId})
  RETURN scope IS NOT NULL AS territoryFound,
    [id IN coalesce($programmeIds, []) WHERE NOT EXISTS { MATCH (:Programme {id: id}) }] AS unknownProgrammeIds
}
CALL () {
  CALL () {
    MATCH (p:Programme)
    WHERE $programmeIds IS NULL OR p.id IN $programmeIds
    CALL (p) {
      MATCH (p)-[:HAS_PHASE]->(activity:Phase)<-[:PARTNER_IN]-(m:Organisation)
      RETURN activity, m
      UNION
      MATCH (p)-[:HAS_PHASE]->(activity:Phase)<-[:IN_PHASE]-(:Event)<-[:PARTICIPATED_IN]-(m:Organisation)
      RETURN activity, m
      UNION
      MATCH (p)-[:HAS_PHASE]->(activity:Phase)<-[:IN_PHASE]-(:Event)<-[r:PARTICIPATED_IN]-(:Person)
      WHERE r.representingId IS NOT NULL
      MATCH (m:Organisation {id: r.representingId})
      RETURN activity, m
      UNION
      MATCH (p)-[:HAS_PHASE*0..1]->(activity)-[:ACTIVE_IN]->(:Territory)-[:PART_OF*0..3]->(:Territory)<-[:GOVERNS]-(m:Organisation)
      RETURN activity, m
    }
    WITH p, activity, m
    WHERE m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']
    MATCH (m)-[:GOVERNS]->(place:Territory)-[:PART_OF*0..4]->(:Territory {id: $territoryId})
    RETURN p, activity, place
    UNION
    MATCH (p:Programme)-[:HAS_PHASE*0..1]->(activity)-[:ACTIVE_IN]->(place:Territory)-[:PART_OF*0..4]->(:Territory {id: $territoryId})
    WHERE ($programmeIds IS NULL OR p.id IN $programmeIds)
      AND NOT EXISTS {
        MATCH (place)-[:PART_OF*0..3]->(:Territory)<-[:GOVERNS]-(m:Organisation)
        WHERE m.kind IN ['AYIL_OKMOTU', 'TOWN_ADMINISTRATION']
      }
    RETURN p, activity, place
  }
  // The organisations behind the activity: its implementers (a phase's own, else its programme's), else its funders.
  WITH p, activity, place,
    [(o:Organisation)-[:IMPLEMENTS]->(activity) | o] AS ownImplementers,
    [(o:Organisation)-[:IMPLEMENTS]->(p) | o] AS programmeImplementers,
    [(o:Organisation)-[:FUNDS]->(activity) | o] AS ownFunders,
    [(o:Organisation)-[:FUNDS]->(p) | o] AS programmeFunders
  WITH p, activity, place,
    CASE
      WHEN size(ownImplementers) > 0 THEN ownImplementers
      WHEN size(programmeImplementers) > 0 THEN programmeImplementers
      WHEN size(ownFunders) > 0 THEN ownFunders
      ELSE programmeFunders
    END AS organisations
  RETURN collect({
    activity: activity {
      .id, .nameRu, .nameEn, .nameKy, .iatiIdentifier, .sdcProjectNumber, .iatiStatus, .sectors,
      startDate: toString(activity.startDate), endDate: toString(activity.endDate)
    },
    programme: p {.id, .nameRu, .nameEn, .nameKy, .iatiIdentifier, .sdcProjectNumber, .sectors},
    organisations: [o IN organisations | o {.id, .nameRu, .nameEn, .nameKy, .iatiRef, .iatiType, .kind}],
    chain: [path = (place)-[:PART_OF*0..4]->(unit:Territory) | unit {.id, .soate, .level, .nameRu, .nameEn, .nameKy, .ochaPcode, depth: length(path)}]
  }) AS rows
}
RETURN territoryFound, unknownProgrammeIds, rows
