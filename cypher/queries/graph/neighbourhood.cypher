// Breadth-first neighbourhood of one node up to $depth (1-3) hops, as one graph: each node once, at the
// distance where it was first reached, at most $limit nodes (start first, then nearer before farther), and
// only the relationships whose two ends were kept. Each level expands distinct nodes, so hubs are expanded once.
// A level may repeat nodes of the levels before it, so each is cut only past $limit + 1 + those levels' sizes:
// then a cut always leaves more than $limit distinct nodes, and `truncated` is reported.
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH (start)-[r]-(n)
  RETURN collect(DISTINCT n) AS reached1, collect(DISTINCT r) AS edges1
}
WITH start, reached1[..$limit + 1] AS level1, edges1
CALL (level1) {
  UNWIND CASE WHEN $depth >= 2 THEN level1 ELSE [] END AS a
  MATCH (a)-[r]-(n)
  RETURN collect(DISTINCT n) AS reached2, collect(DISTINCT r) AS edges2
}
WITH start, level1, edges1, reached2[..$limit + 2 + size(level1)] AS level2, edges2
CALL (level2) {
  UNWIND CASE WHEN $depth >= 3 THEN level2 ELSE [] END AS a
  MATCH (a)-[r]-(n)
  RETURN collect(DISTINCT n) AS reached3, collect(DISTINCT r) AS edges3
}
WITH start, level1, level2, reached3[..$limit + 2 + size(level1) + size(level2)] AS level3, edges1 + edges2 + edges3 AS edges
WITH [[start], level1, level2, level3] AS levels, edges
CALL (levels) {
  UNWIND range(0, size(levels) - 1) AS distance
  UNWIND range(0, size(levels[distance]) - 1) AS position
  WITH levels[distance][position] AS n, distance, distance * 100000 + position AS firstSeen
  WITH n, min(distance) AS distance, min(firstSeen) AS firstSeen
  ORDER BY firstSeen
  WITH collect({n: n, distance: distance}) AS reached
  RETURN reached[..$limit] AS kept, size(reached) > $limit AS truncated
}
WITH kept, truncated, edges, [k IN kept | k.n] AS keptNodes
CALL (edges, keptNodes) {
  UNWIND edges AS r
  WITH DISTINCT r
  WHERE startNode(r) IN keptNodes AND endNode(r) IN keptNodes
  RETURN collect({
    id: coalesce(r.id, elementId(r)), type: type(r),
    source: startNode(r).id, target: endNode(r).id, properties: properties(r)
  }) AS keptEdges
}
RETURN
  [k IN kept | {
    id: k.n.id, entityType: [label IN labels(k.n) WHERE label <> 'Entity'][0],
    kind: coalesce(k.n.kind, k.n.level), nameRu: k.n.nameRu, nameEn: k.n.nameEn, distance: k.distance
  }] AS nodes,
  keptEdges AS edges,
  truncated
