// The schema panel's labels: each label with its node count and, per property, how many of those nodes have it.
// Bounded: at most $maxNodes nodes are read. Nodes with a label in $hiddenLabels (the audit trail) and
// properties in $hiddenProperties are left out, as the console withholds them.
MATCH (n)
WHERE NONE(label IN labels(n) WHERE label IN $hiddenLabels)
WITH n LIMIT $maxNodes
UNWIND labels(n) AS label
WITH label, count(n) AS nodes, collect(keys(n)) AS keyLists
CALL (keyLists) {
  UNWIND keyLists AS nodeKeys
  UNWIND nodeKeys AS key
  WITH key WHERE NOT key IN $hiddenProperties
  WITH key, count(*) AS withKey
  ORDER BY key
  RETURN collect({key: key, count: withKey}) AS properties
}
RETURN label, nodes, properties
ORDER BY label
