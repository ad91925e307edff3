// Batch lookup of any nodes by id: one row { id, items: [node] } per id that exists.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [n {.*, searchText: null, entityType: [label IN labels(n) WHERE label <> 'Entity'][0]}] AS items
