// Batch: the programme each phase belongs to.
UNWIND $ids AS id
MATCH (p:Programme)-[:HAS_PHASE]->(:Phase {id: id})
RETURN id, collect(p {.*, searchText: null, entityType: 'Programme'}) AS items
