// Takes the write lock on a node for the rest of the transaction, then reads it and bumps its version:
// concurrent changes of one node run one after the other, each reading what the previous one wrote, so none
// is lost. The lock is taken by a write (`_lock`) before anything is read, as Neo4j's read-committed
// isolation would otherwise let two transactions read the same old values.
MATCH (n:Entity {id: $id})
SET n._lock = true
WITH n
WITH n, coalesce(n.version, 0) AS previousVersion
SET n.version = previousVersion + 1
REMOVE n._lock
RETURN n {.*, searchText: null, entityType: [label IN labels(n) WHERE label <> 'Entity'][0]} AS node, previousVersion
