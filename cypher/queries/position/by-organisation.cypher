// Batch: posts in each organisation and who holds or held them, newest first.
UNWIND $ids AS id
MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organisation {id: id})
WITH id, p, r, o ORDER BY coalesce(r.from, r.observedOn) DESC
RETURN id, collect(r {.*, person: p {.*, searchText: null, entityType: 'Person'}, organisation: o {.*, searchText: null, entityType: 'Organisation'}}) AS items
