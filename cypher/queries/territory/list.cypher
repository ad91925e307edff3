// Territories filtered by level, by the unit they lie in, and by name words; one page plus the total, and
// whether the unit to look in exists (an unknown one is NOT_FOUND, not an empty list).
MATCH (t:Territory)
WHERE ($levels IS NULL OR t.level IN $levels)
  AND ($withinId IS NULL OR EXISTS { (t)-[:PART_OF*1..4]->(:Territory {id: $withinId}) })
  AND ($words IS NULL OR all(word IN $words WHERE t.searchText CONTAINS word) OR all(key IN $keys WHERE t.searchText CONTAINS key))
WITH t ORDER BY t.soate
WITH collect(t) AS matched
RETURN size(matched) AS total,
       [t IN matched[$offset..($offset + $first)] | t {.*, searchText: null, entityType: 'Territory'}] AS items,
       $withinId IS NULL OR EXISTS { MATCH (:Territory {id: $withinId}) } AS withinFound
