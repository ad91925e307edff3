// Every person with names, aliases and the organisations they are linked to (posts held, bodies represented
// at events), plus the names of those organisations, for the duplicates report.
CALL () {
  MATCH (p:Person)
  RETURN collect(p {.*, searchText: null, entityType: 'Person',
    organisationIds: [(p)-[:HOLDS_POSITION]->(o:Organisation) | o.id]
                   + [(p)-[r:PARTICIPATED_IN]->(:Event) WHERE r.representingId IS NOT NULL | r.representingId]
  }) AS people
}
CALL () {
  MATCH (o:Organisation)
  WHERE EXISTS { (:Person)-[:HOLDS_POSITION]->(o) } OR EXISTS { (:Person)-[:PARTICIPATED_IN {representingId: o.id}]->(:Event) }
  RETURN collect({id: o.id, name: coalesce(o.nameRu, o.nameEn, o.id)}) AS organisations
}
RETURN people, organisations
