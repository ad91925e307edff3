// Takes the write lock on a participation for the rest of the transaction (see common/lock-for-update).
MATCH ()-[r:PARTICIPATED_IN {id: $id}]->(:Event)
SET r._lock = true
WITH r
SET r.version = coalesce(r.version, 0) + 1
REMOVE r._lock
RETURN r.id AS id
