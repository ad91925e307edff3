// Batch: who held a post of each organisation on day $on (optionally only posts of $kinds), e.g. who headed
// an ayil okmotu then. A post is held from `from` (or `observedOn` when the start is unknown) to `to`;
// with a start and no end it is still held; with only `observedOn`, only that day is known.
UNWIND $ids AS id
MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organisation {id: id})
WHERE ($kinds IS NULL OR r.kind IN $kinds)
  AND coalesce(r.from, r.observedOn) <= date($on)
  AND date($on) <= coalesce(r.to, CASE WHEN r.from IS NULL THEN r.observedOn END, date($on))
WITH id, p, r, o ORDER BY coalesce(r.from, r.observedOn) DESC
RETURN id, collect(r {.*, person: p {.*, searchText: null, entityType: 'Person'}, organisation: o {.*, searchText: null, entityType: 'Organisation'}}) AS items
