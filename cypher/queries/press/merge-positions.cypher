// Records the posts a press release gives people at the organisations they represent, observed on the event's date,
// keyed by an id made of person, organisation and title; returns the ids this transaction created.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (o:Organisation {id: row.organisationId})
MERGE (p)-[r:HOLDS_POSITION {id: row.id}]->(o)
ON CREATE SET r += row.properties, r.observedOn = date(row.observedOn), r.pressCreated = true
WITH r, r.pressCreated IS NOT NULL AS created
REMOVE r.pressCreated
RETURN count(r) AS written, collect(CASE WHEN created THEN r.id END) AS created
