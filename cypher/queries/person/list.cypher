// People filtered by name words and by an organisation they hold or held a post in; one page plus the total.
MATCH (p:Person)
WHERE ($organisationId IS NULL OR EXISTS { (p)-[:HOLDS_POSITION]->(:Organisation {id: $organisationId}) })
  AND ($words IS NULL OR all(word IN $words WHERE p.searchText CONTAINS word) OR all(key IN $keys WHERE p.searchText CONTAINS key))
WITH p ORDER BY coalesce(p.nameEn, p.nameRu), p.id
WITH collect(p) AS matched
RETURN size(matched) AS total,
       [p IN matched[$offset..($offset + $first)] | p {.*, searchText: null, entityType: 'Person'}] AS items
