// Batch: the territories each programme or phase is active in (ACTIVE_IN, from IATI files).
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:ACTIVE_IN]->(t:Territory)
WITH DISTINCT id, t ORDER BY t.id
RETURN id, collect(t {.*, searchText: null, entityType: 'Territory'}) AS items
