// Moves every other relationship of the merged node to the kept node, in both directions, with its type and
// properties (posts, memberships, funding, hosting, governing, partnerships, and any type added later).
// Links between the two nodes are dropped (they would join the kept node to itself), and so is a link the kept
// node already has with the same type, other end and properties.
MATCH (keep:Entity {id: $keepId}), (gone:Entity {id: $mergeId})
CALL (keep, gone) {
  MATCH (gone)-[r]->(other) WHERE type(r) <> 'PARTICIPATED_IN'
  RETURN r, other, true AS outgoing
  UNION
  MATCH (gone)<-[r]-(other) WHERE type(r) <> 'PARTICIPATED_IN' AND other <> gone
  RETURN r, other, false AS outgoing
}
WITH keep, gone, r, other, outgoing, type(r) AS relType, properties(r) AS props
WITH keep, r, other, outgoing, relType, props,
     other = keep OR other = gone
       OR (outgoing AND EXISTS { MATCH (keep)-[x]->(other) WHERE type(x) = relType AND properties(x) = props })
       OR (NOT outgoing AND EXISTS { MATCH (keep)<-[x]-(other) WHERE type(x) = relType AND properties(x) = props }) AS dropped
DELETE r
WITH keep, other, outgoing, relType, props, dropped
CALL (keep, other, outgoing, relType, props, dropped) {
  WITH * WHERE NOT dropped AND outgoing
  CREATE (keep)-[moved:$(relType)]->(other)
  SET moved = props
}
CALL (keep, other, outgoing, relType, props, dropped) {
  WITH * WHERE NOT dropped AND NOT outgoing
  CREATE (other)-[moved:$(relType)]->(keep)
  SET moved = props
}
RETURN count(props) AS total, sum(CASE WHEN dropped THEN 1 ELSE 0 END) AS dropped
