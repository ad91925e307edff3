// Deletes the node with id $id if it carries label $label, with its relationships.
// Participations that named it as the organisation represented keep the participation, without the stale id.
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
CALL (n) {
  MATCH ()-[r:PARTICIPATED_IN {representingId: n.id}]->()
  SET r.representingId = null
}
DETACH DELETE n
RETURN count(*) AS deleted
