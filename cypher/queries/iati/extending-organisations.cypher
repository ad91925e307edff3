// Batch: the extending organisations of each programme or phase.
UNWIND $ids AS id
MATCH (o:Organisation)-[:EXTENDS]->(:Entity {id: id})
WITH id, o ORDER BY o.id
RETURN id, collect(o {.*, searchText: null, entityType: 'Organisation'}) AS items
