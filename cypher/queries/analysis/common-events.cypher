// Two stakeholders' common events: events that both $firstId and $secondId took part in, themselves or
// (for an organisation) through a person representing it, with the role each had.
MATCH (a:Entity {id: $firstId}), (b:Entity {id: $secondId})
CALL (a) {
  MATCH (a)-[r:PARTICIPATED_IN]->(e:Event) RETURN e, r.role AS role
  UNION
  MATCH (:Person)-[r:PARTICIPATED_IN]->(e:Event) WHERE r.representingId = a.id RETURN e, r.role AS role
}
WITH b, e, collect(DISTINCT role) AS firstRoles
CALL (b, e) {
  MATCH (b)-[r:PARTICIPATED_IN]->(e) RETURN r.role AS role
  UNION
  MATCH (:Person)-[r:PARTICIPATED_IN]->(e) WHERE r.representingId = b.id RETURN r.role AS role
}
WITH e, firstRoles, collect(DISTINCT role) AS secondRoles
RETURN e.id AS eventId, e.nameRu AS nameRu, e.nameEn AS nameEn, e.date AS date, firstRoles, secondRoles
ORDER BY date, eventId
