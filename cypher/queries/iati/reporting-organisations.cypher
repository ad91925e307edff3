// Batch: who reported each programme or phase to IATI.
UNWIND $ids AS id
MATCH (o:Organisation)-[:REPORTS_ON]->(:Entity {id: id})
WITH id, o ORDER BY o.id
RETURN id, collect(o {.*, searchText: null, entityType: 'Organisation'}) AS items
