// Everything an attendance import matches a sheet against, in one read: every person with the posts they hold,
// every organisation with its names and (for municipalities) the rayon and oblast of the territory it governs,
// and the event with the ids of the stakeholders already recorded at it ($eventId may be null or not exist yet).
CALL () {
  MATCH (p:Person)
  RETURN collect(p {
    .id, .nameRu, .nameEn, .nameKy, .aliases, .gender, .phone,
    posts: [(p)-[r:HOLDS_POSITION]->(o:Organisation) | {id: r.id, organisationId: o.id, title: r.title, titleRu: r.titleRu}]
  }) AS people
}
CALL () {
  MATCH (o:Organisation)
  WITH o, head([(o)-[:GOVERNS]->(t:Territory) | t]) AS territory
  WITH o, territory, head([(territory)-[:PART_OF]->(parent:Territory) | parent]) AS parent
  WITH o, parent, head([(parent)-[:PART_OF]->(grand:Territory) | grand]) AS grand
  RETURN collect(o {
    .id, .kind, .nameRu, .nameEn, .nameKy, .aliases,
    rayon: CASE WHEN parent.level = 'RAYON' THEN parent {.id, .nameRu, .nameEn, .nameKy, .aliases} END,
    oblast: CASE
      WHEN parent.level = 'OBLAST' THEN parent {.id, .nameRu, .nameEn, .nameKy, .aliases}
      WHEN grand.level = 'OBLAST' THEN grand {.id, .nameRu, .nameEn, .nameKy, .aliases}
    END
  }) AS organisations
}
OPTIONAL MATCH (event:Entity {id: $eventId})
RETURN people, organisations,
       event {.*, searchText: null, entityType: [label IN labels(event) WHERE label <> 'Entity'][0]} AS event,
       [(participant)-[:PARTICIPATED_IN]->(event) | participant.id] AS participantIds
