// Takes the write lock on a post for the rest of the transaction (see common/lock-for-update).
MATCH (:Person)-[r:HOLDS_POSITION {id: $id}]->(:Organisation)
SET r._lock = true
WITH r
SET r.version = coalesce(r.version, 0) + 1
REMOVE r._lock
RETURN r.id AS id
