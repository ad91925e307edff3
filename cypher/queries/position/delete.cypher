// Removes one post by id.
MATCH (:Person)-[r:HOLDS_POSITION {id: $id}]->(:Organisation)
DELETE r
RETURN count(*) AS deleted
