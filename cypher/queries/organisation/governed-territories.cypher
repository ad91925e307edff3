// Batch: the territory each organisation governs.
UNWIND $ids AS id
MATCH (:Organisation {id: id})-[:GOVERNS]->(t:Territory)
RETURN id, collect(t {.*, searchText: null, entityType: 'Territory'}) AS items
