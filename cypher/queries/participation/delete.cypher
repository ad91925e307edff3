// Removes one participation by id.
MATCH ()-[r:PARTICIPATED_IN {id: $id}]->(:Event)
DELETE r
RETURN count(*) AS deleted
