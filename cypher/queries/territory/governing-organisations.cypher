// Batch: the administration or municipality governing each territory.
UNWIND $ids AS id
MATCH (o:Organisation)-[:GOVERNS]->(:Territory {id: id})
RETURN id, collect(o {.*, searchText: null, entityType: 'Organisation'}) AS items
