// Changes a participation's role and the organisation represented.
MATCH ()-[r:PARTICIPATED_IN {id: $id}]->(:Event)
SET r.role = $role, r.representingId = $representingId
RETURN r.id AS id
