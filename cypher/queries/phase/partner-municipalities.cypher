// Batch: municipalities named as partners of each phase.
UNWIND $ids AS id
MATCH (m:Organisation)-[:PARTNER_IN]->(:Phase {id: id})
WITH id, m ORDER BY coalesce(m.nameEn, m.nameRu)
RETURN id, collect(m {.*, searchText: null, entityType: 'Organisation'}) AS items
