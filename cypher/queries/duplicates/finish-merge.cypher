// Completes a merge once the merged node has no relationships left: the kept node takes the merged names and
// remembers the merged id (mergedIds), a :Merge node records what was merged, when, and the merged node's
// properties, and the merged node is deleted.
MATCH (keep:Entity {id: $keepId}), (gone:Entity {id: $mergeId})
WHERE NOT EXISTS { (gone)--() }
SET keep += $properties,
    keep.mergedIds = coalesce(keep.mergedIds, []) + [$mergeId] + coalesce(gone.mergedIds, [])
CREATE (record:Merge {
  id: $recordId, keptId: $keepId, mergedId: $mergeId, entityType: $entityType, at: datetime(),
  mergedNames: $mergedNames, mergedProperties: $mergedProperties,
  movedRelationships: $moved, droppedRelationships: $dropped, droppedParticipationIds: $droppedParticipationIds
})
DELETE gone
RETURN keep {.*, searchText: null, entityType: $entityType} AS kept, record {.*} AS record
