// Breadth-first neighbourhood of one node up to $depth (1-3) hops: each level keeps distinct nodes
// (at most $limit), so hubs are expanded once. Returns the levels and every relationship traversed.
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH (start)-[r]-(n)
  RETURN collect(DISTINCT n)[..$limit] AS level1, collect(DISTINCT r) AS edges1
}
CALL (level1) {
  UNWIND CASE WHEN $depth >= 2 THEN level1 ELSE [] END AS a
  MATCH (a)-[r]-(n)
  RETURN collect(DISTINCT n)[..$limit] AS level2, collect(DISTINCT r) AS edges2
}
CALL (level2) {
  UNWIND CASE WHEN $depth >= 3 THEN level2 ELSE [] END AS a
  MATCH (a)-[r]-(n)
  RETURN collect(DISTINCT n)[..$limit] AS level3, collect(DISTINCT r) AS edges3
}
WITH [[start], level1, level2, level3] AS levels, edges1 + edges2 + edges3 AS edges
RETURN
  [level IN levels | [n IN level | {
    id: n.id, entityType: [label IN labels(n) WHERE label <> 'Entity'][0],
    kind: coalesce(n.kind, n.level), nameRu: n.nameRu, nameEn: n.nameEn
  }]] AS levels,
  [r IN edges | {
    id: coalesce(r.id, elementId(r)), type: type(r),
    source: startNode(r).id, target: endNode(r).id, properties: properties(r)
  }] AS edges
