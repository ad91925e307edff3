// Everything a press-release confirmation refers to, in one read: each id with its node type and properties (null
// where no node has that id), the posts of the people it names, and the participants already recorded at the event.
CALL () {
  UNWIND $ids AS id
  OPTIONAL MATCH (n:Entity {id: id})
  WITH id, n, [label IN labels(n) WHERE label <> 'Entity'][0] AS entityType
  RETURN collect({id: id, entityType: entityType, node: n {.*, searchText: null, entityType: entityType}}) AS nodes
}
CALL () {
  UNWIND $personIds AS personId
  MATCH (:Person {id: personId})-[r:HOLDS_POSITION]->(o:Organisation)
  RETURN collect({personId: personId, organisationId: o.id, title: r.title, titleRu: r.titleRu}) AS posts
}
RETURN nodes, posts
