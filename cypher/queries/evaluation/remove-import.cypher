// eval:import only (scripts/eval-import.ts): removes what one confirmed import wrote, so the next sheet does not
// meet its people: the posts it created, the people, organisations and event, and their audit entries.
CALL {
  MATCH ()-[r:HOLDS_POSITION]->() WHERE r.id IN $positionIds
  DELETE r
}
CALL {
  MATCH (n:Entity) WHERE n.id IN $ids
  DETACH DELETE n
}
CALL {
  MATCH (c:Change) WHERE c.entityId IN $ids
  DELETE c
}
