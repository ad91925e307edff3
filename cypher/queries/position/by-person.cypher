// Batch: posts held by each person, newest first.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:HOLDS_POSITION]->(o:Organisation)
WITH id, p, r, o ORDER BY coalesce(r.from, r.observedOn) DESC
RETURN id, collect(r {.*, person: p {.*, searchText: null, entityType: 'Person'}, organisation: o {.*, searchText: null, entityType: 'Organisation'}}) AS items
