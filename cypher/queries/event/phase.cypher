// Batch: the programme phase each event belongs to.
UNWIND $ids AS id
MATCH (:Event {id: id})-[:IN_PHASE]->(ph:Phase)
RETURN id, collect(ph {.*, searchText: null, entityType: 'Phase'}) AS items
