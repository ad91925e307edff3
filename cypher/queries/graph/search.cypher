// Full-text search over names, aliases and transliterations of every kind of node, best match first.
// $query is a Lucene query built by server/search/search-text.ts from letters and digits only.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score, [label IN labels(node) WHERE label <> 'Entity'][0] AS entityType
WHERE $types IS NULL OR entityType IN $types
RETURN node {.*, entityType: entityType} AS entity, score
ORDER BY score DESC, node.id
LIMIT $first
