// Batch: who hosted each event.
UNWIND $ids AS id
MATCH (o:Organisation)-[:HOSTED]->(:Event {id: id})
RETURN id, collect(o {.*, entityType: 'Organisation'}) AS items
