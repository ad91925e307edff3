// People who represented the merged organisation at events now represent the kept one.
MATCH (:Person)-[r:PARTICIPATED_IN {representingId: $mergeId}]->(:Event)
SET r.representingId = $keepId
RETURN count(r) AS repointed
