// Batch: the unit each territory is part of.
UNWIND $ids AS id
MATCH (:Territory {id: id})-[:PART_OF]->(parent:Territory)
RETURN id, collect(parent {.*, searchText: null, entityType: 'Territory'}) AS items
