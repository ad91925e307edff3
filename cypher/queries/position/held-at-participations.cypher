// Batch: for each participation of a person, the post they held on the event's day (same rule as
// holders-on-date), preferring a post in the organisation they represented.
UNWIND $ids AS id
MATCH (p:Person)-[part:PARTICIPATED_IN {id: id}]->(e:Event)
MATCH (p)-[r:HOLDS_POSITION]->(o:Organisation)
WHERE coalesce(r.from, r.observedOn) <= e.date
  AND e.date <= coalesce(r.to, CASE WHEN r.from IS NULL THEN r.observedOn END, e.date)
WITH id, p, r, o ORDER BY CASE WHEN o.id = part.representingId THEN 0 ELSE 1 END, coalesce(r.from, r.observedOn) DESC
RETURN id, collect(r {.*, person: p {.*, searchText: null, entityType: 'Person'}, organisation: o {.*, searchText: null, entityType: 'Organisation'}})[..1] AS items
