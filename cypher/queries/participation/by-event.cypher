// Batch: who took part in each event: people first, then organisations, by name.
UNWIND $ids AS id
MATCH (s:Entity)-[r:PARTICIPATED_IN]->(e:Event {id: id})
OPTIONAL MATCH (represented:Organisation {id: r.representingId})
WITH id, s, r, e, represented
ORDER BY CASE WHEN s:Person THEN 0 ELSE 1 END, coalesce(s.nameEn, s.nameRu), s.id
RETURN id, collect({
  id: r.id, role: r.role,
  participant: s {.*, entityType: [label IN labels(s) WHERE label <> 'Entity'][0]},
  event: e {.*, entityType: 'Event'},
  representing: represented {.*, entityType: 'Organisation'}
}) AS items
