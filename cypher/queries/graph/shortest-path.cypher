// One shortest path (any relationship, either direction, at most 12 hops) between two distinct nodes.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = shortestPath((a)-[*..12]-(b))
RETURN
  [n IN nodes(p) | {
    id: n.id, entityType: [label IN labels(n) WHERE label <> 'Entity'][0],
    kind: coalesce(n.kind, n.level), nameRu: n.nameRu, nameEn: n.nameEn
  }] AS nodes,
  [r IN relationships(p) | {
    id: coalesce(r.id, elementId(r)), type: type(r),
    source: startNode(r).id, target: endNode(r).id, properties: properties(r)
  }] AS edges
