// Batch: the programme phase each event belongs to.
UNWIND $ids AS id
MATCH (:Event {id: id})-[:IN_PHASE]->(ph:Phase)
RETURN id, collect(ph {.*, entityType: 'Phase'}) AS items
