// Batch: each phase's events by date.
UNWIND $ids AS id
MATCH (e:Event)-[:IN_PHASE]->(:Phase {id: id})
WITH id, e ORDER BY e.date, e.id
RETURN id, collect(e {.*, searchText: null, entityType: 'Event'}) AS items
