// Batch: each programme's phases in order.
UNWIND $ids AS id
MATCH (:Programme {id: id})-[:HAS_PHASE]->(ph:Phase)
WITH id, ph ORDER BY ph.number
RETURN id, collect(ph {.*, searchText: null, entityType: 'Phase'}) AS items
