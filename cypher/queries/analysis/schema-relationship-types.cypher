// The schema panel's relationship types: each type with its count and, per property, how many have it.
// Bounded: at most $maxRelationships relationships are read; those touching a node with a label in
// $hiddenLabels (the audit trail) and properties in $hiddenProperties are left out.
MATCH (a)-[r]->(b)
WHERE NONE(label IN labels(a) WHERE label IN $hiddenLabels) AND NONE(label IN labels(b) WHERE label IN $hiddenLabels)
WITH r LIMIT $maxRelationships
WITH type(r) AS type, count(r) AS relationships, collect(keys(r)) AS keyLists
CALL (keyLists) {
  UNWIND keyLists AS relationshipKeys
  UNWIND relationshipKeys AS key
  WITH key WHERE NOT key IN $hiddenProperties
  WITH key, count(*) AS withKey
  ORDER BY key
  RETURN collect({key: key, count: withKey}) AS properties
}
RETURN type, relationships, properties
ORDER BY type
