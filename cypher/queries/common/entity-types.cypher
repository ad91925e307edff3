// Each id in $ids with its node type (label other than :Entity) and properties; nulls where no node has that id.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
WITH id, n, [label IN labels(n) WHERE label <> 'Entity'][0] AS entityType
RETURN id, entityType, n {.*, searchText: null, entityType: entityType} AS node
