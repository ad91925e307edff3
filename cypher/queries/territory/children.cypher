// Batch: the units directly inside each territory, by name.
UNWIND $ids AS id
MATCH (child:Territory)-[:PART_OF]->(:Territory {id: id})
WITH id, child ORDER BY child.level, coalesce(child.nameEn, child.nameRu)
RETURN id, collect(child {.*, searchText: null, entityType: 'Territory'}) AS items
