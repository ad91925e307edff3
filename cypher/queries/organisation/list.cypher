// Organisations filtered by kind, territory (governing it or a place inside it) and name words; one page plus the total.
MATCH (o:Organisation)
WHERE ($kinds IS NULL OR o.kind IN $kinds)
  AND ($territoryId IS NULL OR EXISTS { (o)-[:GOVERNS]->(:Territory)-[:PART_OF*0..4]->(:Territory {id: $territoryId}) })
  AND ($words IS NULL OR all(word IN $words WHERE o.searchText CONTAINS word) OR all(key IN $keys WHERE o.searchText CONTAINS key))
WITH o ORDER BY coalesce(o.nameEn, o.nameRu), o.id
WITH collect(o) AS matched
RETURN size(matched) AS total,
       [o IN matched[$offset..($offset + $first)] | o {.*, searchText: null, entityType: 'Organisation'}] AS items
