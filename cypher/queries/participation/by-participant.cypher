// Batch: the events each person or organisation took part in, newest first.
UNWIND $ids AS id
MATCH (s:Entity {id: id})-[r:PARTICIPATED_IN]->(e:Event)
OPTIONAL MATCH (represented:Organisation {id: r.representingId})
WITH id, s, r, e, represented ORDER BY e.date DESC, e.id
RETURN id, collect({
  id: r.id, role: r.role,
  participant: s {.*, searchText: null, entityType: [label IN labels(s) WHERE label <> 'Entity'][0]},
  event: e {.*, searchText: null, entityType: 'Event'},
  representing: represented {.*, searchText: null, entityType: 'Organisation'}
}) AS items
