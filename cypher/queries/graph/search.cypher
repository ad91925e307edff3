// Full-text search over names, aliases and transliterations of every kind of node, best match first.
// $query is a Lucene query built by server/search/search-text.ts from letters and digits only.
// Only the properties named in $fields are read (the fields the request selects), as the peer libraries do:
// a node's other properties, its long searchText above all, are not sent.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score, [label IN labels(node) WHERE label <> 'Entity'][0] AS entityType
WHERE $types IS NULL OR entityType IN $types
RETURN {id: node.id, entityType: entityType, values: [field IN $fields | node[field]]} AS entity, score
ORDER BY score DESC, node.id
LIMIT $first
