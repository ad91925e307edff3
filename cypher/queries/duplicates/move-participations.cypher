// Moves the merged node's event participations to the kept node, keyed again "<kept id>|<event id>". Where both
// took part in the same event the kept node's participation stays (taking the merged one's representingId when it
// had none) and the merged one is dropped, so the participation key stays unique.
MATCH (keep:Entity {id: $keepId})
MATCH (gone:Entity {id: $mergeId})-[r:PARTICIPATED_IN]->(e:Event)
OPTIONAL MATCH (keep)-[existing:PARTICIPATED_IN]->(e)
WITH keep, e, r, existing, properties(r) AS props
DELETE r
WITH keep, e, existing, props
CALL (keep, e, existing, props) {
  WITH * WHERE existing IS NULL
  CREATE (keep)-[moved:PARTICIPATED_IN]->(e)
  SET moved = props, moved.key = keep.id + '|' + e.id
}
CALL (existing, props) {
  WITH * WHERE existing IS NOT NULL
  SET existing.representingId = coalesce(existing.representingId, props.representingId)
}
RETURN count(props) AS total, collect(CASE WHEN existing IS NOT NULL THEN props.id END) AS dropped
